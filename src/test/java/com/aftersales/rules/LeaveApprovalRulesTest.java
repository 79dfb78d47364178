package com.aftersales.rules;

import static com.aftersales.leave.LeaveType.PERSONAL;
import static com.aftersales.leave.LeaveType.REST;
import static com.aftersales.rules.LeaveLines.deductions;
import static com.aftersales.rules.LeaveLines.flags;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.facts.input.Month;
import com.aftersales.facts.input.RoutingQuestion;
import com.aftersales.facts.result.RoutingStep;
import com.aftersales.leave.LeaveRecord;
import com.aftersales.scoring.ScoredMonth;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LEAVE-APPROVAL-1…3, -FILING and LEAVE-REST-MAXRUN: the routing table, and what falls short of it. */
class LeaveApprovalRulesTest {

    private static final RuleHarness RULES = RuleHarness.of("attendance");

    private static List<String> route(String type, String days, String restBlockDays) {
        YearMonth p = YearMonth.of(2024, 11);
        List<RoutingStep> steps = com.aftersales.scoring.RuleSessions.collect(RULES.book(),
                List.of(RoutingQuestion.of(type, new BigDecimal(days), new BigDecimal(restBlockDays))),
                new Month(p, p.atDay(1), p.atEndOfMonth()), RoutingStep.class);
        return steps.stream().filter(s -> s.getStage() != RoutingStep.Stage.NOTE)
                .map(s -> s.getRuleId() + " " + s.getStage() + " " + String.join("|", s.getRoles())).sorted().toList();
    }

    private static ScoredMonth month(Object[]... records) {
        RuleHarness.Month m = RuleHarness.month(Staff.WANG, "2024-11").wage("2024-11", "180");
        for (Object[] r : records) {
            m.add(r);
        }
        return RULES.score(m);
    }

    @Nested
    class Routing {

        @ParameterizedTest(name = "{0} days go to {1}")
        @CsvSource({"0.5, LEAVE-APPROVAL-1", "1, LEAVE-APPROVAL-1", "1.5, LEAVE-APPROVAL-2", "5, LEAVE-APPROVAL-2",
            "5.5, LEAVE-APPROVAL-3"})
        void routesByLength(String days, String tier) {
            List<String> steps = route("PERSONAL", days, "0");
            String reviewer = tier.equals("LEAVE-APPROVAL-3") ? "HQ_HR" : "DIRECT_SUPERIOR";
            String approver = switch (tier) {
                case "LEAVE-APPROVAL-1" -> "INDIRECT_SUPERIOR";
                case "LEAVE-APPROVAL-2" -> "BRANCH_MANAGER|INDIRECT_SUPERIOR";
                default -> "GENERAL_MANAGER|CHAIRMAN";
            };
            assertThat(steps).containsExactly(tier + " APPROVE " + approver, tier + " REVIEW " + reviewer,
                    "LEAVE-APPROVAL-FILING FILE BRANCH_FINANCE");
        }

        @Test
        void addsTheCompanysApprovalForMoreThanThreeRestDaysInARow() {
            assertThat(route("REST", "3", "3")).doesNotContain("LEAVE-REST-MAXRUN APPROVE COMPANY|GENERAL_MANAGER|CHAIRMAN");
            assertThat(route("REST", "4", "4")).contains("LEAVE-APPROVAL-2 APPROVE BRANCH_MANAGER|INDIRECT_SUPERIOR",
                    "LEAVE-REST-MAXRUN APPROVE COMPANY|GENERAL_MANAGER|CHAIRMAN");
        }
    }

    @Nested
    class RecordedApprovals {

        @Test
        void leaveWhoseApprovalsFallShortExcusesNoAbsence() {
            ScoredMonth m = month(LeaveRecords.days("WANG", PERSONAL, "2024-11-05", "2024-11-06")
                    .chain("DIRECT_SUPERIOR", "BRANCH_FINANCE").rostered());
            assertThat(flags(m)).containsExactly("APPROVAL_MISSING LEAVE-APPROVAL-2");
            assertThat(deductions(m)).containsExactly("ATT-ABSENT-2 1080.00");
        }

        @Test
        void leaveWithTheApprovalsItNeedsIsPricedAsLeave() {
            ScoredMonth m = month(LeaveRecords.days("WANG", PERSONAL, "2024-11-05", "2024-11-06")
                    .chain("DIRECT_SUPERIOR", "INDIRECT_SUPERIOR", "BRANCH_FINANCE").rostered());
            assertThat(flags(m)).isEmpty();
            assertThat(deductions(m)).containsExactly("LEAVE-PERSONAL-DAILY 80.00");
        }

        @Test
        void takesAnApprovedRequestWithoutARecordedChainAsApproved() {
            ScoredMonth m = month(LeaveRecords.days("WANG", PERSONAL, "2024-11-05", "2024-11-06").rostered());
            assertThat(flags(m)).isEmpty();
            assertThat(deductions(m)).containsExactly("LEAVE-PERSONAL-DAILY 80.00");
        }

        @Test
        void aLongerRestBlockWithoutTheCompanysApprovalIsAbsenteeism() {
            ScoredMonth m = month(LeaveRecords.days("WANG", REST, "2024-11-18", "2024-11-21")
                    .chain("DIRECT_SUPERIOR", "INDIRECT_SUPERIOR", "BRANCH_FINANCE").rostered());
            assertThat(flags(m)).contains("APPROVAL_MISSING LEAVE-REST-MAXRUN", "SEPARATION ATT-ABSENT-3");
            assertThat(deductions(m)).containsExactly("ATT-ABSENT-3 2880.00");
        }

        @Test
        void aMissingFilingRaisesNothingByDefaultAndTheLeaveStands() {
            ScoredMonth m = month(LeaveRecords.days("WANG", PERSONAL, "2024-11-05", "2024-11-05")
                    .chain("DIRECT_SUPERIOR", "INDIRECT_SUPERIOR").rostered());
            assertThat(flags(m)).isEmpty();
            assertThat(deductions(m)).containsExactly("LEAVE-PERSONAL-DAILY 40.00");
        }

        @Test
        void aRequestStillPendingIsMissingItsApprovalAndExcusesNothing() {
            ScoredMonth m = month(LeaveRecords.days("WANG", PERSONAL, "2024-11-05", "2024-11-05")
                    .status(LeaveRecord.Status.PENDING).rostered());
            assertThat(flags(m)).containsExactly("APPROVAL_MISSING LEAVE-APPROVAL-1");
            assertThat(deductions(m)).containsExactly("ATT-ABSENT-1 360.00");
        }

        @Test
        void aLate4HalfDayWithoutItsApprovalIsHalfADayOfAbsenteeism() {
            ScoredMonth m = month(Records.day("WANG", "2024-11-14", "09:01", "17:30"),
                    new Object[] {LeaveRecords.of("WANG", PERSONAL, "2024-11-14", "2024-11-14", "4").late4()
                            .chain("DIRECT_SUPERIOR", "BRANCH_FINANCE").build()});
            assertThat(flags(m)).containsExactly("APPROVAL_MISSING LEAVE-APPROVAL-1");
            assertThat(deductions(m)).containsExactly("ATT-ABSENT-HALF 180.00");
        }
    }
}
