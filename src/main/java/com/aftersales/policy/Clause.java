package com.aftersales.policy;

/**
 * One row of a revision's clause catalogue: the words an explanation gives for a rule id —
 * its names, the document and clause it comes from, the Chinese original and its English text.
 */
public record Clause(String ruleId, String nameZh, String nameEn, String document, String clause, String quote,
        String textEn) {
}
