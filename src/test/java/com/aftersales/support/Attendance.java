package com.aftersales.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one employee's roster and clock punches for service tests, then posts them:
 * {@code Attendance.of("WANG").worked("2024-11-04", "08:35:48", "17:30").absent("2024-11-05").post()}.
 * Only the days named are rostered, so the rest of the month is not scheduled.
 */
public final class Attendance {

    private final String employee;
    private final List<Map<String, Object>> shifts = new ArrayList<>();
    private final List<Map<String, Object>> punches = new ArrayList<>();

    private Attendance(String employee) {
        this.employee = employee;
    }

    public static Attendance of(String employee) {
        return new Attendance(employee);
    }

    /** A rostered 08:30–17:30 day with a clock-in and a clock-out. */
    public Attendance worked(String date, String in, String out) {
        shift(date);
        punch(date + "T" + in);
        punch(date + "T" + out);
        return this;
    }

    /** A rostered day with only a clock-in. */
    public Attendance clockedInOnly(String date, String in) {
        shift(date);
        punch(date + "T" + in);
        return this;
    }

    /** A rostered day with no punch. */
    public Attendance absent(String date) {
        shift(date);
        return this;
    }

    public Attendance shift(String date) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", employee + "-S-" + date);
        s.put("employeeId", employee);
        s.put("date", date);
        s.put("start", "08:30");
        s.put("end", "17:30");
        shifts.add(s);
        return this;
    }

    /** A rostered day on the sign-in sheet (登记考勤) instead of the fingerprint machine. */
    public Attendance signedIn(String date, String in, String out) {
        shift(date);
        punch(date + "T" + in, "SIGN_IN");
        punch(date + "T" + out, "SIGN_IN");
        return this;
    }

    public Attendance punch(String at) {
        return punch(at, "FINGERPRINT");
    }

    public Attendance punch(String at, String source) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", employee + "-P-" + at.replace(":", ""));
        p.put("employeeId", employee);
        p.put("at", at);
        p.put("source", source);
        punches.add(p);
        return this;
    }

    public void post() {
        if (!shifts.isEmpty()) {
            Api.records("/api/shifts", shifts);
        }
        if (!punches.isEmpty()) {
            Api.records("/api/punches", punches);
        }
    }
}
