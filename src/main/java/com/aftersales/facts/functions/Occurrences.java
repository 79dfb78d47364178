package com.aftersales.facts.functions;

import java.time.LocalDate;

/** Which earlier occurrences a cumulative count includes (P_ABSENT_REPEAT_WINDOW, A-5). */
public final class Occurrences {

    public static final String EMPLOYMENT = "EMPLOYMENT";
    public static final String CALENDAR_YEAR = "CALENDAR_YEAR";
    public static final String ROLLING_12M = "ROLLING_12M";

    private Occurrences() {
    }

    /** Whether an occurrence on {@code earlier} counts together with one on {@code current}. */
    public static boolean inWindow(LocalDate earlier, LocalDate current, String window) {
        return switch (window.trim()) {
            case EMPLOYMENT -> true;
            case CALENDAR_YEAR -> earlier.getYear() == current.getYear();
            case ROLLING_12M -> earlier.isAfter(current.minusMonths(12));
            default -> throw new IllegalArgumentException("unknown occurrence window " + window);
        };
    }
}
