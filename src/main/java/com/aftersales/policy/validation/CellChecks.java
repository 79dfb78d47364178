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
                        errors.add(new ApiError(at, "\"" + v + "\" in the yes/no column \"" + c.title()
                                + "\": write true or false (or leave it empty for either)"));
                    }
                    continue;
                }
                String problem = c.unit().problem(v);
                if (problem != null) {
                    errors.add(new ApiError(at, problem + " (column \"" + c.title() + "\", " + r.label() + ")"));
                }
            }
        }
        t.columns().stream().filter(RuleTable.Column::isName).findFirst().ifPresent(c -> {
            for (RuleTable.Row r : t.rows()) {
                String at = SheetCells.at(t.sheet(), r.rowNum(), c.index());
                if (r.name().isEmpty()) {
                    errors.add(new ApiError(at, "row " + (r.rowNum() + 1) + " has no rule name: start it with the "
                            + "rule id, e.g. ATT-LATE-2 late by 6 to 15 minutes"));
                } else if (!catalogue.has(Line.ruleIdOf(r.name()))) {
                    errors.add(new ApiError(at, unknownId(Line.ruleIdOf(r.name()))));
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
                    errors.add(new ApiError(name + ":" + lineOf(drl, m.start(1)), unknownId(id)));
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
                    errors.add(new ApiError(at, "the rule name \"" + r.name() + "\" is used twice (also at " + before
                            + "): make the short sentence after the rule id different"));
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
                        errors.add(new ApiError(at, "the rule name \"" + m.group(1) + "\" is used twice (also at "
                                + before + ")"));
                    }
                }
            }
        });
    }

    private static String unknownId(String id) {
        return "the rule id " + id + " is not in the catalogue: add a row for it to the Catalogue sheet (rule id, "
                + "names, document, clause, 原文, English), or correct the id";
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
