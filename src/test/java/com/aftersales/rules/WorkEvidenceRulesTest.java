package com.aftersales.rules;

import static com.aftersales.rules.Records.absent;
import static com.aftersales.rules.RuleHarness.month;
import static com.aftersales.support.WorkOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.aftersales.facts.input.RecordRef;
import com.aftersales.scoring.ScoredMonth;
import org.junit.jupiter.api.Test;

/** ATT-ABSENT-DEF (a) and A-22: an order worked on a rostered day without punches is evidence of attendance. */
class WorkEvidenceRulesTest {

    static final RuleHarness RULES = RuleHarness.of("attendance").only("ATT-");

    @Test
    void aRosteredDayWithoutPunchesButWithACompletedOrderIsNotAbsenteeismButReviewed() {
        ScoredMonth m = RULES.score(month(Staff.WANG, "2024-11").wage("2024-11", "180")
                .add(absent("WANG", "2024-11-05")).add(order("O1", "WANG").on("2024-11-05").record()));
        assertThat(m.lines()).isEmpty();
        assertThat(m.flags()).extracting(f -> f.flag().getRuleId(), f -> f.flag().getCode())
                .containsExactly(tuple("ATT-ABSENT-DEF", "REVIEW"));
        assertThat(m.flags().get(0).flag().getRecords()).contains(RecordRef.of("workOrder", "O1"));
    }

    @Test
    void anArrivalOnADayCountsEvenWhenTheOrderIsCompletedLater() {
        ScoredMonth m = RULES.score(month(Staff.WANG, "2024-11").wage("2024-11", "180")
                .add(absent("WANG", "2024-11-05")).add(order("O1", "WANG").on("2024-11-05")
                        .completed("2024-11-06T10:00").record()));
        assertThat(m.lines()).isEmpty();
    }

    @Test
    void withoutAnyOrderTheSameDayIsAbsenteeism() {
        ScoredMonth m = RULES.score(month(Staff.WANG, "2024-11").wage("2024-11", "180")
                .add(absent("WANG", "2024-11-05")).add(order("O1", "WANG").on("2024-11-04").record()));
        assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                .containsExactly(tuple("ATT-ABSENT-1", "360.00"));
    }
}
