package com.aftersales.calendar;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** An inclusive range of dates, optionally named (a blackout period's name). */
public record DateRange(@NotNull LocalDate from, @NotNull LocalDate to, String name) {

    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
