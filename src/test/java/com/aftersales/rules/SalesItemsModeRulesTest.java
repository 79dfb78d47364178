package com.aftersales.rules;

import static com.aftersales.rules.VisitRecords.visit;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.facts.result.Line;
import com.aftersales.scoring.ScoredLine;
import com.aftersales.scoring.ScoredMonth;
import com.aftersales.visit.Rating;
import com.aftersales.visit.VisitDeriver;
import com.aftersales.visit.VisitKind;
import com.aftersales.visit.VisitRecord;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * P_SALES_ITEMS_MODE, a cell of the visits revision's Parameters sheet: PER_ITEM (shipped) charges
 * each sales item rated 一般 or worse; PER_VISIT charges a sales visit once, the highest of its items.
 */
class SalesItemsModeRulesTest {

    private static final List<com.aftersales.scoring.FactDeriver> VISITS = List.of(new VisitDeriver());
    private static final RuleHarness PER_ITEM = RuleHarness.of("visits").withDerivers(VISITS);
    private static final RuleHarness PER_VISIT = mode("PER_VISIT");

    private static RuleHarness mode(String value) {
        return RuleHarness.of(RevisionEdits.latest("visits").parameter("P_SALES_ITEMS_MODE", value).revision())
                .withDerivers(VISITS);
    }

    private static VisitRecord sale(String id, String day, Rating attitude, Rating satisfaction) {
        return visit(VisitKind.SALES, day + "T10:00").id(id).by("QIAN").rated("服务态度", attitude)
                .rated("用户满意度", satisfaction).build();
    }

    private static ScoredMonth qian(RuleHarness rules, Object... records) {
        return rules.score(RuleHarness.month(VisitPenaltyRulesTest.QIAN, "2024-11").add(records));
    }

    private static List<String> lines(ScoredMonth m) {
        return m.lines().stream().map(ScoredLine::line).map(l -> l.getRuleId() + " " + l.getAmount()).toList();
    }

    private static BigDecimal deducted(ScoredMonth m) {
        return m.lines().stream().map(l -> l.line().getAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Line line(ScoredMonth m, String ruleId) {
        return m.lines().stream().map(ScoredLine::line).filter(l -> l.getRuleId().equals(ruleId)).findFirst()
                .orElseThrow();
    }

    @Nested
    class PerItem {

        @Test
        void bothSalesItemsDissatisfiedCostFortyForOneVisit() {
            ScoredMonth m = qian(PER_ITEM, sale("V1", "2024-11-05", Rating.D, Rating.VD));
            assertThat(lines(m)).containsExactly("VISIT-PEN-SALES-ATTITUDE 20.00", "VISIT-PEN-SALES-SAT 20.00");
            assertThat(deducted(m)).isEqualByComparingTo("40.00");
            assertThat(line(m, "VISIT-PEN-SALES-SAT").getArithmetic()).isEqualTo("1 × 20.00 = 20.00");
        }

        @Test
        void oneItemRatedNeutralCostsTwenty() {
            assertThat(lines(qian(PER_ITEM, sale("V1", "2024-11-05", Rating.S, Rating.N))))
                    .containsExactly("VISIT-PEN-SALES-SAT 20.00");
        }
    }

    @Nested
    class PerVisit {

        @Test
        void bothSalesItemsDissatisfiedCostTwentyOnceAndTheOtherItemShowsZero() {
            ScoredMonth m = qian(PER_VISIT, sale("V1", "2024-11-05", Rating.D, Rating.VD));
            assertThat(lines(m)).containsExactlyInAnyOrder("VISIT-PEN-SALES-ATTITUDE 20.00", "VISIT-PEN-SALES-SAT 0.00");
            assertThat(deducted(m)).isEqualByComparingTo("20.00");
            Line zero = line(m, "VISIT-PEN-SALES-SAT");
            assertThat(zero.getArithmetic()).contains("VISIT-PEN-SALES-ATTITUDE", "20.00");
            assertThat(zero.getNote()).contains("PER_VISIT", "A-21", "V1");
            assertThat(zero.getValues()).extracting(v -> v.name() + "=" + v.value())
                    .contains("salesItemsMode=PER_VISIT", "chargedItem=SERVICE_ATTITUDE", "rating=VD");
            assertThat(line(m, "VISIT-PEN-SALES-ATTITUDE").getValues()).extracting(v -> v.name() + "=" + v.value())
                    .contains("salesItemsMode=PER_VISIT", "chargedItem=SERVICE_ATTITUDE");
        }

        @Test
        void oneItemRatedNeutralCostsTwentyAsBefore() {
            ScoredMonth m = qian(PER_VISIT, sale("V1", "2024-11-05", Rating.VS, Rating.N));
            assertThat(lines(m)).containsExactly("VISIT-PEN-SALES-SAT 20.00");
        }

        @Test
        void satisfiedItemsCostNothing() {
            assertThat(qian(PER_VISIT, sale("V1", "2024-11-05", Rating.S, Rating.VS)).lines()).isEmpty();
        }

        @Test
        void eachSalesVisitIsChargedOnce() {
            ScoredMonth m = qian(PER_VISIT, sale("V1", "2024-11-05", Rating.D, Rating.D),
                    sale("V2", "2024-11-06", Rating.N, Rating.N));
            assertThat(deducted(m)).isEqualByComparingTo("40.00");
            assertThat(lines(m)).filteredOn(l -> l.endsWith(" 0.00")).hasSize(2);
        }

        @Test
        void theHighestItemIsTheOneCharged() {
            RuleHarness dearer = RuleHarness.of(RevisionEdits.latest("visits").parameter("P_SALES_ITEMS_MODE", "PER_VISIT")
                    .cell("visits.drl.xlsx", "Ratings", "E11", "30").revision()).withDerivers(VISITS);
            ScoredMonth m = qian(dearer, sale("V1", "2024-11-05", Rating.D, Rating.D));
            assertThat(lines(m)).containsExactlyInAnyOrder("VISIT-PEN-SALES-SAT 30.00", "VISIT-PEN-SALES-ATTITUDE 0.00");
        }

        @Test
        void aDeliveryVisitStillChargesItsSatisfactionItem() {
            ScoredMonth m = PER_VISIT.score(RuleHarness.month(VisitPenaltyRulesTest.MA, "2024-11")
                    .add(visit(VisitKind.LOGISTICS, "2024-11-06T10:00").delivery("D1").by("MA")
                            .rated("用户满意度", Rating.D).build()));
            assertThat(lines(m)).containsExactly("VISIT-PEN-LOG-SAT 20.00");
        }
    }

    @Test
    void anUnknownModeChargesNoSalesItemAndIsReviewed() {
        ScoredMonth m = qian(mode("PER_CUSTOMER"), sale("V1", "2024-11-05", Rating.D, Rating.S));
        assertThat(m.lines()).isEmpty();
        assertThat(m.flags()).extracting(f -> f.flag().getCode() + " " + f.flag().getRuleId())
                .containsExactly("REVIEW VISIT-PEN-SALES-ITEMS");
    }
}
