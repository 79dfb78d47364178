package com.aftersales.rules;

import static com.aftersales.rules.Records.absent;
import static com.aftersales.rules.Records.day;
import static com.aftersales.rules.Records.incident;
import static com.aftersales.rules.Records.punch;
import static com.aftersales.rules.Records.shift;
import static com.aftersales.rules.RuleHarness.month;
import static com.aftersales.rules.VisitRecords.commendation;
import static com.aftersales.rules.VisitRecords.delivery;
import static com.aftersales.rules.VisitRecords.media;
import static com.aftersales.rules.VisitRecords.ranking;
import static com.aftersales.rules.VisitRecords.visit;
import static com.aftersales.support.WorkOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.facts.PriorOccurrence;
import com.aftersales.facts.Profile;
import com.aftersales.leave.LeaveRecord;
import com.aftersales.leave.LeaveType;
import com.aftersales.reward.CommendationDeriver;
import com.aftersales.reward.CommendationRecord;
import com.aftersales.scoring.ScoredMonth;
import com.aftersales.visit.DeliveryRecord;
import com.aftersales.visit.Rating;
import com.aftersales.visit.VisitDeriver;
import com.aftersales.visit.VisitKind;
import com.aftersales.workorder.IncidentRecord;
import com.aftersales.workorder.WorkOrderDeriver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The flag audit of docs/decisions.md ("Flags: where the handbook needs a person"), one test per flag the
 * shipped rules can raise: raised inside its condition and not outside it; for a switched flag, not raised
 * by default, raised inside its condition with the switch on and not outside it; for a removed flag, not
 * raised, the finding it repeated still there. Flags with thorough tests elsewhere are named in the table.
 */
class FlagAuditRulesTest {

    private static final List<com.aftersales.scoring.FactDeriver> MORE = List.of(new WorkOrderDeriver(),
            new VisitDeriver(), new CommendationDeriver());

    /** The shipped revisions. */
    static final RuleHarness SHIPPED = RuleHarness.of("attendance", "conduct", "visits", "complaints", "commission")
            .withDerivers(MORE);

    /** The shipped revisions with every flag switch on, and modes no DRL knows (an undeclared manifest). */
    static final RuleHarness SWITCHED = RuleHarness.of(
            RevisionEdits.latest("attendance").parameter("P_REVIEW_FILING_MISSING", "true").revision(),
            RevisionEdits.latest("conduct").parameter("P_FLAG_CONDUCT_COLLISION", "true")
                    .parameter("P_REVIEW_STATEMENT_MISSING", "true").parameter("P_MEDIA_STACKING", "BY_OUTLET")
                    .revision(),
            RevisionEdits.latest("visits").parameter("P_SALES_ITEMS_MODE", "BY_ITEM_COUNT").revision(),
            RevisionEdits.latest("complaints").revision(),
            RevisionEdits.latest("commission").parameter("P_REVIEW_EXTERNAL_GATE", "true").revision())
            .withDerivers(MORE);

    static final Profile EXTERNAL = new Profile("WAI", "外援", "MIANXIAN", "售后", true, true, false, false, false,
            LocalDate.of(2023, 1, 1), LocalDate.of(2008, 1, 1), null, "LI");
    static final Profile QIAN = VisitPenaltyRulesTest.QIAN;
    static final Profile MA = VisitPenaltyRulesTest.MA;

    private static RuleHarness.Month wang() {
        return month(Staff.WANG, "2024-11").wage("2024-11", "180");
    }

    private static RuleHarness.Month of(Profile p) {
        return month(p, "2024-11").wage("2024-11", "150");
    }

    /** The codes of the flags a rule raised, e.g. ["REVIEW"]. */
    private static List<String> flags(ScoredMonth m, String ruleId) {
        return m.flags().stream().filter(f -> f.flag().getRuleId().equals(ruleId)).map(f -> f.flag().getCode()).toList();
    }

    private static IncidentRecord conductIncident(String employee, String code, String location, String metres,
            IncidentRecord.Sanction sanction, Boolean severe, String amount) {
        return new IncidentRecord("I-" + code + "-" + location + "-" + sanction + "-" + severe + "-" + amount, employee,
                LocalDate.of(2024, 11, 6), code, null, amount == null ? null : new BigDecimal(amount), null, null, null,
                null, location, metres == null ? null : new BigDecimal(metres), sanction, severe);
    }

