package com.aftersales.policy.scenario;

import java.time.DateTimeException;
import java.io.UncheckedIOException;
import com.aftersales.policy.Spreadsheets;
import com.aftersales.policy.RevisionFiles;
import com.aftersales.policy.SheetCells;
import com.aftersales.problem.ApiError;
import java.io.IOException;
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
    private final Map<String, ScenarioDraft> drafts = new LinkedHashMap<>();
    private final Map<String, Scenario.Person> shared = new LinkedHashMap<>();
    /** Rules no scenario of the revision checks ({@code *} rows with step {@code ignore}). */
    private final java.util.Set<String> sharedIgnored = new java.util.TreeSet<>();

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
        try (Workbook wb = Spreadsheets.open(bytes)) {
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : wb) {
                if (sheet.getSheetName().startsWith(PREFIX)) {
                    readSheet(sheet, eval);
                }
            }
        } catch (Spreadsheets.Unreadable e) {
            // an unreadable workbook is reported by the workbook checks
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
                if (step.equals("ignore")) {
                    if (v[4] == null || v[4].isBlank()) {
                        throw new IllegalArgumentException("an ignore row needs the rule id in What");
                    }
                    sharedIgnored.add(v[4].trim());
                    return;
                }
                if (!step.equals("employee")) {
                    throw new IllegalArgumentException("rows of scenario * may only declare employees or ignore a rule");
                }
                shared.put(employee, ScenarioDraft.person(employee, v, at));
                return;
            }
            ScenarioDraft d = drafts.computeIfAbsent(scenario, x -> new ScenarioDraft(x, at));
            if (d.period == null && period != null) {
                d.period = YearMonth.parse(period.length() > 7 ? period.substring(0, 7) : period);
            }
            d.step(step, v, employee, scenario, at, SheetCells.at(sheet, r, col[6] < 0 ? col[3] : col[6]));
        } catch (IllegalArgumentException | DateTimeException e) {
            errors.add(new ApiError(at, "scenario " + idOf(scenario) + ": " + e.getMessage()));
            ScenarioDraft d = drafts.get(scenario);
            if (d != null) {
                d.broken = true;
            }
        }
    }

    private Parsed finish() {
        List<Scenario> out = new ArrayList<>();
        for (ScenarioDraft d : drafts.values()) {
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
                    d.expected, ignored(d)));
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

    private List<String> ignored(ScenarioDraft d) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(d.ignored);
        all.addAll(sharedIgnored);
        return List.copyOf(all);
    }

    static String idOf(String title) {
        int space = title.indexOf(' ');
        return space < 0 ? title : title.substring(0, space);
    }

}
