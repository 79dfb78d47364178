package com.aftersales.facts.input;

import java.time.LocalDate;

/**
 * An occurrence (次) counted in an earlier, already scored period, e.g. an absence run, or imported as
 * history from before the service ({@code record} names the imported occurrence record), so that
 * cumulative rules (ATT-ABSENT-REPEAT) can count over the whole employment.
 */
public final class PriorOccurrence {

    private final String ruleId;
    private final String key;
    private final LocalDate date;
    private final RecordRef record;

    public PriorOccurrence(String ruleId, String key, LocalDate date) {
        this(ruleId, key, date, null);
    }

    public PriorOccurrence(String ruleId, String key, LocalDate date, RecordRef record) {
        this.ruleId = ruleId;
        this.key = key;
        this.date = date;
        this.record = record;
    }

    /** An occurrence imported as history: its own record is the occurrence, keyed by that record. */
    public static PriorOccurrence imported(String ruleId, String recordId, LocalDate date) {
        return new PriorOccurrence(ruleId, "imported:" + recordId, date, RecordRef.of("occurrence", recordId));
    }

    public String getRuleId() { return ruleId; }
    public String getKey() { return key; }
    public LocalDate getDate() { return date; }
    /** The imported occurrence record, or null for an occurrence the service found in an earlier period. */
    public RecordRef getRecord() { return record; }
    public boolean isImported() { return record != null; }
}
