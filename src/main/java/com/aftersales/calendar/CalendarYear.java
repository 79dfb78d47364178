package com.aftersales.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * One year of the business calendar as API.md shows it: public holidays off, make-up working days,
 * peak season (旺季) and blackout periods in which rest days may not be scheduled.
 */
public record CalendarYear(Integer year, @NotNull List<@NotNull LocalDate> holidays,
        @NotNull List<@NotNull LocalDate> makeUpWorkdays, @NotNull List<@Valid DateRange> peakSeason,
        @NotNull List<@Valid DateRange> blackout) {

    public CalendarYear {
        holidays = holidays == null ? List.of() : holidays.stream().sorted().distinct().toList();
        makeUpWorkdays = makeUpWorkdays == null ? List.of() : makeUpWorkdays.stream().sorted().distinct().toList();
        peakSeason = peakSeason == null ? List.of() : List.copyOf(peakSeason);
        blackout = blackout == null ? List.of() : List.copyOf(blackout);
    }

    public static CalendarYear empty(int year) {
        return new CalendarYear(year, List.of(), List.of(), List.of(), List.of());
    }

    public CalendarYear withYear(int y) {
        return new CalendarYear(y, holidays, makeUpWorkdays, peakSeason, blackout);
    }
}
