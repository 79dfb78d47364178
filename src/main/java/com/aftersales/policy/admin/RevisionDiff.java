package com.aftersales.policy.admin;

import com.aftersales.policy.RevisionFiles;
import com.aftersales.policy.SheetCells;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The differences between two revisions of a policy: files added or removed, changed cells of the
 * workbooks (sheet, cell, old value, new value; formulas by value) and changed lines of text files.
 * Plain Java.
 */
public final class RevisionDiff {

    private RevisionDiff() {
    }

    /** GET .../diff. */
    public record Result(String policyId, String revision, String against, List<FileChange> files,
            List<CellChange> cells, List<LineChange> lines) {
    }

    /** A file and how it changed: ADDED, REMOVED, CHANGED or SAME. */
    public record FileChange(String name, String change) {
    }

    /** A cell whose value differs; null for an empty cell. */
    public record CellChange(String file, String sheet, String cell, String before, String after) {
    }

    /** A line removed from (oldLine) or added to (newLine) a text file. */
    public record LineChange(String file, String change, Integer oldLine, Integer newLine, String text) {
    }

    public static Result diff(String policyId, String revision, String against, RevisionFiles before,
            RevisionFiles after) {
        Set<String> names = new TreeSet<>(before.files().keySet());
        names.addAll(after.files().keySet());
        List<FileChange> files = new ArrayList<>();
        List<CellChange> cells = new ArrayList<>();
        List<LineChange> lines = new ArrayList<>();
        for (String n : names) {
            byte[] b = before.files().get(n);
            byte[] a = after.files().get(n);
            String change = b == null ? "ADDED" : a == null ? "REMOVED" : java.util.Arrays.equals(a, b) ? "SAME"
                    : "CHANGED";
            files.add(new FileChange(n, change));
            if (change.equals("SAME")) {
                continue;
            }
            if (n.endsWith(".xlsx")) {
                cells.addAll(cells(n, b, a));
            } else {
                lines.addAll(lines(n, b, a));
            }
        }
        return new Result(policyId, revision, against, files, cells, lines);
    }

    static List<CellChange> cells(String file, byte[] before, byte[] after) {
        Map<String, Map<String, String>> b = values(before);
        Map<String, Map<String, String>> a = values(after);
        Set<String> sheets = new TreeSet<>(b.keySet());
        sheets.addAll(a.keySet());
        List<CellChange> out = new ArrayList<>();
        for (String sheet : sheets) {
            Map<String, String> sb = b.getOrDefault(sheet, Map.of());
            Map<String, String> sa = a.getOrDefault(sheet, Map.of());
            Set<String> refs = new TreeSet<>(RevisionDiff::byPosition);
            refs.addAll(sb.keySet());
            refs.addAll(sa.keySet());
            for (String ref : refs) {
                String x = sb.get(ref);
                String y = sa.get(ref);
                if (x == null ? y != null : !x.equals(y)) {
                    out.add(new CellChange(file, sheet, ref, x, y));
                }
            }
        }
        return out;
    }

    private static int byPosition(String x, String y) {
        org.apache.poi.ss.util.CellReference a = new org.apache.poi.ss.util.CellReference(x);
        org.apache.poi.ss.util.CellReference b = new org.apache.poi.ss.util.CellReference(y);
        return a.getRow() != b.getRow() ? Integer.compare(a.getRow(), b.getRow()) : Integer.compare(a.getCol(), b.getCol());
    }

    /** Sheet → cell → value as shown (formulas as "=F (value)"). Unreadable or missing: no cells. */
    private static Map<String, Map<String, String>> values(byte[] bytes) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        if (bytes == null) {
            return out;
        }
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : wb) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (Row row : sheet) {
                    for (Cell c : row) {
                        String v = SheetCells.text(c, eval);
                        if (SheetCells.isFormula(c)) {
                            v = "=" + c.getCellFormula() + " (" + v + ")";
                        }
                        if (!v.isEmpty()) {
                            cells.put(c.getAddress().formatAsString(), v);
                        }
                    }
                }
                out.put(sheet.getSheetName(), cells);
            }
        } catch (Exception e) {
            out.put("(unreadable)", Map.of("A1", String.valueOf(e.getMessage())));
        }
        return out;
    }

    /** A line diff by longest common subsequence (files of a few thousand lines). */
    static List<LineChange> lines(String file, byte[] before, byte[] after) {
        String[] a = split(before);
        String[] b = split(after);
        if ((long) a.length * b.length > 25_000_000L) {
            return List.of(new LineChange(file, "CHANGED", null, null, "the files are too long to compare line by line"));
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<LineChange> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new LineChange(file, "REMOVED", i + 1, null, a[i]));
                i++;
            } else {
                out.add(new LineChange(file, "ADDED", null, j + 1, b[j]));
                j++;
            }
        }
        return out;
    }

    private static String[] split(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new String[0];
        }
        return new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1);
    }
}
