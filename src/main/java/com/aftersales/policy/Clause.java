package com.aftersales.policy;

import java.util.List;

/**
 * One row of a revision's clause catalogue: the words an explanation gives for a rule id —
 * its names, the document and clause it comes from, the Chinese original and its English text —
 * the table cells that quote speaks about ({@code Lateness!E12}), and the admin's note when those
 * cells deliberately differ from the handbook's words (a confirmed deviation), else empty.
 */
public record Clause(String ruleId, String nameZh, String nameEn, String document, String clause, String quote,
        String textEn, List<String> cells, String deviation) {

    public Clause {
        cells = cells == null ? List.of() : List.copyOf(cells);
        deviation = deviation == null ? "" : deviation;
    }

    public Clause(String ruleId, String nameZh, String nameEn, String document, String clause, String quote,
            String textEn) {
        this(ruleId, nameZh, nameEn, document, clause, quote, textEn, List.of(), "");
    }

    /** Whether an admin confirmed that the amounts differ from the quote. */
    public boolean deviates() {
        return !deviation.isBlank();
    }

    /** The references of a Cells cell: "Lateness!E12, Lateness!B12" (commas, semicolons or new lines). */
    public static List<String> cellList(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split("[,;，；\\n]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
