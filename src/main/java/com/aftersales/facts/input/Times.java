package com.aftersales.facts.input;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** Null-tolerant time helpers for facts: minute truncation (G-2), the date and month of a time. */
public final class Times {

    private Times() {
    }

    public static LocalDateTime minute(LocalDateTime t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MINUTES);
    }

    public static LocalDate date(LocalDateTime t) {
        return t == null ? null : t.toLocalDate();
    }

    public static YearMonth month(LocalDateTime t) {
        return t == null ? null : YearMonth.from(t);
    }

    /** A duration in whole minutes written "30 h 00 min". */
    public static String hours(long minutes) {
        return String.format("%d h %02d min", minutes / 60, minutes % 60);
    }
}
