package com.aftersales.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The business calendar over some years (G-8): a working day is Monday to Friday minus public
 * holidays plus make-up working days; peak season and blackout periods as configured.
 */
public final class WorkCalendar {

    private final Map<Integer, CalendarYear> years;
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> makeUp = new HashSet<>();

    public WorkCalendar(Map<Integer, CalendarYear> years) {
        this.years = new TreeMap<>(years);
        years.values().forEach(y -> {
            holidays.addAll(y.holidays());
            makeUp.addAll(y.makeUpWorkdays());
        });
    }

    public boolean isHoliday(LocalDate d) {
        return holidays.contains(d);
    }

    public boolean isMakeUpWorkday(LocalDate d) {
        return makeUp.contains(d);
    }

    public boolean isWorkingDay(LocalDate d) {
        if (makeUp.contains(d)) {
            return true;
        }
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !holidays.contains(d);
    }

    /** The date {@code n} working days after {@code start}, which is day 0 (VISIT-FIRST-DEADLINE). */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        LocalDate d = start;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** Peak season (旺季); a range set in one year's calendar may run into the next. */
    public boolean isPeakSeason(LocalDate d) {
        return years.values().stream().flatMap(y -> y.peakSeason().stream()).anyMatch(r -> r.contains(d));
    }

    /** The blackout period (五一, 国庆, 元旦, company events) containing {@code d}, if any. */
    public Optional<DateRange> blackoutOn(LocalDate d) {
        return years.values().stream().flatMap(y -> y.blackout().stream()).filter(r -> r.contains(d)).findFirst();
    }

    public List<Integer> years() {
        return List.copyOf(years.keySet());
    }
}
