package com.aftersales.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.facts.result.Line;
import com.aftersales.policy.CompiledRuleBook;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/** Every rule of the work-order policies has its catalogue row, so every line and flag can be explained. */
class WorkOrderCatalogueTest {

    @Test
    void everyRuleIdOfConductComplaintsCommissionAndTheWorkOrderVisitRulesIsCatalogued() {
        CompiledRuleBook book = RuleHarness.of("conduct", "visits", "complaints", "commission").book();
        List<String> missing = new ArrayList<>();
        int rules = 0;
        for (KiePackage p : book.kieBase().getKiePackages()) {
            for (Rule r : p.getRules()) {
                String id = Line.ruleIdOf(r.getName());
                boolean mine = !p.getName().equals("visits") || id.equals("VISIT-LEADER-JOINT")
                        || id.equals("VISIT-DISPATCH-RESP");
                if (List.of("conduct", "visits", "complaints", "commission").contains(p.getName()) && mine) {
                    rules++;
                    if (book.clause(p.getName(), id).isEmpty()) {
                        missing.add(p.getName() + ": " + r.getName());
                    }
                }
            }
        }
        assertThat(rules).isGreaterThan(40);
        assertThat(missing).isEmpty();
    }
}
