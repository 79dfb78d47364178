package com.aftersales.facts.input;

import java.time.LocalDate;

/**
 * An occurrence (次) counted in an earlier, already scored period, e.g. an absence run, so that
 * cumulative rules (ATT-ABSENT-REPEAT) can count over the whole employment.
 */
public final class PriorOccurrence {

    private final String ruleId;
    private final String key;
    private final LocalDate date;

    public PriorOccurrence(String ruleId, String key, LocalDate date) {
        this.ruleId = ruleId;
        this.key = key;
        this.date = date;
    }

    public String getRuleId() { return ruleId; }
    public String getKey() { return key; }
    public LocalDate getDate() { return date; }
}
