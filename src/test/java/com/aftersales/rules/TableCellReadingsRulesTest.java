package com.aftersales.rules;

import static com.aftersales.rules.RuleHarness.month;
import static com.aftersales.rules.VisitRecords.visit;
import static com.aftersales.support.WorkOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.policy.LoadedRevision;
import com.aftersales.scoring.ScoredMonth;
import com.aftersales.support.WorkOrders;
import com.aftersales.visit.Rating;
import com.aftersales.visit.VisitDeriver;
import com.aftersales.visit.VisitKind;
import com.aftersales.workorder.WorkOrderDeriver;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * RULES.md §10 readings of the conduct and visits revisions that an admin switches with a table cell or an
 * existing Parameters row (docs/parameters.md): the shipped value and the alternative on the same records.
 */
class TableCellReadingsRulesTest {

    private static final List<String> ORDER_POLICIES = List.of("conduct", "visits", "complaints", "commission");
    private static final RuleHarness SHIPPED = RuleHarness.of(ORDER_POLICIES.toArray(String[]::new))
            .withDerivers(List.of(new WorkOrderDeriver()));

    /** The four work-order revisions, {@code policy}'s edited. */
    private static RuleHarness edited(String policy, UnaryOperator<RevisionEdits> edit) {
        LoadedRevision[] revisions = ORDER_POLICIES.stream()
                .map(p -> (p.equals(policy) ? edit.apply(RevisionEdits.latest(p)) : RevisionEdits.latest(p)).revision())
                .toArray(LoadedRevision[]::new);
        return RuleHarness.of(revisions).withDerivers(List.of(new WorkOrderDeriver()));
    }

    private static List<String> lines(RuleHarness rules, String ruleId, WorkOrders.Order... orders) {
        ScoredMonth m = rules.score(month(Staff.WANG, "2024-11")
                .add(java.util.Arrays.stream(orders).map(WorkOrders.Order::record).toArray()));
        return m.lines().stream().filter(l -> l.line().getRuleId().equals(ruleId))
                .map(l -> l.employeeId() + " " + l.line().getAmount().toPlainString()).toList();
    }

    @Test
    void drinkingAmountIsTheDeductCellOfPenDrinking() {
        WorkOrders.Order o = order("O1", "WANG").on("2024-11-21").flag("drinking");
        assertThat(lines(SHIPPED, "PEN-DRINKING", o)).containsExactly("WANG 50.00");
        assertThat(lines(edited("conduct", e -> e.cell("conduct.drl.xlsx", "OrderConduct", "I10", "100")),
                "PEN-DRINKING", o)).containsExactly("WANG 100.00");
    }

    @Test
    void returnExchangeScopeIsTheServiceTypesCellOfPenReturnExchange() {
        WorkOrders.Order repair = order("O1", "WANG").repair("AC_WALL").flag("returnExchangeCausedByWork");
        assertThat(lines(SHIPPED, "PEN-RETURN-EXCHANGE", repair)).containsExactly("WANG 50.00");
        assertThat(lines(edited("conduct", e -> e.cell("conduct.drl.xlsx", "OrderConduct", "C12", "INSTALL")),
                "PEN-RETURN-EXCHANGE", repair)).isEmpty();
    }

    @Test
    void overchargeMultiplierIsAParametersRow() {
        WorkOrders.Order o = order("O1", "WANG").set("feeStandard", "150").set("feeCharged", "230")
                .set("feeHandedOver", "150");
        assertThat(lines(SHIPPED, "PEN-OVERCHARGE", o)).contains("WANG 100.00").doesNotContain("WANG 200.00");
        assertThat(lines(edited("conduct", e -> e.parameter("P_OVERCHARGE_MULTIPLIER", "2")), "PEN-OVERCHARGE", o))
                .contains("WANG 200.00").doesNotContain("WANG 100.00");
    }

    @Test
    void jobLimitBandsAreTheDistanceCellsOfPenJobOverdue() {
        // 10 km, called 09:10 on the 5th, completed 15:00 on the 6th: 29 h 50 min after the clock start.
        WorkOrders.Order o = order("O1", "WANG").distance("10").called("2024-11-05T09:10")
                .agreed("2024-11-06T14:00").arrived("2024-11-06T14:00").completed("2024-11-06T15:00");
        assertThat(lines(SHIPPED, "PEN-JOB-OVERDUE", o)).isEmpty();
        assertThat(lines(edited("conduct", e -> e.cell("conduct.drl.xlsx", "Timeliness", "E11", "20")
                .cell("conduct.drl.xlsx", "Timeliness", "D12", "20")), "PEN-JOB-OVERDUE", o))
                .containsExactly("WANG 10.00");
    }

    @Test
    void penNeutralIsTheRatingsCellOfEachVisitPenRow() {
        var visits = List.<com.aftersales.scoring.FactDeriver>of(new VisitDeriver());
        var neutral = visit(VisitKind.SALES, "2024-11-05T10:00").id("V1").by("QIAN")
                .rated("服务态度", Rating.N).rated("用户满意度", Rating.S).build();
        ScoredMonth shipped = RuleHarness.of("visits").withDerivers(visits)
                .score(month(VisitPenaltyRulesTest.QIAN, "2024-11").add(neutral));
        assertThat(shipped.lines()).extracting(l -> l.line().getRuleId() + " " + l.line().getAmount())
                .containsExactly("VISIT-PEN-SALES-ATTITUDE 20.00");
        ScoredMonth notNeutral = RuleHarness.of(RevisionEdits.latest("visits")
                .cell("visits.drl.xlsx", "Ratings", "D10", "\"D\", \"VD\"").revision()).withDerivers(visits)
                .score(month(VisitPenaltyRulesTest.QIAN, "2024-11").add(neutral));
        assertThat(notNeutral.lines()).isEmpty();
    }
}
