package com.aftersales.payroll;

import com.aftersales.policy.Clause;
import com.aftersales.policy.DataSheets;
import com.aftersales.policy.PolicyRevision;
import com.aftersales.policy.PolicyStore;
import com.aftersales.problem.Languages;
import com.aftersales.problem.Text;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The Chinese detail of a flag, which the rules raise with an English one: what the flag calls for (待复核, 自动离职,
 * ...) and the rule by its Chinese name from the revision's catalogue, with its id and date; no raw codes.
 */
@ApplicationScoped
public class FlagTexts {

    private final PolicyStore policies;
    private final Map<String, Map<String, Clause>> catalogues = new ConcurrentHashMap<>();

    public FlagTexts(PolicyStore policies) {
        this.policies = policies;
    }

    public String zh(String code, String ruleId, String policy, String revision, String date) {
        String codeKey = "flag.code." + code;
        String what = Text.exists(codeKey) ? Text.of(codeKey).in(Languages.CHINESE) : code;
        Clause clause = clause(policy, revision, ruleId);
        String name = clause != null ? clause.nameZh()
                : Text.exists("rule." + ruleId) ? Text.of("rule." + ruleId).in(Languages.CHINESE) : ruleId;
        return Text.of("flag.detail", what, name, ruleId, date).in(Languages.CHINESE);
    }

    static boolean cjk(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private Clause clause(String policy, String revision, String ruleId) {
        Map<String, Clause> catalogue = catalogues.computeIfAbsent(policy + "@" + revision, k -> {
            PolicyRevision r = PolicyRevision.find(policy, revision);
            if (r == null) {
                return Map.of();
            }
            return DataSheets.read(policies.load(r).files()).clauses().stream()
                    .collect(Collectors.toMap(Clause::ruleId, c -> c, (a, b) -> a));
        });
        return catalogue.get(ruleId);
    }
}
