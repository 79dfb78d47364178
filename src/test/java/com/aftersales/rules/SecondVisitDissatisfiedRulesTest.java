package com.aftersales.rules;

import static com.aftersales.rules.VisitRecords.visit;
import static com.aftersales.support.WorkOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.facts.input.Profile;
import com.aftersales.scoring.ScoredLine;
import com.aftersales.scoring.ScoredMonth;
import com.aftersales.support.WorkOrders;
import com.aftersales.visit.Rating;
import com.aftersales.visit.VisitDeriver;
import com.aftersales.visit.VisitKind;
import com.aftersales.visit.VisitRecord;
import com.aftersales.workorder.WorkOrderDeriver;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * COMP-SECOND-DISSAT (投诉管理制度 八.3.D): a slow or improper service complaint still rated 不满意 or
 * 非常不满意 at the decisive second visit falls under the matching installer penalty, charged once (G-7,
 * G-9); with no matching penalty on the order it is reviewed (M-8).
 */
class SecondVisitDissatisfiedRulesTest {

    private static final RuleHarness RULES = RuleHarness.of("conduct", "visits", "complaints")
            .withDerivers(List.of(new WorkOrderDeriver(), new VisitDeriver()));

    private static WorkOrders.Order slowOrImproper(String id, String... installers) {
        return order(id, installers).set("complaintType", "SLOW_OR_IMPROPER").set("detectedBy", "COMPLAINT");
    }

    /** Arrived 20 minutes after the agreed 14:00 and the customer complained: PEN-LATE-ARRIVAL 10. */
    private static WorkOrders.Order lateArrival(WorkOrders.Order o) {
        return o.arrived("2024-11-05T14:20").completed("2024-11-05T15:20").flag("customerComplainedToCompany");
    }

    private static VisitRecord secondVisit(String orderId, Rating result) {
        return visit(VisitKind.AS_ONSITE, "2024-11-12T10:00").id("V2-" + orderId).order(orderId).second()
                .result(result).build();
    }

    private static VisitRecord firstVisit(String orderId, Rating result) {
        return visit(VisitKind.AS_ONSITE, "2024-11-07T10:00").id("V1-" + orderId).order(orderId).result(result)
                .build();
    }

    private static ScoredMonth score(Profile p, Object... records) {
        List<Object> recs = new ArrayList<>();
        for (Object r : records) {
            recs.add(r instanceof WorkOrders.Order o ? o.record() : r);
        }
        return RULES.score(RuleHarness.month(p, "2024-11").add(recs.toArray()));
    }

    private static List<String> lines(ScoredMonth m) {
        return m.lines().stream().map(ScoredLine::line)
                .map(l -> (l.getEmployeeId() == null ? "" : l.getEmployeeId() + " ") + l.getRuleId() + " "
                        + l.getAmount())
                .toList();
    }

    private static List<String> flags(ScoredMonth m, String ruleId) {
        return m.flags().stream().map(f -> f.flag()).filter(f -> f.getRuleId().equals(ruleId))
                .map(f -> f.getCode() + " " + f.getDate()).toList();
    }

    @Nested
    class AMatchingPenaltyIsOnTheOrder {

        @Test
        void aLateArrivalIsChargedOnceAndTheSecondVisitShowsAZeroLineNamingIt() {
            ScoredMonth m = score(Staff.WANG, lateArrival(slowOrImproper("O1", "WANG")),
                    firstVisit("O1", Rating.D), secondVisit("O1", Rating.VD));
            assertThat(lines(m)).containsExactlyInAnyOrder("PEN-LATE-ARRIVAL 10.00", "COMP-SECOND-DISSAT 0.00");
            assertThat(flags(m, "COMP-SECOND-DISSAT")).isEmpty();
            var info = m.lines().stream().map(ScoredLine::line)
                    .filter(l -> l.getRuleId().equals("COMP-SECOND-DISSAT")).findFirst().orElseThrow();
            assertThat(info.getDate()).hasToString("2024-11-05");
            assertThat(info.getRecords()).extracting(Object::toString)
                    .containsExactlyInAnyOrder("workOrder:O1", "visit:V2-O1");
            assertThat(info.getValues()).extracting(v -> v.name() + "=" + v.value())
                    .contains("appliedUnder=PEN-LATE-ARRIVAL", "secondVisit=V2-O1", "secondVisitResult=VD");
            assertThat(info.getArithmetic()).contains("PEN-LATE-ARRIVAL", "10.00");
            assertThat(info.getNote()).contains("G-7", "G-9", "O1");
            assertThat(info.getConduct()).as("no conduct key: it is no second charge").isNull();
        }

