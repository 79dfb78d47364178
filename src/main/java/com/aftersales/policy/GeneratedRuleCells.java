package com.aftersales.policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.drools.template.model.SnippetBuilder;

/**
 * Finds the spreadsheet cell a compile error of a generated rule comes from. The decision-table
 * compiler marks each rule with the row it was generated from ("rule values at A11, header at A5") and
 * writes each CONDITION and ACTION cell as its column's code snippet with the value put in; the same
 * substitution ({@link SnippetBuilder}) done here gives each cell's text, and the cell whose text covers
 * the error's line and position is the one to fix. When no cell's text can be found, the row's first
 * cell stands for the row.
 */
final class GeneratedRuleCells {

    private static final Pattern RULE_COMMENT =
            Pattern.compile("//\\s*rule values at ([A-Z]+)([0-9]+)(?:,\\s*header at ([A-Z]+)([0-9]+))?");
    private static final Pattern POSITION = Pattern.compile("Line (\\d+):(\\d+)");

    private GeneratedRuleCells() {
    }

    /** Where an error is: the cell (e.g. {@code B11}) and the 1-based line of the generated DRL. */
    record Location(String cell, int line) {
    }

    /**
     * The cell of the error at {@code line} of the DRL generated from {@code sheet}; an error without a
     * line (the analysis of an expression) is found by the cell text its message quotes.
     */
    static Location locate(byte[] workbook, String sheet, String drl, int line, String message) {
        String[] lines = drl.split("\n", -1);
        String text = message == null ? "" : message;
        int at = line;
        int column = -1;
        Matcher pos = POSITION.matcher(text);
        if (pos.find()) {
            at = Integer.parseInt(pos.group(1));
            column = Integer.parseInt(pos.group(2));
        }
        if (at < 1) {
            return quoted(workbook, sheet, lines, text);
        }
        int index = Math.min(at - 1, lines.length - 1);
        int commentLine = -1;
        Matcher rule = null;
        for (int i = index; i >= 0 && rule == null; i--) {
            Matcher m = RULE_COMMENT.matcher(lines[i]);
            if (m.find()) {
                rule = m;
                commentLine = i;
            }
        }
        if (rule == null) {
            return new Location("A1", index + 1);
        }
        List<Snippet> cells = snippets(workbook, sheet, rule);
        // the error's own line first, then the lines above it back to the rule: a cell that leaves a pattern
        // open is often reported on a later line ("mismatched input 'then'")
        for (int i = index; i > commentLine; i--) {
            Integer found = cellOn(lines[i], i == index ? column : Integer.MAX_VALUE, cells);
            if (found != null) {
                return new Location(cell(rule, found), i + 1);
            }
        }
        return new Location(rowCell(rule), index + 1);
    }

    /** The rule whose cell text the message quotes, e.g. "Unable to Analyse Expression minutes > x". */
    private static Location quoted(byte[] workbook, String sheet, String[] lines, String message) {
        String flat = message.replaceAll("\\s+", " ");
        for (int i = 0; i < lines.length; i++) {
            Matcher rule = RULE_COMMENT.matcher(lines[i]);
            if (!rule.find()) {
                continue;
            }
            for (Snippet s : snippets(workbook, sheet, rule)) {
                if (flat.contains(s.text().replaceAll("\\s+", " "))) {
                    for (int j = i + 1; j < lines.length && !lines[j].startsWith("end"); j++) {
                        if (lines[j].contains(s.text())) {
                            return new Location(cell(rule, s.column()), j + 1);
                        }
                    }
                    return new Location(cell(rule, s.column()), i + 1);
                }
            }
        }
        return new Location("A1", 1);
    }

    private static String rowCell(Matcher rule) {
        return rule.group(1) + rule.group(2);
    }

    private static String cell(Matcher rule, int column) {
        return new CellReference(Integer.parseInt(rule.group(2)) - 1, column).formatAsString(false);
    }

    /** The column whose text on {@code line} covers {@code position}, else the last one before it. */
    private static Integer cellOn(String line, int position, List<Snippet> cells) {
        Integer best = null;
        int from = 0;
        for (Snippet s : cells) {
            int start = line.indexOf(s.text(), from);
            if (start < 0) {
                continue;
            }
            int end = start + s.text().length();
            if (position >= 0 && position >= start && position <= end) {
                return s.column();
            }
            if (position < 0 || start <= position) {
                best = s.column();
            }
            from = end;
        }
        return best;
    }

    /** The text of each CONDITION and ACTION cell of the rule's row, as the compiler writes it. */
    private static List<Snippet> snippets(byte[] workbook, String sheetName, Matcher rule) {
        List<Snippet> out = new ArrayList<>();
        if (workbook == null || rule.group(4) == null) {
            return out;
        }
        int valuesRow = Integer.parseInt(rule.group(2)) - 1;
        int headerRow = Integer.parseInt(rule.group(4)) - 1;
        int headerColumn = CellReference.convertColStringToIndex(rule.group(3));
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            Sheet sheet = wb.getSheet(sheetName);
            if (sheet == null) {
                return out;
            }
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            Row types = sheet.getRow(headerRow + 1);
            Row code = sheet.getRow(headerRow + 3);
            Row values = sheet.getRow(valuesRow);
            if (types == null || values == null) {
                return out;
            }
            for (int c = headerColumn; c < types.getLastCellNum(); c++) {
                String type = SheetCells.text(types, c, eval).toUpperCase(Locale.ROOT);
                String value = SheetCells.text(values, c, eval);
                String snippet = SheetCells.text(code, c, eval);
                if ((type.equals("CONDITION") || type.equals("ACTION")) && !value.isEmpty()) {
                    String text = snippet.isEmpty() ? value : new SnippetBuilder(snippet).build(value);
                    if (!text.isBlank()) {
                        out.add(new Snippet(c, text.trim()));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // the row's cell is still a location; the workbook's own errors are reported elsewhere
        }
        return out;
    }

    private record Snippet(int column, String text) {
    }
}
