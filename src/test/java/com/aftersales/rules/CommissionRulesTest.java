package com.aftersales.rules;

import static com.aftersales.rules.RuleHarness.month;
import static com.aftersales.support.WorkOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.facts.result.Direction;
import com.aftersales.scoring.ScoredLine;
import com.aftersales.scoring.ScoredMonth;
import com.aftersales.support.WorkOrders;
import com.aftersales.workorder.WorkOrderDeriver;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Commission from the ILLUSTRATIVE PLACEHOLDER tables (RULES.md §9.4), with the real commission and conduct revisions. */
class CommissionRulesTest {

    static final RuleHarness RULES = RuleHarness.of("conduct", "commission")
            .withDerivers(List.of(new WorkOrderDeriver()));

    static ScoredMonth score(WorkOrders.Order... orders) {
        return RULES.score(month(Staff.WANG, "2024-11").add(Arrays.stream(orders).map(WorkOrders.Order::record)
                .toArray()));
    }

    static BigDecimal paid(ScoredMonth m) {
        return m.lines().stream().filter(l -> l.line().getDirection() == Direction.PAY).map(l -> l.line().getAmount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static List<String> lines(ScoredMonth m) {
        return m.lines().stream().map(ScoredLine::line)
                .map(l -> l.getRuleId() + " " + l.getComponent() + " " + l.getAmount()).toList();
    }

    @ParameterizedTest(name = "{0} km: allowance {1}")
    @CsvSource({"2.0, ''", "2.1, COMM-ILLUS-REMOTE ALLOWANCE 10.00", "30, COMM-ILLUS-REMOTE ALLOWANCE 10.00",
            "30.5, COMM-ILLUS-REMOTE ALLOWANCE 20.00"})
    void paysTheDistanceAllowanceOfTheBand(String km, String allowance) {
        ScoredMonth m = RULES.score(month(Staff.WANG, "2024-11").add(order("O1", "WANG").distance(km)
                .called(null).record()));
        assertThat(lines(m)).filteredOn(s -> s.startsWith("COMM-ILLUS-REMOTE"))
                .isEqualTo(allowance.isEmpty() ? List.of() : List.of(allowance));
    }

    @Test
    void ex50TheMonthsPlaceholderCommissionIs240() {
        ScoredMonth m = score(
                order("O1", "WANG").install("AC_WALL").distance("1.5"),
                order("O2", "WANG").install("AC_WALL").distance("1.5"),
                order("O3", "WANG").install("AC_FLOOR").distance("25"),
                order("O4", "WANG").repair("WATER_HEATER").distance("1"),
                order("O5", "WANG").install("AC_FLOOR").distance("3").flag("returnExchangeCausedByWork"),
                order("O6", "WANG").reworkOf("O1", "2024-11-07T10:00"),
                order("O7", "WANG").repair("TV").carryIn());
        assertThat(paid(m)).isEqualByComparingTo("240.00");
        assertThat(lines(m)).filteredOn(s -> s.contains("DEDUCT") || s.startsWith("PEN"))
                .containsExactly("PEN-RETURN-EXCHANGE FINE 50.00");
        assertThat(lines(m)).contains("COMM-FORFEIT-RETURN COMMISSION 0.00", "COMM-FORFEIT-RETURN ALLOWANCE 0.00",
                "COMM-REWORK-NONE COMMISSION 0.00", "COMM-ILLUS-RATE COMMISSION 25.00");
    }

    @Test
    void sharedOrdersAreSplitEqually() {
        ScoredMonth m = score(order("O1", "WANG", "CHEN").install("AC_FLOOR").distance("25"));
        assertThat(lines(m)).containsExactly("COMM-ILLUS-RATE COMMISSION 40.00", "COMM-ILLUS-REMOTE ALLOWANCE 5.00");
        assertThat(m.lines().get(0).line().getArithmetic()).isEqualTo("80.00 ÷ 2 = 40.00");
    }

    @Test
    void otherProductsHaveNoRateAndAreReviewed() {
        ScoredMonth m = score(order("O1", "WANG").install("OTHER").distance("1"));
        assertThat(paid(m)).isEqualByComparingTo("0");
        assertThat(m.flags()).extracting(f -> f.flag().getRuleId()).containsExactly("COMM-ILLUS-RATE");
    }

    @Test
    void anOrderNotCompletedEarnsNothingYet() {
        ScoredMonth m = score(order("O1", "WANG").completed(null).agreed(null).arrived(null));
        assertThat(paid(m)).isEqualByComparingTo("0");
    }
}
