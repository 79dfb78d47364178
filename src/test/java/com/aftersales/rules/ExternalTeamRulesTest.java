package com.aftersales.rules;

import static com.aftersales.rules.RuleHarness.month;
import static com.aftersales.support.WorkOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.aftersales.facts.input.Profile;
import com.aftersales.facts.result.Value;
import com.aftersales.scoring.ScoredLine;
import com.aftersales.scoring.ScoredMonth;
import com.aftersales.support.WorkOrders;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * VISIT-EXTERNAL-SAME (回访管理制度 其他说明 7): an external team is penalised to the same standard as
 * staff for what visits and complaints find, and its deductions come out of its settlement (G-12).
 */
class ExternalTeamRulesTest {

    private static final RuleHarness RULES = WorkOrderConsequencesTest.RULES;

    /** An external installer (外援) with WANG's leader. */
    static final Profile WAIYUAN = new Profile("WAIYUAN", "外援张", "MIANXIAN", "售后", true, true, false, false, false,
            LocalDate.of(2023, 4, 1), LocalDate.of(2008, 1, 1), null, "LI");

    private static ScoredMonth score(Profile who, WorkOrders.Order order) {
        return RULES.score(month(who, "2024-11").add(order.record()));
    }

    private static WorkOrders.Order drinkingAndCustomerItems(String installer) {
        return order("O1", installer).flag("drinking").flag("usedCustomerItemsWithoutConsent").set("detectedBy", "VISIT");
    }

    private static java.util.List<ScoredLine> fines(ScoredMonth m) {
        return m.lines().stream().filter(l -> l.line().getRuleId().startsWith("PEN-")).toList();
    }

    @Test
    void anExternalTeamIsFinedTheSameAmountsAsStaffFromItsSettlement() {
        ScoredMonth external = score(WAIYUAN, drinkingAndCustomerItems("WAIYUAN"));
        ScoredMonth staff = score(Staff.WANG, drinkingAndCustomerItems("WANG"));
        assertThat(fines(external)).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                .containsExactlyInAnyOrder(tuple("PEN-DRINKING", "50.00"), tuple("PEN-CUSTOMER-ITEMS", "20.00"))
                .isEqualTo(fines(staff).stream().map(l -> tuple(l.line().getRuleId(), l.line().getAmount().toPlainString()))
                        .toList());
        assertThat(fines(external)).allSatisfy(l -> {
            assertThat(l.line().getValues()).contains(new Value("externalTeam", "VISIT-EXTERNAL-SAME"));
            assertThat(l.line().getNote()).contains("从结算款中扣除").contains("deducted from its settlement");
        });
    }

    @Test
    void staffLinesSayNothingOfASettlement() {
        assertThat(fines(score(Staff.WANG, drinkingAndCustomerItems("WANG")))).allSatisfy(l -> {
            assertThat(l.line().getValues()).extracting(Value::name).doesNotContain("externalTeam");
            assertThat(l.line().getNote()).isNull();
        });
    }

    @Test
    void theLeaderOfAnExternalTeamIsChargedTheSameForAnEscalatedComplaint() {
        ScoredMonth m = score(WAIYUAN, order("O1", "WAIYUAN").flag("usedCustomerItemsWithoutConsent")
                .flag("complaintEscalated").set("detectedBy", "COMPLAINT"));
        assertThat(m.lines()).filteredOn(l -> l.line().getDirection().name().equals("DEDUCT"))
                .extracting(ScoredLine::employeeId, l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                .containsExactlyInAnyOrder(tuple("WAIYUAN", "PEN-CUSTOMER-ITEMS", "20.00"),
                        tuple("LI", "VISIT-LEADER-JOINT", "20.00"));
    }
}
