package com.aftersales.support;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Reads statements for service tests: run a month, then the lines of one employee by rule. */
public final class Statements {

    private Statements() {
    }

    /** Runs the period and returns the employee's statement. */
    public static JsonPath runAndRead(String period, String employee) {
        Api.run(period);
        return read(period, employee);
    }

    public static JsonPath read(String period, String employee) {
        return Api.statement(period, employee).jsonPath();
    }

    /** "RULE-ID DIRECTION COMPONENT amount" of every line, in statement order. */
    public static List<String> lines(JsonPath s) {
        List<Map<String, Object>> lines = s.getList("lines");
        return lines.stream().map(l -> l.get("ruleId") + " " + l.get("direction") + " " + l.get("component") + " "
                + l.get("amount")).toList();
    }

    /** "CODE RULE-ID" of every flag. */
    public static List<String> flags(JsonPath s) {
        List<Map<String, Object>> flags = s.getList("flags");
        return flags.stream().map(f -> f.get("code") + " " + f.get("ruleId")).toList();
    }

    /** The sum of the amounts of the lines in one direction. */
    public static BigDecimal sum(JsonPath s, String direction) {
        List<Map<String, Object>> lines = s.getList("lines");
        return lines.stream().filter(l -> direction.equals(l.get("direction")))
                .map(l -> new BigDecimal((String) l.get("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
