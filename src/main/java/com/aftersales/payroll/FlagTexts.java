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

    /**
     * The detail of a stored flag in the reader's language: {@code storedZh} is the Chinese a rule gave beside its
     * English ({@code result_flag.detail_zh}), null for a flag raised in one text.
     */
    public String inLanguage(String stored, String storedZh, boolean english, String code, String ruleId, String policy,
            String revision, String date) {
        if (storedZh != null) {
            // the rules' Chinese names codes (PERSONAL, DIRECT_SUPERIOR) as the facts know them: shown as labels
            return english ? stored : com.aftersales.problem.Labels.value(storedZh, Languages.CHINESE);
        }
        return inLanguage(stored, english, code, ruleId, policy, revision, date);
    }

    /** A detail stored in one text in the reader's language: its half in that language when it was written in both. */
    public String inLanguage(String stored, boolean english, String code, String ruleId, String policy, String revision,
            String date) {
        String[] both = split(stored);
        if (both != null) {
            // the rules' Chinese names codes (PERSONAL, DIRECT_SUPERIOR) as the facts know them: shown as labels
            return english ? both[1] : com.aftersales.problem.Labels.value(both[0], Languages.CHINESE);
        }
        if (english || (stored.codePoints().anyMatch(FlagTexts::cjk) && !Text.exists(fixedKey(stored)))) {
            return stored;
        }
        return zh(code, ruleId, policy, revision, date, stored);
    }

    /** The bundle key of the Chinese of a fixed English detail: {@code flag.fixed.} and its words joined by -. */
    static String fixedKey(String english) {
        return "flag.fixed." + english.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /**
     * {zh, en} of a detail written in both languages in one text, "中文 / English" (flags stored before the Chinese
     * had a column of its own, {@code result_flag.detail_zh}); null for a detail in one language.
     */
    static String[] split(String detail) {
        for (int i = detail.indexOf(" / "); i >= 0; i = detail.indexOf(" / ", i + 1)) {
            String zh = detail.substring(0, i);
            String en = detail.substring(i + 3);
            if (zh.codePoints().anyMatch(FlagTexts::cjk) && en.codePoints().noneMatch(FlagTexts::cjk)) {
                return new String[] {zh, en};
            }
        }
        return null;
    }

    public String zh(String code, String ruleId, String policy, String revision, String date) {
        return zh(code, ruleId, policy, revision, date, "");
    }

    /**
     * The Chinese detail of a flag the rules raised in English only: what it calls for and the rule by its Chinese
     * name, with the Chinese of the English detail when the bundles hold it ({@code flag.fixed.<the words>}).
     */
    public String zh(String code, String ruleId, String policy, String revision, String date, String english) {
        String codeKey = "flag.code." + code;
        String what = Text.exists(codeKey) ? Text.of(codeKey).in(Languages.CHINESE) : code;
        String fixed = fixedKey(english);
        if (!english.isEmpty() && Text.exists(fixed)) {
            return Text.of("flag.detailFixed", what, Text.of(fixed), ruleId, date).in(Languages.CHINESE);
        }
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
