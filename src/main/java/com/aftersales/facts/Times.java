package com.aftersales.facts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** Null-tolerant time helpers for facts: minute truncation (G-2), the date and month of a time. */
final class Times {

    private Times() {
    }

    static LocalDateTime minute(LocalDateTime t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MINUTES);
    }

    static LocalDate date(LocalDateTime t) {
        return t == null ? null : t.toLocalDate();
    }

    static YearMonth month(LocalDateTime t) {
        return t == null ? null : YearMonth.from(t);
    }

    /** A duration in whole minutes written "30 h 00 min". */
    static String hours(long minutes) {
        return String.format("%d h %02d min", minutes / 60, minutes % 60);
    }
}
