package com.aftersales.explain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Why a line was charged: the rule and the clause of the handbook with its Chinese quote (and, when the
 * revision's amounts deliberately differ from those words, a note saying so), the revision that applied,
 * the records with their values, the values used and the arithmetic, and the whole in Chinese and English
 * sentences.
 */
public record Explanation(String lineId, String period, String employeeId, String ruleId, Text rule,
        String document, String clause, String quote, String textEn, Text deviation, String policy, String revision,
        String sha256, String effectiveFrom, String direction, String component, String amount, String date,
        List<RecordValues> records, List<UsedValue> values, String arithmetic, String note, Text explanation) {

    /** A text in Chinese and English. */
    public record Text(String zh, String en) {
    }

    /** A record the line rests on, with its stored fields. */
    public record RecordValues(String type, String id, JsonNode values) {
    }

    /** A value the rule used, labelled in both languages. */
    public record UsedValue(String name, Text label, String value) {
    }
}
