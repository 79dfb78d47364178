package com.aftersales.facts.input;

import java.time.YearMonth;

/** The sales transactions of a branch in a month: the population VISIT-SCOPE-SALES samples. */
public final class SalesVolume {

    private final String id;
    private final String branch;
    private final YearMonth period;
    private final int transactions;

    public SalesVolume(String id, String branch, YearMonth period, int transactions) {
        this.id = id;
        this.branch = branch;
        this.period = period;
        this.transactions = transactions;
    }

    public String getId() { return id; }
    public String getBranch() { return branch; }
    public YearMonth getPeriod() { return period; }
    public int getTransactions() { return transactions; }

    public RecordRef getRef() {
        return RecordRef.of("salesVolume", id);
    }
}
