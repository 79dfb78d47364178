package com.aftersales.policy.scenario;

import java.time.format.DateTimeParseException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A scenario being collected from its rows of a Tests sheet: one step (row) at a time. */
final class ScenarioDraft {

    final String title;
    final String at;
    YearMonth period;
    boolean broken;
    final Map<String, Scenario.Person> people = new LinkedHashMap<>();
    final List<Scenario.Given> records = new ArrayList<>();
    final List<Scenario.Prior> priors = new ArrayList<>();
    final List<Scenario.Expected> expected = new ArrayList<>();
    final List<String> ignored = new ArrayList<>();

    ScenarioDraft(String title, String at) {
        this.title = title;
        this.at = at;
    }

    /**
     * Adds one row: {@code v} holds the cells in the order of {@link TestSheets#COLUMNS}; {@code amountAt}
     * locates the row's Amount cell, where a wrong expected amount is reported.
     */
    void step(String step, String[] v, String employee, String scenario, String rowAt, String amountAt) {
        switch (step) {
            case "employee" -> people.put(employee, person(employee, v, rowAt));
            case "record" -> records.add(new Scenario.Given(need(v[4], "the record kind in What"),
                    withEmployee(Fields.parse(v[7]), employee), rowAt));
            case "day" -> records.addAll(Days.expand(employee, date(v[5], true), Fields.parse(v[7]), scenario, rowAt));
            case "prior" -> priors.add(new Scenario.Prior(need(employee, "the employee"), need(v[4], "the rule id"),
                    date(v[5], true), Fields.parse(v[7]).getOrDefault("key", v[5]).toString(), rowAt));
            case "deduct", "pay" -> expected.add(new Scenario.Expected(Scenario.Kind.valueOf(step.toUpperCase(
                    Locale.ROOT)), need(employee, "the employee"), need(v[4], "the rule id"), date(v[5], false),
                    amount(v[6]), null, amountAt));
            case "flag" -> expected.add(new Scenario.Expected(Scenario.Kind.FLAG, need(employee, "the employee"),
                    need(v[4], "the flag code"), date(v[5], false), null, (String) Fields.parse(v[7]).get("rule"),
                    rowAt));
            case "ignore" -> ignored.add(need(v[4], "the rule id whose lines are not checked"));
            case "nothing" -> expected.add(new Scenario.Expected(Scenario.Kind.NOTHING, need(employee, "the employee"),
                    null, null, null, null, rowAt));
            default -> throw new IllegalArgumentException("unknown step \"" + v[3] + "\"; use employee, record, day, "
                    + "prior, deduct, pay, flag, nothing or ignore");
        }
    }

    /** Everyone the scenario names: declared, owning records or expectations. */
    List<String> employees() {
        Set<String> ids = new LinkedHashSet<>(people.keySet());
        records.forEach(g -> {
            Object e = g.fields().get("employeeId");
            if (e != null) {
                ids.add(e.toString());
            }
        });
        expected.forEach(x -> ids.add(x.employeeId()));
        return List.copyOf(ids);
    }

    static Scenario.Person person(String employee, String[] v, String at) {
        need(employee, "the employee");
        return new Scenario.Person(employee, Fields.strings(Fields.parse(v[7])), v[6].isEmpty() ? BigDecimal.ZERO
                : amount(v[6]), at);
    }

    private static Map<String, Object> withEmployee(Map<String, Object> fields, String employee) {
        if (!employee.isEmpty()) {
            fields.putIfAbsent("employeeId", employee);
        }
        return fields;
    }

    private static String need(String v, String what) {
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return v.trim();
    }

    private static LocalDate date(String v, boolean required) {
        if (v.isEmpty()) {
            if (required) {
                throw new IllegalArgumentException("the Date is missing");
            }
            return null;
        }
        try {
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + v + "\" is not a date (write 2024-11-04)");
        }
    }

    private static BigDecimal amount(String v) {
        try {
            return new BigDecimal(need(v, "the Amount"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the Amount \"" + v + "\" is not a number");
        }
    }
}
