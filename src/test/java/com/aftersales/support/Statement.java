package com.aftersales.support;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/**
 * One employee's statement as the API returns it, read for assertions: totals, and lines and flags
 * as short sentences ({@code "ATT-LATE-2 10.00 2024-11-05"}, {@code "REVIEW ATT-LATE-GAP 2024-11-19"}),
 * optionally only those of rules whose id starts with a prefix, so other policies' lines do not matter.
 */
public final class Statement {

    private final JsonPath json;

    private Statement(JsonPath json) {
        this.json = json;
    }

    /** Runs the period and reads the employee's statement. */
    public static Statement afterRun(String period, String employeeId) {
        Api.run(period);
        return of(period, employeeId);
    }

    /** Reads the employee's current statement of the period. */
    public static Statement of(String period, String employeeId) {
        return new Statement(Api.statement(period, employeeId).jsonPath());
    }

    public String deduct() {
        return json.getString("deduct");
    }

    public String pay() {
        return json.getString("pay");
    }

    public JsonPath json() {
        return json;
    }

    /** "ruleId amount date" of each line whose rule id starts with {@code prefix}. */
    public List<String> lines(String prefix) {
        List<Map<String, Object>> lines = json.getList("lines");
        return lines.stream().filter(l -> ((String) l.get("ruleId")).startsWith(prefix))
                .map(l -> l.get("ruleId") + " " + l.get("amount") + " " + l.get("date")).toList();
    }

    /** "code ruleId date" of each flag whose rule id starts with {@code prefix}. */
    public List<String> flags(String prefix) {
        List<Map<String, Object>> flags = json.getList("flags");
        return flags.stream().filter(f -> ((String) f.get("ruleId")).startsWith(prefix))
                .map(f -> f.get("code") + " " + f.get("ruleId") + " " + f.get("date")).toList();
    }

    /** The id of the first line of a rule. */
    public String lineId(String ruleId) {
        List<Map<String, Object>> lines = json.getList("lines");
        return lines.stream().filter(l -> ruleId.equals(l.get("ruleId"))).map(l -> (String) l.get("lineId"))
                .findFirst().orElseThrow(() -> new AssertionError("no line of " + ruleId + " in " + json.prettify()));
    }
}
