package com.aftersales.policy.validation;

import com.aftersales.facts.result.Line;
import com.aftersales.policy.RevisionFiles;
import com.aftersales.policy.SheetCells;
import com.aftersales.problem.ApiError;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the cells of a rule table: each value fits its column's unit, yes/no columns hold only
 * true or false, each row's rule id is in the catalogue; and across the revision no rule name is used
 * twice and every DRL rule id is in the catalogue.
 */
final class CellChecks {

    private static final Pattern DRL_RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    private CellChecks() {
    }

    static void check(RuleTable t, Catalogues catalogue, List<ApiError> errors) {
        for (RuleTable.Column c : t.columns()) {
            if (c.isName()) {
                continue;
            }
            boolean yesNo = t.rows().stream().anyMatch(r -> isBoolean(r.value(c)));
            for (RuleTable.Row r : t.rows()) {
                String v = r.value(c);
                String at = SheetCells.at(t.sheet(), r.rowNum(), c.index());
                if (yesNo) {
                    if (!v.isEmpty() && !isBoolean(v)) {
                        errors.add(ApiError.of(at, "cell.yesNo", v, c.title()));
                    }
                    continue;
                }
                com.aftersales.problem.Text problem = c.unit().problem(v);
                if (problem != null) {
                    errors.add(ApiError.of(at, "cell.problem", problem, c.title(), r.label()));
                }
            }
        }
        t.columns().stream().filter(RuleTable.Column::isName).findFirst().ifPresent(c -> {
            for (RuleTable.Row r : t.rows()) {
                String at = SheetCells.at(t.sheet(), r.rowNum(), c.index());
                if (r.name().isEmpty()) {
                    errors.add(ApiError.of(at, "cell.noName", r.rowNum() + 1));
                } else if (!catalogue.has(Line.ruleIdOf(r.name()))) {
                    errors.add(ApiError.of(at, "cell.unknownId", Line.ruleIdOf(r.name())));
                }
            }
        });
    }

    static void drlRuleIds(RevisionFiles files, Catalogues catalogue, List<ApiError> errors) {
        files.files().forEach((name, bytes) -> {
            if (!RevisionFiles.isDrl(name)) {
                return;
            }
            String drl = new String(bytes, StandardCharsets.UTF_8);
            Matcher m = DRL_RULE.matcher(drl);
            while (m.find()) {
                String id = Line.ruleIdOf(m.group(1));
                if (!catalogue.has(id)) {
                    errors.add(ApiError.of(name + ":" + lineOf(drl, m.start(1)), "cell.unknownId", id));
                }
            }
        });
    }

    static void duplicateNames(RevisionFiles files, List<RuleTable> tables, List<ApiError> errors) {
        Map<String, String> seen = new HashMap<>();
        for (RuleTable t : tables) {
            t.columns().stream().filter(RuleTable.Column::isName).findFirst().ifPresent(c -> t.rows().forEach(r -> {
                String at = SheetCells.at(t.sheet(), r.rowNum(), c.index());
                String before = r.name().isEmpty() ? null : seen.putIfAbsent(r.name(), at);
                if (before != null) {
                    errors.add(ApiError.of(at, "cell.nameTwice", r.name(), before));
                }
            }));
        }
        files.files().forEach((name, bytes) -> {
            if (RevisionFiles.isDrl(name)) {
                String drl = new String(bytes, StandardCharsets.UTF_8);
                Matcher m = DRL_RULE.matcher(drl);
                while (m.find()) {
                    String at = name + ":" + lineOf(drl, m.start(1));
                    String before = seen.putIfAbsent(m.group(1), at);
                    if (before != null) {
                        errors.add(ApiError.of(at, "cell.drlNameTwice", m.group(1), before));
                    }
                }
            }
        });
    }

    private static boolean isBoolean(String v) {
        return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false");
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
