package com.aftersales.policy.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code day} step of a test row: a rostered shift on the date and the clock punches given by
 * {@code in} and {@code out}, as {@code shift} and {@code punch} records. No punch makes an absent day.
 */
final class Days {

    private Days() {
    }

    static List<Scenario.Given> expand(String employee, LocalDate date, Map<String, Object> f, String scenario,
            String at) {
        if (employee == null || employee.isBlank()) {
            throw new IllegalArgumentException("the employee is missing");
        }
        String prefix = TestSheets.idOf(scenario) + "-" + employee + "-";
        List<Scenario.Given> out = new ArrayList<>();
        Map<String, Object> shift = new LinkedHashMap<>();
        shift.put("id", prefix + "S-" + date);
        shift.put("employeeId", employee);
        shift.put("date", date.toString());
        shift.put("start", f.getOrDefault("start", "08:30"));
        shift.put("end", f.getOrDefault("end", "17:30"));
        out.add(new Scenario.Given("shift", shift, at));
        for (String key : List.of("in", "out")) {
            Object time = f.get(key);
            if (time == null || time.toString().isBlank()) {
                continue;
            }
            String t = time.toString();
            LocalDate day = key.equals("out") && f.containsKey("outNextDay") ? date.plusDays(1) : date;
            Map<String, Object> punch = new LinkedHashMap<>();
            punch.put("id", prefix + "P-" + day + "T" + t.replace(":", ""));
            punch.put("employeeId", employee);
            punch.put("at", day + "T" + (t.length() == 5 ? t + ":00" : t));
            punch.put("source", f.getOrDefault("source", "FINGERPRINT"));
            out.add(new Scenario.Given("punch", punch, at));
        }
        for (String k : f.keySet()) {
            if (!List.of("in", "out", "start", "end", "source", "outNextDay").contains(k)) {
                throw new IllegalArgumentException("a day knows the fields in, out, start, end, source and outNextDay, "
                        + "not " + k);
            }
        }
        return out;
    }
}
