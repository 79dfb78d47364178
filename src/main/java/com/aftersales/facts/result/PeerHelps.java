package com.aftersales.facts.result;

import com.aftersales.facts.input.RecordRef;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The helps to colleagues an employee was commended for in one month (BONUS-PEER-HELP, A-26):
 * those with the manager's statement and those still without it.
 */
public final class PeerHelps {

    private final YearMonth month;
    private final int helps;
    private final int unstated;
    private final List<RecordRef> records;

    public PeerHelps(YearMonth month, Number helps, Number unstated, Collection<?> records) {
        this.month = month;
        this.helps = helps == null ? 0 : helps.intValue();
        this.unstated = unstated == null ? 0 : unstated.intValue();
        TreeSet<RecordRef> refs = new TreeSet<>();
        records.forEach(r -> refs.add((RecordRef) r));
        this.records = List.copyOf(new ArrayList<>(refs));
    }

    public YearMonth getMonth() { return month; }
    /** Helps with the manager's statement submitted. */
    public int getHelps() { return helps; }
    /** Helps whose statement is still missing. */
    public int getUnstated() { return unstated; }
    public List<RecordRef> getRecords() { return records; }

    @Override
    public String toString() {
        return "PeerHelps " + month + " " + helps + " (+" + unstated + " without statement)";
    }
}
