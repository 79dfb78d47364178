package com.aftersales.rules;

import static com.aftersales.rules.RuleHarness.month;
import static com.aftersales.support.WorkOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.facts.result.Flag;
import com.aftersales.scoring.ScoredFlag;
import com.aftersales.scoring.ScoredMonth;
import com.aftersales.support.WorkOrders;
import com.aftersales.workorder.IncidentRecord;
import com.aftersales.workorder.WorkOrderDeriver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The statutory guards of legal.drl (RULES.md §9.5 L-4) with the real conduct revision: deductions for compensation
 * of losses above 20 % of the monthly wage, and pay after all deductions below the branch's minimum wage, raise an
 * informational LEGAL_LIMIT flag with the figures; the lines stay as they were. "Exceed" and "below" are strict, as
 * 「不超过3天」 is read inclusively (RULES.md LEAVE-REST): exactly 20 % and exactly the minimum wage raise nothing.
 */
class LegalLimitRulesTest {

    static final RuleHarness RULES = RuleHarness.of("conduct").withDerivers(List.of(new WorkOrderDeriver()));

    /** An overcharge: the fine of 100 (not a loss) and the excess over 150 refunded to the customer (a loss). */
    static WorkOrders.Order overcharge(String id, String charged) {
        return order(id, "WANG").set("feeStandard", "150").set("feeCharged", charged).set("feeHandedOver", "150");
    }

    static ScoredMonth score(RuleHarness.Month m, Object... records) {
        Object[] recs = java.util.Arrays.stream(records)
                .map(r -> r instanceof WorkOrders.Order o ? o.record() : r).toArray();
        return RULES.score(m.add(recs));
    }

    static List<Flag> legal(ScoredMonth m) {
        return m.flags().stream().map(ScoredFlag::flag).filter(f -> f.getCode().equals("LEGAL_LIMIT")).toList();
    }

    static List<String> lines(ScoredMonth m) {
        return m.lines().stream().map(l -> l.line().getRuleId() + " " + l.line().getComponent() + " "
                + l.line().getAmount()).toList();
    }

    @ParameterizedTest(name = "refund {1} of a monthly wage of 1000 (limit 200.00): flag {2}")
    @CsvSource({"350.00, 200.00, false", "350.01, 200.01, true", "349.99, 199.99, false", "400, 250.00, true"})
    void lossesAboveTwentyPercentOfTheMonthlyWageAreFlagged(String charged, String refund, boolean flagged) {
        ScoredMonth m = score(month(Staff.WANG, "2024-11").monthlyWage("1000"), overcharge("O1", charged));
        assertThat(lines(m)).containsExactlyInAnyOrder("PEN-OVERCHARGE FINE 100.00", "PEN-OVERCHARGE REFUND " + refund);
        assertThat(legal(m)).hasSize(flagged ? 1 : 0);
    }

    @Test
    void theFlagNamesTheLimitTheFiguresAndTheExcessInBothLanguages() {
        ScoredMonth m = score(month(Staff.WANG, "2024-11").monthlyWage("1000"), overcharge("O1", "350.01"));
        Flag f = legal(m).get(0);
        assertThat(f.getRuleId()).isEqualTo("LEGAL-LOSS-SHARE");
        assertThat(f.getDate()).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(f.getDetail()).isEqualTo("L-4, informational: the deductions for compensation of losses of the "
                + "month, 200.01 (PEN-OVERCHARGE 200.01), exceed 20% of the monthly wage 1000.00, the limit 200.00, by "
                + "0.01; the amounts are unchanged");
        assertThat(f.getDetailZh()).isEqualTo("L-4 法定限额提示：本月赔偿经济损失的扣款 200.01 元（PEN-OVERCHARGE 200.01）"
                + "超过月工资 1000.00 元的 20%，即限额 200.00 元，超出 0.01 元；金额未作调整");
        assertThat(f.getRecords()).extracting(Object::toString).containsExactly("workOrder:O1");
    }

    @Test
    void finesAreNotCompensationOfLosses() {
        // fine 100 + refund 150 = 250 deducted, but only the refund compensates a loss: 150 ≤ 200
        ScoredMonth m = score(month(Staff.WANG, "2024-11").monthlyWage("1000"), overcharge("O1", "300"));
        assertThat(legal(m)).isEmpty();
    }

    @Test
    void theFeesKeptAndTheLostManufacturerFeeAreLossesAndAddUp() {
        IncidentRecord lost = new IncidentRecord("I1", "WANG", LocalDate.parse("2024-11-04"), "PEN-CARD-LOST",
                null, new BigDecimal("60"), null, null, null, null, null, null, null, null);
        WorkOrders.Order kept = order("O2", "WANG").set("feeStandard", "150").set("feeCharged", "150")
                .set("feeHandedOver", "0");
        ScoredMonth m = score(month(Staff.WANG, "2024-11").monthlyWage("1000"), lost, kept);
        assertThat(lines(m)).containsExactlyInAnyOrder("PEN-CARD-LOST FINE 60.00", "PEN-OVERCHARGE CONFISCATE 150.00",
                "PEN-OVERCHARGE FINE 100.00");
        Flag f = legal(m).get(0);
        assertThat(f.getDetail()).contains("losses of the month, 210.00 (PEN-CARD-LOST 60.00, PEN-OVERCHARGE 150.00)")
                .contains("by 10.00");
    }

