package com.aftersales.rules;

/**
 * The attendance revision edited as a policy admin may upload it, with the constraints that crash Drools
 * 10.2.0 once MVEL's JIT compiles them (apache/incubator-kie-drools#6711): the ATT-ABSENT-REPEAT prefix
 * match as first shipped ({@code ruleId str[startsWith] "ATT-ABSENT"}, beside the binding {@code $key}), and a
 * rule that matches every lateness line of a month by its rule-id prefix, with a binding, so that the
 * operator is evaluated far more than the JIT's threshold of ~20 times in any month of some size.
 */
public final class PrefixMatchingEdit {

    public static final String FILE = "absence.drl";
    static final String SHIPPED = "PriorOccurrence(ruleId.startsWith(\"ATT-ABSENT\"), ";
    static final String AS_FIRST_SHIPPED = "PriorOccurrence(ruleId str[startsWith] \"ATT-ABSENT\", ";
    static final String LATENESS_RULE = """

            // the month's lateness lines, picked by their rule-id prefix (kept for a report; the rule charges nothing)
            rule "ATT-ABSENT-DEF lateness lines are told apart from absence lines by their rule-id prefix"
                salience -200
            when
                Line(ruleId str[startsWith] "ATT-LATE", $amount: amount, $on: date)
            then
            end
            """;

    private PrefixMatchingEdit() {
    }

    /** The newest shipped attendance revision with both prefix matches. */
    public static RevisionEdits attendance() {
        RevisionEdits edits = RevisionEdits.latest("attendance").replace(FILE, SHIPPED, AS_FIRST_SHIPPED);
        String drl = new String(edits.revision().files().files().get(FILE), java.nio.charset.StandardCharsets.UTF_8);
        return edits.replace(FILE, drl, drl + LATENESS_RULE);
    }

    /** The edited absence.drl, as an upload carries it. */
    public static byte[] absenceDrl() {
        return attendance().revision().files().files().get(FILE);
    }
}