    private static LeaveRecord leave(String employee, LeaveType type, String start, String end) {
        return LeaveRecords.days(employee, type, start, end).chain("DIRECT_SUPERIOR", "INDIRECT_SUPERIOR",
                "BRANCH_MANAGER", "HQ_HR", "GENERAL_MANAGER", "COMPANY", "BRANCH_FINANCE").build();
    }

    @Nested
    class Attendance {

        @Test
        void attAbsentDefReviewsANoPunchDayWithOtherEvidenceOfWork() {
            assertThat(flags(SHIPPED.score(wang().add(absent("WANG", "2024-11-05"))
                    .add(order("O1", "WANG").on("2024-11-05").record())), "ATT-ABSENT-DEF")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(day("WANG", "2024-11-05", "08:30", "17:30"))
                    .add(order("O1", "WANG").on("2024-11-05").record())), "ATT-ABSENT-DEF")).isEmpty();
        }

        @Test
        void attMethodReviewsAClockOutWithoutAClockIn() {
            assertThat(flags(SHIPPED.score(of(Staff.ZHAO).add(shift("ZHAO", "2024-11-05"),
                    punch("ZHAO", "2024-11-05T17:30"))), "ATT-METHOD")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(of(Staff.ZHAO).add(day("ZHAO", "2024-11-05", "08:30", "17:30"))),
                    "ATT-METHOD")).isEmpty();
        }

        @Test
        void attMethodReviewsAMissingClockOutOfStaffWhoAreNotInstallers() {
            assertThat(flags(SHIPPED.score(of(Staff.ZHAO).add(shift("ZHAO", "2024-11-05"),
                    punch("ZHAO", "2024-11-05T08:30"))), "ATT-METHOD")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(of(Staff.WANG).add(shift("WANG", "2024-11-05"),
                    punch("WANG", "2024-11-05T08:30"))), "ATT-METHOD")).isEmpty();
        }

        @Test
        void attInstallerClockReviewsAnInstallersMissingClockOutOutsidePeakSeason() {
            assertThat(flags(SHIPPED.score(wang().add(shift("WANG", "2024-11-05"), punch("WANG", "2024-11-05T08:30"))),
                    "ATT-INSTALLER-CLOCK")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(day("WANG", "2024-11-05", "08:30", "17:30"))),
                    "ATT-INSTALLER-CLOCK")).isEmpty();
        }

        @Test
        void attLateGapReviewsMoreThanSixtyMinutes() {
            assertThat(flags(SHIPPED.score(wang().add(day("WANG", "2024-11-05", "09:31", "17:30"))), "ATT-LATE-GAP"))
                    .containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(day("WANG", "2024-11-05", "09:30", "17:30"))), "ATT-LATE-GAP"))
                    .isEmpty();
        }

        @Test
        void attProxyOneReviewsTheDefaultWhenNoAmountInTheRangeWasEntered() {
            assertThat(flags(SHIPPED.score(wang().add(incident("WANG", "2024-11-06", "ATT-PROXY-1", null))),
                    "ATT-PROXY-1")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(incident("WANG", "2024-11-06", "ATT-PROXY-1", "200"))),
                    "ATT-PROXY-1")).isEmpty();
        }

        @Test
        void attUnreportedReviewsTheDefaultWhenNoAmountInTheRangeWasEntered() {
            assertThat(flags(SHIPPED.score(wang().add(day("WANG", "2024-11-07", "08:30", "17:30"))
                    .add(Records.unreported("WANG", "2024-11-07", true, false, false))), "ATT-UNREPORTED"))
                    .containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(day("WANG", "2024-11-07", "08:30", "17:30"))
                    .add(Records.unreported("WANG", "2024-11-07", true, false, false, "40"))), "ATT-UNREPORTED"))
                    .isEmpty();
        }

        @Test
        void attAbsentReviewsAnAbsenceWithoutTheMonthsDailyAverageWage() {
            assertThat(flags(SHIPPED.score(month(Staff.WANG, "2024-11").wage("2024-10", "180")
                    .add(absent("WANG", "2024-11-20"))), "ATT-ABSENT-1")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(absent("WANG", "2024-11-20"))), "ATT-ABSENT-1")).isEmpty();
        }

        @Test
        void attAbsentThreeRaisesSeparationOnTheThirdConsecutiveDay() {
            assertThat(flags(SHIPPED.score(wang().add(absent("WANG", "2024-11-18")).add(absent("WANG", "2024-11-19"))
                    .add(absent("WANG", "2024-11-20"))), "ATT-ABSENT-3")).containsExactly("SEPARATION");
            assertThat(flags(SHIPPED.score(wang().add(absent("WANG", "2024-11-18")).add(absent("WANG", "2024-11-19"))),
                    "ATT-ABSENT-2")).isEmpty();
        }

        @Test
        void attAbsentRepeatAdvisesResignationOnTheThirdOccurrence() {
            RuleHarness.Month third = wang().add(absent("WANG", "2024-11-20"))
                    .prior(new PriorOccurrence("ATT-ABSENT-1", "2024-03-05", LocalDate.of(2024, 3, 5)))
                    .prior(new PriorOccurrence("ATT-ABSENT-1", "2024-07-22", LocalDate.of(2024, 7, 22)));
            assertThat(flags(SHIPPED.score(third), "ATT-ABSENT-REPEAT")).containsExactly("ADVISE_RESIGNATION");
            assertThat(flags(SHIPPED.score(wang().add(absent("WANG", "2024-11-20"))
                    .prior(new PriorOccurrence("ATT-ABSENT-1", "2024-03-05", LocalDate.of(2024, 3, 5)))),
                    "ATT-ABSENT-REPEAT")).isEmpty();
        }

        @Test
        void attOvertimeReviewsMoreThanHalfADayOfOvertime() {
            assertThat(flags(SHIPPED.score(wang().add(day("WANG", "2024-11-05", "08:30", "21:31"))), "ATT-OVERTIME"))
                    .containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(day("WANG", "2024-11-05", "08:30", "21:30"))), "ATT-OVERTIME"))
                    .isEmpty();
        }
    }

    @Nested
    class Leave {

        @Test
        void leaveRestBlackoutRejectsARestDayInABlackoutPeriod() {
            assertThat(flags(SHIPPED.score(month(Staff.WANG, "2024-10").wage("2024-10", "180")
                    .add(leave("WANG", LeaveType.REST, "2024-10-03", "2024-10-03"))), "LEAVE-REST-BLACKOUT"))
                    .containsExactly("LEAVE_REJECTED");
            assertThat(flags(SHIPPED.score(wang().add(leave("WANG", LeaveType.REST, "2024-11-12", "2024-11-12"))),
                    "LEAVE-REST-BLACKOUT")).isEmpty();
        }

        @Test
        void leaveRestSubsidyReviewsAMonthJoinedMidway() {
            Profile joined = new Profile("NEW", "新", "MIANXIAN", "售后", true, false, false, true, true,
                    LocalDate.of(2024, 11, 10), LocalDate.of(2008, 1, 1), null, "LI");
            assertThat(flags(SHIPPED.score(of(joined)), "LEAVE-REST-SUBSIDY")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang()), "LEAVE-REST-SUBSIDY")).isEmpty();
        }

        @Test
        void leaveRestSubsidyReviewsStaffWhoAreNeitherManagementNorCommissionPaid() {
            assertThat(flags(SHIPPED.score(of(Staff.ZHAO)), "LEAVE-REST-SUBSIDY")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(of(Staff.LI)), "LEAVE-REST-SUBSIDY")).isEmpty();
        }

        @Test
        void leaveInjuryReviewsThePayAtTheLocalMinimumWage() {
            assertThat(flags(SHIPPED.score(wang().add(leave("WANG", LeaveType.INJURY, "2024-11-05", "2024-11-06"))),
                    "LEAVE-INJURY")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(leave("WANG", LeaveType.SICK, "2024-11-05", "2024-11-06"))),
                    "LEAVE-INJURY")).isEmpty();
        }

        @Test
        void leaveStatutoryReviewsStatutoryLeaveOnADayThatIsNoPublicHoliday() {
            assertThat(flags(SHIPPED.score(wang().add(leave("WANG", LeaveType.STATUTORY, "2024-11-12", "2024-11-12"))),
                    "LEAVE-STATUTORY")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(month(Staff.WANG, "2024-10").wage("2024-10", "180")
                    .add(leave("WANG", LeaveType.STATUTORY, "2024-10-01", "2024-10-01"))), "LEAVE-STATUTORY")).isEmpty();
        }

        @Test
        void leaveApprovalRaisesApprovalMissingWithoutTheApproverOrWhilePending() {
            assertThat(flags(SHIPPED.score(wang().add(LeaveRecords.days("WANG", LeaveType.PERSONAL, "2024-11-05",
                    "2024-11-05").chain("DIRECT_SUPERIOR").build())), "LEAVE-APPROVAL-1")).containsExactly("APPROVAL_MISSING");
            assertThat(flags(SHIPPED.score(wang().add(LeaveRecords.days("WANG", LeaveType.PERSONAL, "2024-11-05",
                    "2024-11-05").status(LeaveRecord.Status.PENDING).build())), "LEAVE-APPROVAL-1"))
                    .containsExactly("APPROVAL_MISSING");
            assertThat(flags(SHIPPED.score(wang().add(leave("WANG", LeaveType.PERSONAL, "2024-11-05", "2024-11-05"))),
                    "LEAVE-APPROVAL-1")).isEmpty();
        }

        @Test
        void leavePaidEligibilityRaisesNotEligibleForAnEmployeeWithoutALabourContract() {
            Profile noContract = new Profile("TEMP", "临时", "MIANXIAN", "售后", true, false, false, true, false,
                    LocalDate.of(2020, 1, 1), LocalDate.of(2008, 1, 1), null, "LI");
            assertThat(flags(SHIPPED.score(of(noContract).add(leave("TEMP", LeaveType.PATERNITY, "2024-11-05",
                    "2024-11-07"))), "LEAVE-PAID-ELIGIBILITY")).containsExactly("NOT_ELIGIBLE");
            assertThat(flags(SHIPPED.score(wang().add(leave("WANG", LeaveType.PATERNITY, "2024-11-05", "2024-11-07"))),
                    "LEAVE-PAID-ELIGIBILITY")).isEmpty();
        }

        @Test
        void paidLeaveBeyondItsDaysRaisesEntitlementExceeded() {
            assertThat(flags(SHIPPED.score(wang().add(leave("WANG", LeaveType.PATERNITY, "2024-11-05", "2024-11-08"))),
                    "LEAVE-PATERNITY")).containsExactly("ENTITLEMENT_EXCEEDED");
            assertThat(flags(SHIPPED.score(wang().add(leave("WANG", LeaveType.PATERNITY, "2024-11-05", "2024-11-07"))),
                    "LEAVE-PATERNITY")).isEmpty();
        }

        @Test
        void leaveLongTierReviewsATotalWithoutTheMonthsDailyAverageWage() {
            LeaveRecord threeDays = leave("WANG", LeaveType.PERSONAL, "2024-11-05", "2024-11-07");
            assertThat(flags(SHIPPED.score(month(Staff.WANG, "2024-11").wage("2024-10", "180").add(threeDays)),
                    "LEAVE-PERSONAL-LONG")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(threeDays)), "LEAVE-PERSONAL-LONG")).isEmpty();
        }

        @Test
        void switchedLeaveApprovalFilingIsReviewedOnlyWithTheSwitchOn() {
            LeaveRecord unfiled = LeaveRecords.days("WANG", LeaveType.PERSONAL, "2024-11-05", "2024-11-05")
                    .chain("DIRECT_SUPERIOR", "INDIRECT_SUPERIOR").build();
            assertThat(flags(SHIPPED.score(wang().add(unfiled)), "LEAVE-APPROVAL-FILING")).isEmpty();
            assertThat(flags(SWITCHED.score(wang().add(unfiled)), "LEAVE-APPROVAL-FILING")).containsExactly("REVIEW");
            assertThat(flags(SWITCHED.score(wang().add(leave("WANG", LeaveType.PERSONAL, "2024-11-05", "2024-11-05"))),
                    "LEAVE-APPROVAL-FILING")).isEmpty();
        }
    }

    @Nested
    class Conduct {

        @Test
        void penLiveWorkHeightReviewsOutdoorWorkBelowTwoMetresWithoutABelt() {
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").flag("outdoor").set("heightM", "1.5").record())),
                    "PEN-LIVE-WORK-HEIGHT")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").flag("outdoor").flag("beltOrRopeUsed")
                    .set("heightM", "1.5").record())), "PEN-LIVE-WORK-HEIGHT")).isEmpty();
        }

        @Test
        void penJobOverdueReviewsAnOnSiteOrderBeyondThirtyKilometres() {
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").distance("35").record())), "PEN-JOB-OVERDUE"))
                    .containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").distance("25").record())), "PEN-JOB-OVERDUE"))
                    .isEmpty();
        }

        @Test
        void penSmokingReviewsAnIncidentWithoutThePlace() {
            assertThat(flags(SHIPPED.score(wang().add(conductIncident("WANG", "PEN-SMOKING", null, null, null, null, null))),
                    "PEN-SMOKING")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(conductIncident("WANG", "PEN-SMOKING", "WORKSHOP", null, null, null, null))),
                    "PEN-SMOKING")).isEmpty();
        }

        @Test
        void penInsubordinationReviewsASuspensionChosenInsteadOfTheFine() {
            assertThat(flags(SHIPPED.score(wang().add(conductIncident("WANG", "PEN-INSUBORDINATION", null, null,
                    IncidentRecord.Sanction.SUSPENSION, null, null))), "PEN-INSUBORDINATION")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(conductIncident("WANG", "PEN-INSUBORDINATION", null, null,
                    IncidentRecord.Sanction.FINE, null, null))), "PEN-INSUBORDINATION")).isEmpty();
        }

        @Test
        void penOverchargeReviewsAnIncidentWithoutTheFeesOnTheOrder() {
            assertThat(flags(SHIPPED.score(wang().add(conductIncident("WANG", "PEN-OVERCHARGE", null, null, null, null, null))),
                    "PEN-OVERCHARGE")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").set("feeStandard", "150").set("feeCharged", "200")
                    .set("feeHandedOver", "150").record())), "PEN-OVERCHARGE")).isEmpty();
        }

        @Test
        void penReputationRefersASevereCaseToHr() {
            assertThat(flags(SHIPPED.score(wang().add(conductIncident("WANG", "PEN-REPUTATION", null, null, null, true, null))),
                    "PEN-REPUTATION")).containsExactly("HR_REFERRAL");
            assertThat(flags(SHIPPED.score(wang().add(conductIncident("WANG", "PEN-REPUTATION", null, null, null, false, null))),
                    "PEN-REPUTATION")).isEmpty();
        }

        @Test
        void penCardLostReviewsALostCardWithoutTheManufacturerFee() {
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").flag("cardLostPersonalFault").record())),
                    "PEN-CARD-LOST")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").flag("cardLostPersonalFault")
                    .set("manufacturerFee", "45").record())), "PEN-CARD-LOST")).isEmpty();
            assertThat(flags(SHIPPED.score(wang().add(conductIncident("WANG", "PEN-CARD-LOST", null, null, null, null, null))),
                    "PEN-CARD-LOST")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(conductIncident("WANG", "PEN-CARD-LOST", null, null, null, null, "45"))),
                    "PEN-CARD-LOST")).isEmpty();
        }

        @Test
        void penDamageEscalationRecordsTheCompensationItem() {
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").flag("damageCaused").flag("complaintEscalated")
                    .record())), "PEN-DAMAGE-ESCALATION")).containsExactly("COMPENSATION");
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").flag("damageCaused").flag("damageHandled")
                    .flag("complaintEscalated").record())), "PEN-DAMAGE-ESCALATION")).isEmpty();
        }
    }

    @Nested
    class Rewards {

        private CommendationRecord unstated(CommendationRecord.Kind kind, int count) {
            var c = commendation("WANG", kind, "2024-11", count);
            return new CommendationRecord(c.id(), "WANG", kind, null, c.month(), null, null, null, null, null, null, null,
                    count, false, null, null, null, null);
        }

        @Test
        void bonusTopPerformerReviewsATieForFirstPlace() {
            assertThat(flags(SHIPPED.score(wang().add(ranking("WANG", "2024-11", 1, 1, true))), "BONUS-TOP-PERFORMER"))
                    .containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(ranking("WANG", "2024-11", 1, 1, false))), "BONUS-TOP-PERFORMER"))
                    .isEmpty();
        }

        @Test
        void bonusMediaUnlistedReviewsMediaTheTableDoesNotList() {
            assertThat(flags(SHIPPED.score(wang().add(media("WANG", "2024-11-12", "d1", CommendationRecord.MediaType.ONLINE,
                    CommendationRecord.MediaLevel.NATIONAL, "微博"))), "BONUS-MEDIA-UNLISTED")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(media("WANG", "2024-11-12", "d1", CommendationRecord.MediaType.PRINT,
                    CommendationRecord.MediaLevel.CITY, "汉中日报"))), "BONUS-MEDIA-UNLISTED")).isEmpty();
        }

        @Test
        void bonusOutstandingReviewsAContributionRewardedUnderAnAbsentScheme() {
            assertThat(flags(SHIPPED.score(wang().add(commendation("WANG", CommendationRecord.Kind.OUTSTANDING, "2024-11",
                    1))), "BONUS-OUTSTANDING")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(commendation("WANG", CommendationRecord.Kind.LOSS_PREVENTED,
                    "2024-11", 1))), "BONUS-OUTSTANDING")).isEmpty();
        }

        @Test
        void bonusMediaStackingReviewsAWayOfStackingTheRulesDoNotKnow() {
            CommendationRecord report = media("WANG", "2024-11-12", "d1", CommendationRecord.MediaType.PRINT,
                    CommendationRecord.MediaLevel.CITY, "汉中日报");
            assertThat(flags(SWITCHED.score(wang().add(report)), "BONUS-MEDIA-STACKING")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(report)), "BONUS-MEDIA-STACKING")).isEmpty();
        }

        @Test
        void switchedRewardsWaitingForTheManagersStatementAreReviewedOnlyWithTheSwitchOn() {
            for (var c : List.of(unstated(CommendationRecord.Kind.PEER_HELP, 3),
                    unstated(CommendationRecord.Kind.LOSS_PREVENTED, 1))) {
                String rule = c.kind() == CommendationRecord.Kind.PEER_HELP ? "BONUS-PEER-HELP" : "BONUS-LOSS-PREVENTED";
                assertThat(flags(SHIPPED.score(wang().add(c)), rule)).isEmpty();
                assertThat(flags(SWITCHED.score(wang().add(c)), rule)).containsExactly("REVIEW");
            }
            var first = ranking("WANG", "2024-11", 1, 1, false);
            var firstUnstated = new CommendationRecord(first.id(), "WANG", first.kind(), null, first.month(), null, null,
                    null, null, null, null, null, null, false, 1, 1, false, null);
            assertThat(flags(SHIPPED.score(wang().add(firstUnstated)), "BONUS-TOP-PERFORMER")).isEmpty();
            assertThat(flags(SWITCHED.score(wang().add(firstUnstated)), "BONUS-TOP-PERFORMER")).containsExactly("REVIEW");
            // outside the condition: the statement is there, the reward is paid and nothing is flagged
            assertThat(flags(SWITCHED.score(wang().add(commendation("WANG", CommendationRecord.Kind.PEER_HELP, "2024-11",
                    3))), "BONUS-PEER-HELP")).isEmpty();
            assertThat(flags(SWITCHED.score(wang().add(first)), "BONUS-TOP-PERFORMER")).isEmpty();
        }
    }

    @Nested
    class ComplaintsAndCommission {

        @Test
        void compReworkLimitEscalatesTheThirdReworkVisit() {
            var original = order("A", "WANG").on("2024-11-04").record();
            assertThat(flags(SHIPPED.score(wang().add(original, order("R1", "WANG").reworkOf("A", "2024-11-08T10:00")
                    .record(), order("R2", "WANG").reworkOf("A", "2024-11-12T10:00").record(),
                    order("R3", "WANG").reworkOf("A", "2024-11-15T10:00").record())), "COMP-REWORK-LIMIT"))
                    .containsExactly("REWORK_LIMIT_EXCEEDED");
            assertThat(flags(SHIPPED.score(wang().add(original, order("R1", "WANG").reworkOf("A", "2024-11-08T10:00")
                    .record(), order("R2", "WANG").reworkOf("A", "2024-11-12T10:00").record())), "COMP-REWORK-LIMIT"))
                    .isEmpty();
        }

        @Test
        void compOverchargeSevereRaisesDismissalAndNeverRehire() {
            var overcharged = order("O1", "WANG").set("feeStandard", "150").set("feeCharged", "200");
            assertThat(flags(SHIPPED.score(wang().add(overcharged.set("managementDecision", Map.of("severe", true))
                    .record())), "COMP-OVERCHARGE-SEVERE")).containsExactlyInAnyOrder("DISMISSAL", "NEVER_REHIRE");
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").set("feeStandard", "150").set("feeCharged", "200")
                    .record())), "COMP-OVERCHARGE-SEVERE")).isEmpty();
        }

        @Test
        void compPoorWorkSevereReviewsACaseNoInstallerPenaltyMatchesAndRecordsTheCompensation() {
            var severe = order("O1", "WANG").set("complaintType", "POOR_WORK")
                    .set("managementDecision", Map.of("severe", true)).set("compensationAssessed", "300");
            assertThat(flags(SHIPPED.score(wang().add(severe.record())), "COMP-POOR-WORK-SEVERE"))
                    .containsExactlyInAnyOrder("REVIEW", "COMPENSATION");
            var fined = order("O1", "WANG").set("complaintType", "POOR_WORK").set("managementDecision",
                    Map.of("severe", true)).flag("usedCustomerItemsWithoutConsent");
            assertThat(flags(SHIPPED.score(wang().add(fined.record())), "COMP-POOR-WORK-SEVERE")).isEmpty();
        }

        @Test
        void commIllusRateReviewsAProductWithoutAPlaceholderRate() {
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").install("OTHER").record())), "COMM-ILLUS-RATE"))
                    .containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").install("AC_WALL").record())),
                    "COMM-ILLUS-RATE")).isEmpty();
        }

        @Test
        void switchedCommExternalGateIsReviewedOnlyWithTheSwitchOn() {
            RuleHarness.Month external = of(EXTERNAL).add(order("O1", "WAI").record());
            assertThat(flags(SHIPPED.score(external), "COMM-EXTERNAL-GATE")).isEmpty();
            assertThat(flags(SWITCHED.score(of(EXTERNAL).add(order("O1", "WAI").record())), "COMM-EXTERNAL-GATE"))
                    .containsExactly("REVIEW");
            assertThat(flags(SWITCHED.score(wang().add(order("O1", "WANG").record())), "COMM-EXTERNAL-GATE")).isEmpty();
        }
    }

    @Nested
    class Visits {

        @Test
        void visitPenLogIntactReviewsGoodsDamagedOrRatedPoorly() {
            var damaged = new DeliveryRecord("D1", "MIANXIAN", DeliveryRecord.Zone.LOCAL,
                    java.time.LocalDateTime.parse("2024-11-05T10:00"), java.time.LocalDateTime.parse("2024-11-05T15:00"),
                    List.of("MA"), true, null);
            assertThat(flags(SHIPPED.score(of(MA).add(damaged)), "VISIT-PEN-LOG-INTACT")).containsExactly("REVIEW");
            var rated = visit(VisitKind.LOGISTICS, "2024-11-06T10:00").by("MA").rated("GOODS_INTACT", Rating.N).build();
            assertThat(flags(SHIPPED.score(of(MA).add(rated)), "VISIT-PEN-LOG-INTACT")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(of(MA).add(delivery("D1", DeliveryRecord.Zone.LOCAL, "2024-11-05T10:00",
                    "2024-11-05T15:00", "MA"))), "VISIT-PEN-LOG-INTACT")).isEmpty();
        }

        @Test
        void visitPenFuncReviewsAStaffComplaintAboutAFunctionalDepartment() {
            assertThat(flags(SHIPPED.score(of(QIAN).add(incident("QIAN", "2024-11-06", "VISIT-PEN-FUNC", null))),
                    "VISIT-PEN-FUNC")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(of(QIAN).add(visit(VisitKind.INTERNAL, "2024-11-06T10:00").by("QIAN")
                    .result(Rating.D).build())), "VISIT-PEN-FUNC")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(of(QIAN).add(visit(VisitKind.INTERNAL, "2024-11-06T10:00").by("QIAN")
                    .result(Rating.S).build())), "VISIT-PEN-FUNC")).isEmpty();
        }

        @Test
        void visitUnlistedReviewsAComplaintTheTableDoesNotList() {
            assertThat(flags(SHIPPED.score(of(QIAN).add(incident("QIAN", "2024-11-06", "VISIT-UNLISTED", null))),
                    "VISIT-UNLISTED")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(of(QIAN).add(incident("QIAN", "2024-11-06", "PEN-UNIFORM", null))),
                    "VISIT-UNLISTED")).isEmpty();
        }

        @Test
        void visitPenSalesItemsReviewsAModeTheRulesDoNotKnow() {
            var rated = visit(VisitKind.SALES, "2024-11-05T10:00").by("QIAN").rated("SERVICE_ATTITUDE", Rating.D).build();
            assertThat(flags(SWITCHED.score(of(QIAN).add(rated)), "VISIT-PEN-SALES-ITEMS")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(of(QIAN).add(rated)), "VISIT-PEN-SALES-ITEMS")).isEmpty();
        }

        @Test
        void visitLeaderJointReviewsAnEscalatedPenaltyOfAnInstallerWithoutALeaderOnRecord() {
            assertThat(flags(SHIPPED.score(month(Staff.CHEN, "2024-11").wage("2024-11", "150").add(order("O1", "CHEN")
                    .flag("usedCustomerItemsWithoutConsent").flag("complaintEscalated").record())), "VISIT-LEADER-JOINT"))
                    .containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").flag("usedCustomerItemsWithoutConsent")
                    .flag("complaintEscalated").record())), "VISIT-LEADER-JOINT")).isEmpty();
        }

        @Test
        void visitDispatchRespReviewsATimelinessPenaltyWhileTheDispatchDeadlineIsUnknown() {
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").called("2024-11-05T09:30").agreed(null)
                    .arrived(null).completed("2024-11-06T10:00").record())), "VISIT-DISPATCH-RESP")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").record())), "VISIT-DISPATCH-RESP")).isEmpty();
        }
    }

    @Nested
    class Kpi {

        private final KpiHarness kpi = new KpiHarness(SHIPPED);

        @Test
        void removedVisitLiaisonReviewLeavesTheNotSentFinding() {
            var v = visit(VisitKind.AS_ONSITE, "2024-11-12T10:00").order("O1").result(Rating.D).build();
            var r = kpi.month("2024-11").visits(v).score();
            assertThat(r.findings("VISIT-LIAISON")).extracting(f -> f.getStatus()).containsExactly("NOT_SENT");
            assertThat(r.flags("REVIEW")).isEmpty();
        }

        @Test
        void removedVisitStatusReviewLeavesTheInconsistentFinding() {
            var v = visit(VisitKind.AS_ONSITE, "2024-11-12T10:00").order("O1").result(Rating.VD)
                    .status(com.aftersales.visit.VisitState.VISITED, com.aftersales.visit.VisitState.COMPLETED)
                    .liaison("2024-11-12T11:00", null, null).build();
            var r = kpi.month("2024-11").visits(v).score();
            assertThat(r.scored().results(com.aftersales.facts.VisitStatusFinding.class))
                    .extracting(com.aftersales.facts.VisitStatusFinding::isConsistent).contains(false);
            assertThat(r.flags("REVIEW")).isEmpty();
        }
    }
}
