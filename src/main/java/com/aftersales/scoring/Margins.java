package com.aftersales.scoring;

import com.aftersales.facts.input.Params;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The days around a pay period whose records a month loads, derived from the parameters in force, so
 * that a run of days across the period's edges is seen whole: ATT-ABSENT-3 looks for
 * {@code P_SEPARATION_CONSECUTIVE_DAYS} consecutive scheduled work days, which lie at most that many
 * days plus a week of days off apart (the longest national holiday, 国庆) — 10 days with the shipped 3.
 * A larger parameter widens the margin instead of being cut off by it.
 */
public record Margins(LocalDate from, LocalDate to) {

    /** The parameter whose run of days the margin must hold. */
    public static final String RUN_DAYS = "P_SEPARATION_CONSECUTIVE_DAYS";
    /** The longest stretch of days off between two scheduled work days (the October holiday week). */
    static final int DAYS_OFF = 7;

    /** The margins of {@code period} under every set of parameters in force in it. */
    public static Margins of(YearMonth period, List<Params> inForce) {
        int run = inForce.stream().filter(p -> p.has(RUN_DAYS)).mapToInt(p -> p.integer(RUN_DAYS)).max().orElse(0);
        int days = run + DAYS_OFF;
        return new Margins(period.atDay(1).minusDays(days), period.atEndOfMonth().plusDays(days));
    }

    public boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(to) && !end.isBefore(from);
    }
}