        @Test
        void severalMatchingPenaltiesAreAllNamed() {
            ScoredMonth m = score(Staff.WANG, lateArrival(slowOrImproper("O1", "WANG")).called("2024-11-05T09:45"),
                    secondVisit("O1", Rating.D));
            assertThat(lines(m)).containsExactlyInAnyOrder("PEN-LATE-ARRIVAL 10.00", "PEN-APPT-CALL-30MIN 5.00",
                    "COMP-SECOND-DISSAT 0.00");
            assertThat(m.lines()).map(ScoredLine::line).filteredOn(l -> l.getRuleId().equals("COMP-SECOND-DISSAT"))
                    .singleElement().satisfies(l -> assertThat(l.getValues())
                            .extracting(v -> v.name() + "=" + v.value())
                            .contains("appliedUnder=PEN-APPT-CALL-30MIN, PEN-LATE-ARRIVAL"));
        }

        @Test
        void anOverdueJobFoundOnTheOrderIsThePenaltyToo() {
            ScoredMonth m = score(Staff.WANG, slowOrImproper("O1", "WANG").completed("2024-11-06T09:11"),
                    secondVisit("O1", Rating.VD));
            assertThat(lines(m)).containsExactlyInAnyOrder("PEN-JOB-OVERDUE 10.00", "COMP-SECOND-DISSAT 0.00");
            assertThat(flags(m, "COMP-SECOND-DISSAT")).isEmpty();
        }

        @Test
        void eachInstallerOfTheOrderGetsTheLineInTheirOwnMonth() {
            WorkOrders.Order o = lateArrival(slowOrImproper("O1", "WANG", "CHEN"));
            for (Profile p : List.of(Staff.WANG, Staff.CHEN)) {
                assertThat(lines(score(p, o, secondVisit("O1", Rating.VD))))
                        .as(p.getEmployeeId()).contains("PEN-LATE-ARRIVAL 10.00", "COMP-SECOND-DISSAT 0.00");
            }
        }

        @Test
        void theLeaderOfAnEscalatedComplaintIsChargedForThePenaltyNotForTheZeroLine() {
            ScoredMonth m = score(Staff.WANG, lateArrival(slowOrImproper("O1", "WANG")).flag("complaintEscalated"),
                    secondVisit("O1", Rating.VD));
            assertThat(lines(m)).containsExactlyInAnyOrder("PEN-LATE-ARRIVAL 10.00", "COMP-SECOND-DISSAT 0.00",
                    "LI VISIT-LEADER-JOINT 10.00");
        }
    }

    @Nested
    class NoMatchingPenalty {

        @Test
        void anOrderOnTimeInEveryRespectIsReviewedNamingTheOrderAndTheSecondVisit() {
            ScoredMonth m = score(Staff.WANG, slowOrImproper("O1", "WANG"), secondVisit("O1", Rating.D));
            assertThat(m.lines()).isEmpty();
            assertThat(m.flags()).singleElement().satisfies(f -> {
                assertThat(f.flag().getRuleId()).isEqualTo("COMP-SECOND-DISSAT");
                assertThat(f.flag().getCode()).isEqualTo("REVIEW");
                assertThat(f.flag().getDate()).hasToString("2024-11-05");
                assertThat(f.flag().getDetail()).contains("O1", "V2-O1", "M-8");
                assertThat(f.flag().getRecords()).extracting(Object::toString)
                        .containsExactlyInAnyOrder("workOrder:O1", "visit:V2-O1");
            });
        }

        @Test
        void aPenaltyForAnotherConductDoesNotMatchTheComplaint() {
            ScoredMonth m = score(Staff.WANG, slowOrImproper("O1", "WANG").flag("cardFillingDefect"),
                    secondVisit("O1", Rating.VD));
            assertThat(lines(m)).containsExactly("PEN-CARD-FILLING 10.00");
            assertThat(flags(m, "COMP-SECOND-DISSAT")).containsExactly("REVIEW 2024-11-05");
        }
    }

    @Nested
    class NotTriggered {

