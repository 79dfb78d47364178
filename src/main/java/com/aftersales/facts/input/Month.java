package com.aftersales.facts.input;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The pay period being scored, and the part of it this session decides ({@code from}..{@code to}:
 * the whole month unless a revision takes effect mid-month). Lines dated outside it are dropped.
 */
public final class Month {

    private final YearMonth period;
    private final LocalDate from;
    private final LocalDate to;

    public Month(YearMonth period, LocalDate from, LocalDate to) {
        this.period = period;
        this.from = from;
        this.to = to;
    }

    public YearMonth getPeriod() { return period; }
    public LocalDate getFirstDay() { return period.atDay(1); }
    public LocalDate getLastDay() { return period.atEndOfMonth(); }
    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }

    public boolean contains(LocalDate d) {
        return !d.isBefore(getFirstDay()) && !d.isAfter(getLastDay());
    }
}
