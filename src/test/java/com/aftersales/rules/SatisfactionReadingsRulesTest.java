package com.aftersales.rules;

import static com.aftersales.rules.VisitRecords.order;
import static com.aftersales.rules.VisitRecords.visit;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.visit.Rating;
import com.aftersales.visit.VisitKind;
import com.aftersales.visit.VisitRecord;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The readings of VISIT-SAT-RATE, rows of the visits revision's Parameters sheet: P_SAT_BASIS
 * (FIRST_VISIT shipped, FINAL_RESULT) and P_SAT_MONTH_BY (FIRST_VISIT_DATE shipped, ORDER_COMPLETION_DATE).
 */
class SatisfactionReadingsRulesTest {

    private static final KpiHarness SHIPPED = new KpiHarness(RuleHarness.of("visits"));

    private static KpiHarness with(String parameter, String value) {
        return new KpiHarness(RuleHarness.of(RevisionEdits.latest("visits").parameter(parameter, value).revision()));
    }

    /** Four first visits in November, two rated D; O1's second visit is VS, O2's second visit is D again. */
    private static List<VisitRecord> novemberVisits() {
        return List.of(
                visit(VisitKind.AS_ONSITE, "2024-11-05T10:00").order("O1").result(Rating.D).build(),
                visit(VisitKind.AS_ONSITE, "2024-11-06T10:00").order("O2").result(Rating.VD).build(),
                visit(VisitKind.AS_ONSITE, "2024-11-07T10:00").order("O3").result(Rating.S).build(),
                visit(VisitKind.AS_CARRYIN, "2024-11-08T10:00").order("O4").result(Rating.VS).build(),
                visit(VisitKind.AS_ONSITE, "2024-11-20T10:00").order("O1").second().result(Rating.VS).build(),
                visit(VisitKind.AS_ONSITE, "2024-11-21T10:00").order("O2").second().result(Rating.D).build());
    }

    @Nested
    class Basis {

        @Test
        void firstVisitKeepsTheFirstResultsEvenAfterASatisfiedSecondVisit() {
            var s = SHIPPED.month("2024-11").visits(novemberVisits()).score().satisfaction();
            assertThat(s.getVisits()).isEqualTo(4);
            assertThat(s.getDissatisfied()).isEqualTo(2);
            assertThat(s.getPercent()).isEqualTo("50.00");
        }

        @Test
        void finalResultCountsOnlyTheOrdersStillDissatisfiedAtTheirLastVisit() {
            var s = with("P_SAT_BASIS", "FINAL_RESULT").month("2024-11").visits(novemberVisits()).score()
                    .satisfaction();
            assertThat(s.getVisits()).isEqualTo(4);
            assertThat(s.getDissatisfied()).isEqualTo(1);
            assertThat(s.getPercent()).isEqualTo("75.00");
        }

        @Test
        void finalResultWithASecondVisitInTheNextMonthStillUsesIt() {
            List<VisitRecord> visits = List.of(
                    visit(VisitKind.AS_ONSITE, "2024-11-28T10:00").order("O1").result(Rating.D).build(),
                    visit(VisitKind.AS_ONSITE, "2024-11-29T10:00").order("O2").result(Rating.S).build(),
                    visit(VisitKind.AS_ONSITE, "2024-12-03T10:00").order("O1").second().result(Rating.S).build());
            assertThat(SHIPPED.month("2024-11").visits(visits).score().satisfaction().getPercent()).isEqualTo("50.00");
            assertThat(with("P_SAT_BASIS", "FINAL_RESULT").month("2024-11").visits(visits).score().satisfaction()
                    .getPercent()).isEqualTo("100.00");
        }
    }

    @Nested
    class MonthBy {

        /** O1 completed in October, first visit in November (D); O2 completed in November, visited in December (S). */
        private KpiHarness.Result november(KpiHarness kpi) {
            return kpi.month("2024-11")
                    .orders(order("O2", "ONSITE", "2024-11-29T15:00"))
                    .visits(visit(VisitKind.AS_ONSITE, "2024-11-02T10:00").order("O1").result(Rating.D).build(),
                            visit(VisitKind.AS_ONSITE, "2024-12-02T10:00").order("O2").result(Rating.S).build())
                    .score();
        }

        @Test
        void firstVisitDateCountsTheVisitsAttemptedInTheMonth() {
            var s = november(SHIPPED).satisfaction();
            assertThat(s.getVisits()).isEqualTo(1);
            assertThat(s.getDissatisfied()).isEqualTo(1);
            assertThat(s.getPercent()).isEqualTo("0.00");
        }

        @Test
        void orderCompletionDateCountsTheFirstVisitsOfTheOrdersCompletedInTheMonth() {
            var s = november(with("P_SAT_MONTH_BY", "ORDER_COMPLETION_DATE")).satisfaction();
            assertThat(s.getVisits()).isEqualTo(1);
            assertThat(s.getDissatisfied()).isZero();
            assertThat(s.getPercent()).isEqualTo("100.00");
        }
    }
}
