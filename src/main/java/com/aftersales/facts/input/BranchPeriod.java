package com.aftersales.facts.input;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The branch-month being scored for the visit KPI (one per session), and the day it is scored:
 * a deadline not yet passed on {@code asOf} with nothing done is pending, not missed.
 */
public final class BranchPeriod {

    private final String branch;
    private final YearMonth period;
    private final LocalDate asOf;

    public BranchPeriod(String branch, YearMonth period, LocalDate asOf) {
        this.branch = branch;
        this.period = period;
        this.asOf = asOf;
    }

    public String getBranch() { return branch; }
    public YearMonth getPeriod() { return period; }
    public LocalDate getAsOf() { return asOf; }
    public LocalDate getFirstDay() { return period.atDay(1); }
    public LocalDate getLastDay() { return period.atEndOfMonth(); }

    @Override
    public String toString() {
        return "BranchPeriod " + branch + " " + period + " as of " + asOf;
    }
}
