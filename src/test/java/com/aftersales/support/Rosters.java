package com.aftersales.support;

/**
 * Keeps attendance out of a service test about something else: gives each employee a roster of one
 * punctual day, so no other day of the month is a scheduled work day (and none is absenteeism).
 */
public final class Rosters {

    private Rosters() {
    }

    public static void oneOnTimeDay(String date, String... employees) {
        for (String e : employees) {
            Attendance.of(e).worked(date, "08:30", "17:30").post();
        }
    }
}