    @ParameterizedTest(name = "monthly wage {0}, deductions 200.00 or more, minimum wage 1800: flag {1}")
    @CsvSource({"2000.00, false", "1999.99, true"})
    void payAfterAllDeductionsBelowTheMinimumWageIsFlagged(String wage, boolean flagged) {
        ScoredMonth m = score(month(Staff.WANG, "2024-11").monthlyWage(wage).minimumWage("1800", "2024-07-01"),
                overcharge("O1", "250"));
        assertThat(lines(m)).containsExactlyInAnyOrder("PEN-OVERCHARGE FINE 100.00", "PEN-OVERCHARGE REFUND 100.00");
        assertThat(legal(m)).extracting(Flag::getRuleId).containsExactly(flagged ? new String[] {"LEGAL-MIN-WAGE"}
                : new String[0]);
    }

    @Test
    void theMinimumWageFlagGivesThePayItsPartsTheMinimumAndTheShortfall() {
        ScoredMonth m = score(month(Staff.WANG, "2024-11").monthlyWage("1900").minimumWage("1800", "2024-07-01"),
                overcharge("O1", "300"));
        Flag f = legal(m).get(0);
        assertThat(f.getRuleId()).isEqualTo("LEGAL-MIN-WAGE");
        assertThat(f.getDetail()).isEqualTo("L-4, informational: the pay after all deductions of the month, 1650.00 "
                + "(monthly wage 1900.00 less deductions 250.00), falls below the minimum wage 1800.00 of branch MIANXIAN "
                + "(in force from 2024-07-01) by 150.00; the amounts are unchanged");
        assertThat(f.getDetailZh()).isEqualTo("L-4 法定限额提示：本月扣除全部扣款后的工资 1650.00 元（月工资 1900.00 元减扣款 "
                + "250.00 元）低于分公司 MIANXIAN 自 2024-07-01 起执行的最低工资标准 1800.00 元，差 150.00 元；金额未作调整");
    }

    @Test
    void bothLimitsAreFlaggedApart() {
        ScoredMonth m = score(month(Staff.WANG, "2024-11").monthlyWage("1000").minimumWage("900", "2024-01-01"),
                overcharge("O1", "400"));
        assertThat(legal(m)).extracting(Flag::getRuleId).containsExactlyInAnyOrder("LEGAL-LOSS-SHARE",
                "LEGAL-MIN-WAGE");
    }

    @Test
    void withoutAMinimumWageOnlyTheLossShareIsChecked() {
        ScoredMonth m = score(month(Staff.WANG, "2024-11").monthlyWage("300"), overcharge("O1", "250"));
        // 300 − 200 = 100 left, which no minimum wage is given to compare with; the refund 100 is above 60
        assertThat(legal(m)).extracting(Flag::getRuleId).containsExactly("LEGAL-LOSS-SHARE");
    }

    @Test
    void withoutAMonthlyWageNothingIsChecked() {
        ScoredMonth m = score(month(Staff.WANG, "2024-11"), overcharge("O1", "5000"));
        assertThat(lines(m)).contains("PEN-OVERCHARGE REFUND 4850.00");
        assertThat(legal(m)).isEmpty();
    }

    @Test
    void aMonthWithoutDeductionsRaisesNothingEvenBelowTheMinimumWage() {
        ScoredMonth m = score(month(Staff.WANG, "2024-11").monthlyWage("1000").minimumWage("1800", "2024-01-01"));
        assertThat(legal(m)).isEmpty();
    }

    @Test
    void theShareAndWhatCountsAreTheRevisionsParameters() {
        RuleHarness edited = RuleHarness.of(RevisionEdits.latest("conduct").parameter("P_LEGAL_LOSS_SHARE", "0.30")
                .parameter("P_LEGAL_LOSS_COMPONENTS", "REFUND|FINE").parameter("P_LEGAL_LOSS_RULES", "PEN-OVERCHARGE")
                .revision()).withDerivers(List.of(new WorkOrderDeriver()));
        IncidentRecord lost = new IncidentRecord("I1", "WANG", LocalDate.parse("2024-11-04"), "PEN-CARD-LOST",
                null, new BigDecimal("290"), null, null, null, null, null, null, null, null);
        // shipped: the lost manufacturer fee 290 is a loss above 200; edited: it is a FINE line, now counted, of 290
        // against 30 % = 300
        assertThat(legal(score(month(Staff.WANG, "2024-11").monthlyWage("1000"), lost))).hasSize(1);
        assertThat(legal(edited.score(month(Staff.WANG, "2024-11").monthlyWage("1000").add(lost)))).isEmpty();
        IncidentRecord more = new IncidentRecord("I2", "WANG", LocalDate.parse("2024-11-05"), "PEN-UNIFORM",
                null, null, null, null, null, null, null, null, null, null);
        ScoredMonth m = edited.score(month(Staff.WANG, "2024-11").monthlyWage("1000").add(lost, more));
        assertThat(lines(m)).containsExactlyInAnyOrder("PEN-CARD-LOST FINE 290.00", "PEN-UNIFORM FINE 10.00");
        assertThat(legal(m)).isEmpty();
        IncidentRecord again = new IncidentRecord("I3", "WANG", LocalDate.parse("2024-11-06"), "PEN-UNIFORM",
                null, null, null, null, null, null, null, null, null, null);
        assertThat(legal(edited.score(month(Staff.WANG, "2024-11").monthlyWage("1000").add(lost, more, again))))
                .extracting(Flag::getDetail).singleElement().asString()
                .contains("310.00 (PEN-CARD-LOST 290.00, PEN-UNIFORM 20.00), exceed 30% of the monthly wage 1000.00, "
                        + "the limit 300.00, by 10.00");
    }
}
