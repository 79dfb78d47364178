package com.aftersales.policy.scenario;

import com.aftersales.policy.RevisionFiles;
import com.aftersales.policy.SheetCells;
import com.aftersales.web.ApiError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the test scenarios of a revision: every sheet whose name starts with {@code Tests} in its
 * workbooks (layout in docs/rules-authoring.md, "Test scenarios"). Rows of scenario {@code *} declare
 * people every scenario may use. Problems of form are located errors; whether the rules meet the
 * expectations is for {@link ScenarioRunner}.
 */
public final class TestSheets {

    public static final String PREFIX = "Tests";
    static final String[] COLUMNS = {"scenario", "period", "employee", "step", "what", "date", "amount", "fields"};

    private final List<ApiError> errors = new ArrayList<>();
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final Map<String, Scenario.Person> shared = new LinkedHashMap<>();

    /** The scenarios of a revision and the problems found reading them. */
    public record Parsed(List<Scenario> scenarios, List<ApiError> errors) {
    }

    public static Parsed read(RevisionFiles files) {
        TestSheets t = new TestSheets();
        files.files().forEach((name, bytes) -> {
            if (RevisionFiles.isDecisionTable(name)) {
                t.readWorkbook(name, bytes);
            }
        });
        return t.finish();
    }

    private void readWorkbook(String file, byte[] bytes) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : wb) {
                if (sheet.getSheetName().startsWith(PREFIX)) {
                    readSheet(sheet, eval);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable workbook is reported by the workbook checks
        }
    }

    private void readSheet(Sheet sheet, FormulaEvaluator eval) {
        String name = sheet.getSheetName();
        int[] col = null;
        String scenario = null;
        String period = null;
        for (Row row : sheet) {
            if (col == null) {
                col = header(row, eval);
                continue;
            }
            String[] v = new String[COLUMNS.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = SheetCells.text(row, col[i], eval);
            }
            if (String.join("", v).isBlank()) {
                continue;
            }
            String at = SheetCells.at(name, row.getRowNum(), col[3] < 0 ? 0 : col[3]);
            if (!v[0].isEmpty()) {
                if (!v[0].equals(scenario)) {
                    period = null;
                }
                scenario = v[0];
            }
            if (!v[1].isEmpty()) {
                period = v[1];
            }
            if (scenario == null) {
                errors.add(new ApiError(SheetCells.at(name, row.getRowNum(), col[0]), "this row belongs to no scenario: "
                        + "write the scenario's id and title in the Scenario column"));
                continue;
            }
            row(name, row.getRowNum(), col, scenario, period, v, at);
        }
        if (col == null) {
            errors.add(new ApiError(name + "!A1", "the sheet has no header row (Scenario, Period, Employee, Step, What, "
                    + "Date, Amount, Fields)"));
        }
    }

    private int[] header(Row row, FormulaEvaluator eval) {
        int[] col = new int[COLUMNS.length];
        java.util.Arrays.fill(col, -1);
        for (Cell c : row) {
            String h = SheetCells.text(c, eval).toLowerCase(Locale.ROOT);
            for (int i = 0; i < COLUMNS.length; i++) {
                if (col[i] < 0 && h.startsWith(COLUMNS[i])) {
                    col[i] = c.getColumnIndex();
                }
            }
        }
        return col[0] < 0 || col[3] < 0 ? null : col;
    }

    private void row(String sheet, int r, int[] col, String scenario, String period, String[] v, String at) {
        String step = v[3].toLowerCase(Locale.ROOT);
        String employee = v[2];
        try {
            if (scenario.equals("*")) {
                if (!step.equals("employee")) {
                    throw new IllegalArgumentException("rows of scenario * may only declare employees");
                }
                shared.put(employee, person(employee, v, at));
                return;
            }
            Draft d = drafts.computeIfAbsent(scenario, s -> new Draft(s, at));
            if (d.period == null && period != null) {
                d.period = YearMonth.parse(period.length() > 7 ? period.substring(0, 7) : period);
            }
            switch (step) {
                case "employee" -> d.people.put(employee, person(employee, v, at));
                case "record" -> d.records.add(new Scenario.Given(need(v[4], "the record kind in What"),
                        withEmployee(Fields.parse(v[7]), employee), at));
                case "day" -> d.records.addAll(Days.expand(employee, date(v[5], true), Fields.parse(v[7]), scenario, at));
                case "prior" -> d.priors.add(new Scenario.Prior(need(employee, "the employee"), need(v[4], "the rule id"),
                        date(v[5], true), Fields.parse(v[7]).getOrDefault("key", v[5]).toString(), at));
                case "deduct", "pay" -> d.expected.add(new Scenario.Expected(Scenario.Kind.valueOf(step.toUpperCase(
                        Locale.ROOT)), need(employee, "the employee"), need(v[4], "the rule id"), date(v[5], false),
                        amount(v[6]), null, SheetCells.at(sheet, r, col[6] < 0 ? col[3] : col[6])));
                case "flag" -> d.expected.add(new Scenario.Expected(Scenario.Kind.FLAG, need(employee, "the employee"),
                        need(v[4], "the flag code"), date(v[5], false), null,
                        (String) Fields.parse(v[7]).get("rule"), at));
                case "nothing" -> d.expected.add(new Scenario.Expected(Scenario.Kind.NOTHING,
                        need(employee, "the employee"), null, null, null, null, at));
                default -> throw new IllegalArgumentException("unknown step \"" + v[3] + "\"; use employee, record, day, "
                        + "prior, deduct, pay, flag or nothing");
            }
        } catch (RuntimeException e) {
            errors.add(new ApiError(at, "scenario " + idOf(scenario) + ": " + e.getMessage()));
            Draft d = drafts.get(scenario);
            if (d != null) {
                d.broken = true;
            }
        }
    }

    private Parsed finish() {
        List<Scenario> out = new ArrayList<>();
        for (Draft d : drafts.values()) {
            String id = idOf(d.title);
            if (d.broken) {
                continue;
            }
            if (d.period == null) {
                errors.add(new ApiError(d.at, "scenario " + id + " has no Period (the month scored, e.g. 2024-11)"));
                continue;
            }
            if (d.expected.isEmpty()) {
                errors.add(new ApiError(d.at, "scenario " + id + " expects nothing: add deduct, pay, flag or nothing rows"));
                continue;
            }
            Map<String, Scenario.Person> people = new LinkedHashMap<>();
            for (String e : d.employees()) {
                Scenario.Person p = d.people.containsKey(e) ? d.people.get(e) : shared.get(e);
                if (p == null) {
                    errors.add(new ApiError(d.at, "scenario " + id + " names employee " + e + ", who is declared "
                            + "neither in the scenario nor in a row of scenario *"));
                } else {
                    people.put(e, p);
                }
            }
            out.add(new Scenario(id, d.title, d.at, d.period, List.copyOf(people.values()), d.records, d.priors,
                    d.expected));
        }
        long distinct = out.stream().map(Scenario::id).distinct().count();
        if (distinct < out.size()) {
            out.stream().collect(java.util.stream.Collectors.groupingBy(Scenario::id)).forEach((id, list) -> {
                if (list.size() > 1) {
                    errors.add(new ApiError(list.get(1).at(), "scenario id " + id + " is used twice (also at "
                            + list.get(0).at() + ")"));
                }
            });
        }
        return new Parsed(out, errors);
    }

    static String idOf(String title) {
        int space = title.indexOf(' ');
        return space < 0 ? title : title.substring(0, space);
    }

    private static Scenario.Person person(String employee, String[] v, String at) {
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
        } catch (RuntimeException e) {
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

    /** A scenario being collected from its rows. */
    private static final class Draft {
        final String title;
        final String at;
        YearMonth period;
        boolean broken;
        final Map<String, Scenario.Person> people = new LinkedHashMap<>();
        final List<Scenario.Given> records = new ArrayList<>();
        final List<Scenario.Prior> priors = new ArrayList<>();
        final List<Scenario.Expected> expected = new ArrayList<>();

        Draft(String title, String at) {
            this.title = title;
            this.at = at;
        }

        /** Everyone the scenario names: declared, owning records or expectations. */
        List<String> employees() {
            java.util.Set<String> ids = new java.util.LinkedHashSet<>(people.keySet());
            records.forEach(g -> {
                Object e = g.fields().get("employeeId");
                if (e != null) {
                    ids.add(e.toString());
                }
            });
            expected.forEach(x -> ids.add(x.employeeId()));
            return List.copyOf(ids);
        }
    }
}
