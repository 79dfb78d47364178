package com.aftersales.rules;

import static com.aftersales.rules.RuleHarness.month;
import static com.aftersales.support.WorkOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.scoring.ScoredMonth;
import com.aftersales.support.WorkOrders;
import com.aftersales.workorder.WorkOrderDeriver;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * P_REWORK_LIMIT_SCOPE, a row of the complaints revision's Parameters sheet: what the limit of
 * P_REWORK_LIMIT (2) counts. PER_ORDER (shipped): the rework visits of one original order. PER_INSTALLER_PERIOD:
 * the poor-workmanship cases (distinct original orders reworked) of the installer in the period.
 */
class ReworkLimitScopeRulesTest {

    private static final List<com.aftersales.scoring.FactDeriver> ORDERS = List.of(new WorkOrderDeriver());
    private static final RuleHarness PER_ORDER = RuleHarness.of("conduct", "visits", "complaints", "commission")
            .withDerivers(ORDERS);
    private static final RuleHarness PER_INSTALLER_PERIOD = RuleHarness.of(
            RevisionEdits.latest("conduct").revision(), RevisionEdits.latest("visits").revision(),
            RevisionEdits.latest("complaints").parameter("P_REWORK_LIMIT_SCOPE", "PER_INSTALLER_PERIOD").revision(),
            RevisionEdits.latest("commission").revision()).withDerivers(ORDERS);

    private static List<String> reworkFlags(RuleHarness rules, WorkOrders.Order... orders) {
        ScoredMonth m = rules.score(month(Staff.WANG, "2024-11")
                .add(Arrays.stream(orders).map(WorkOrders.Order::record).toArray()));
        return m.flags().stream().filter(f -> f.flag().getRuleId().equals("COMP-REWORK-LIMIT"))
                .map(f -> f.flag().getCode() + " " + f.flag().getDate()).toList();
    }

    /** Three rework visits of one order A. */
    private static WorkOrders.Order[] threeVisitsOfOneOrder() {
        return new WorkOrders.Order[] {order("A", "WANG").on("2024-11-04"),
                order("R1", "WANG").reworkOf("A", "2024-11-08T10:00"),
                order("R2", "WANG").reworkOf("A", "2024-11-12T10:00"),
                order("R3", "WANG").reworkOf("A", "2024-11-15T10:00")};
    }

    /** One rework visit each of three orders A, B, C, and a second one of A. */
    private static WorkOrders.Order[] threeOrdersReworked() {
        return new WorkOrders.Order[] {order("A", "WANG").on("2024-11-02"), order("B", "WANG").on("2024-11-03"),
                order("C", "WANG").on("2024-11-04"),
                order("RA", "WANG").reworkOf("A", "2024-11-08T10:00"),
                order("RB", "WANG").reworkOf("B", "2024-11-12T10:00"),
                order("RA2", "WANG").reworkOf("A", "2024-11-14T10:00"),
                order("RC", "WANG").reworkOf("C", "2024-11-20T10:00")};
    }

    @Nested
    class PerOrder {

        @Test
        void theThirdVisitOfOneOrderIsEscalated() {
            assertThat(reworkFlags(PER_ORDER, threeVisitsOfOneOrder()))
                    .containsExactly("REWORK_LIMIT_EXCEEDED 2024-11-15");
        }

        @Test
        void threeOrdersReworkedOnceOrTwiceAreWithinTheLimit() {
            assertThat(reworkFlags(PER_ORDER, threeOrdersReworked())).isEmpty();
        }
    }

    @Nested
    class PerInstallerPeriod {

        @Test
        void threeVisitsOfOneOrderAreOneCase() {
            assertThat(reworkFlags(PER_INSTALLER_PERIOD, threeVisitsOfOneOrder())).isEmpty();
        }

        @Test
        void theThirdOrderReworkedInTheMonthIsEscalatedOnItsFirstReworkVisit() {
            ScoredMonth m = PER_INSTALLER_PERIOD.score(month(Staff.WANG, "2024-11")
                    .add(Arrays.stream(threeOrdersReworked()).map(WorkOrders.Order::record).toArray()));
            assertThat(m.flags()).filteredOn(f -> f.flag().getRuleId().equals("COMP-REWORK-LIMIT")).singleElement()
                    .satisfies(f -> {
                        assertThat(f.flag().getCode()).isEqualTo("REWORK_LIMIT_EXCEEDED");
                        assertThat(f.flag().getDate()).hasToString("2024-11-20");
                        assertThat(f.flag().getDetail()).startsWith("poor-workmanship case no. 3 of WANG in 2024-11 "
                                + "(rework of order C; earlier cases: orders [A, B]); at most 2 per installer");
                    });
        }
    }
}