        @ParameterizedTest(name = "second visit rated {0}")
        @EnumSource(value = Rating.class, names = {"VS", "S", "N"})
        void aSecondVisitRatedNeutralOrBetterEndsTheComplaint(Rating r) {
            ScoredMonth m = score(Staff.WANG, slowOrImproper("O1", "WANG"), firstVisit("O1", Rating.D),
                    secondVisit("O1", r));
            assertThat(m.lines()).isEmpty();
            assertThat(m.flags()).isEmpty();
        }

        @Test
        void aDissatisfiedFirstVisitAloneIsNotEnough() {
            ScoredMonth m = score(Staff.WANG, lateArrival(slowOrImproper("O1", "WANG")), firstVisit("O1", Rating.VD));
            assertThat(lines(m)).containsExactly("PEN-LATE-ARRIVAL 10.00");
            assertThat(m.flags()).isEmpty();
        }

        @Test
        void anotherComplaintTypeIsNotADTypeComplaint() {
            ScoredMonth m = score(Staff.WANG, order("O1", "WANG").set("complaintType", "POOR_WORK"),
                    secondVisit("O1", Rating.VD));
            assertThat(m.lines()).isEmpty();
            assertThat(m.flags()).isEmpty();
        }

        @Test
        void theSecondVisitOfAnotherOrderDoesNotCount() {
            ScoredMonth m = score(Staff.WANG, slowOrImproper("O1", "WANG"), order("O2", "WANG"),
                    secondVisit("O2", Rating.VD));
            assertThat(m.flags()).isEmpty();
        }

        @Test
        void onlyTheDecisiveSecondVisitCounts() {
            VisitRecord satisfied = visit(VisitKind.AS_ONSITE, "2024-11-12T10:00").id("V2a").order("O1").second()
                    .result(Rating.S).build();
            VisitRecord later = visit(VisitKind.AS_ONSITE, "2024-11-13T10:00").id("V2b").order("O1").second()
                    .result(Rating.VD).build();
            ScoredMonth m = score(Staff.WANG, slowOrImproper("O1", "WANG"), satisfied, later);
            assertThat(m.flags()).as("the earliest completed second visit decides").isEmpty();
        }

        @Test
        void aRefusedAttemptBeforeADissatisfiedSecondVisitDoesNotHideIt() {
            VisitRecord refused = visit(VisitKind.AS_ONSITE, "2024-11-12T10:00").id("V2a").order("O1").second()
                    .refused().build();
            VisitRecord dissatisfied = visit(VisitKind.AS_ONSITE, "2024-11-13T10:00").id("V2b").order("O1").second()
                    .result(Rating.D).build();
            ScoredMonth m = score(Staff.WANG, slowOrImproper("O1", "WANG"), refused, dissatisfied);
            assertThat(flags(m, "COMP-SECOND-DISSAT")).containsExactly("REVIEW 2024-11-05");
        }

        @Test
        void anOrderOfAnotherMonthIsJudgedInItsOwnMonth() {
            ScoredMonth m = score(Staff.WANG, lateArrival(slowOrImproper("O1", "WANG")).on("2024-10-30")
                    .arrived("2024-10-30T14:20").completed("2024-10-30T15:20"), secondVisit("O1", Rating.VD));
            assertThat(m.lines()).isEmpty();
            assertThat(m.flags()).isEmpty();
        }
    }

    @Test
    void theSecondVisitTableSaysWhichConductsMatchTheComplaint() {
        RuleHarness withoutLateArrival = RuleHarness.of(RevisionEdits.latest("conduct").revision(),
                RevisionEdits.latest("visits").revision(), RevisionEdits.latest("complaints")
                        .cell("complaints.drl.xlsx", "SecondVisit", "C10", "APPT-CALL, JOB-OVERDUE").revision())
                .withDerivers(List.of(new WorkOrderDeriver(), new VisitDeriver()));
        ScoredMonth m = withoutLateArrival.score(RuleHarness.month(Staff.WANG, "2024-11")
                .add(lateArrival(slowOrImproper("O1", "WANG")).record(), secondVisit("O1", Rating.VD)));
        assertThat(lines(m)).containsExactly("PEN-LATE-ARRIVAL 10.00");
        assertThat(flags(m, "COMP-SECOND-DISSAT")).containsExactly("REVIEW 2024-11-05");
    }

    @Test
    void nothingIsDeductedTwice() {
        ScoredMonth m = score(Staff.WANG, lateArrival(slowOrImproper("O1", "WANG")), secondVisit("O1", Rating.VD));
        BigDecimal total = m.lines().stream().map(l -> l.line().signedAmount().negate())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isEqualByComparingTo("10.00");
    }
}
