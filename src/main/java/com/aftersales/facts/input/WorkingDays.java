package com.aftersales.facts.input;

import java.time.LocalDate;
import java.util.function.BiFunction;

/**
 * The business calendar as rules see it (G-8): working days after a date, the date being day 0.
 * Which days are working days is the configured calendar's (PUT /api/calendar/{year}).
 */
public final class WorkingDays {

    public static final String WORKING = "WORKING";
    public static final String CALENDAR = "CALENDAR";

    private final BiFunction<LocalDate, Integer, LocalDate> addWorkingDays;

    public WorkingDays(BiFunction<LocalDate, Integer, LocalDate> addWorkingDays) {
        this.addWorkingDays = addWorkingDays;
    }

    /** The date {@code n} working days after {@code start}. */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        return addWorkingDays.apply(start, n);
    }

    /** {@code n} days after {@code start}, counted in WORKING or CALENDAR days (P_SECOND_VISIT_DAY_UNIT). */
    public LocalDate add(LocalDate start, int n, String unit) {
        return switch (unit.trim()) {
            case WORKING -> addWorkingDays(start, n);
            case CALENDAR -> start.plusDays(n);
            default -> throw new IllegalArgumentException("unknown day unit " + unit + " (WORKING or CALENDAR)");
        };
    }
}
