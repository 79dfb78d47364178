package com.aftersales.web.ui;

import com.aftersales.problem.ApiError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * The validation report as the sheets' cell grids: every sheet an error or warning names by cell
 * ({@code Lateness!E11}) is shown as its rows and columns, the bad cells marked, their messages beside
 * their row. Other locations (a DRL line, a file) stay in the list of messages.
 */
final class Grids {

    private static final Pattern CELL = Pattern.compile("^'?([^'!]+)'?!\\$?([A-Z]{1,3})\\$?(\\d+)$");
    private static final int MAX_ROWS = 200;
    private static final int MAX_COLUMNS = 26;

    private Grids() {
    }

    /** The grids of {@code files} (name → bytes; only workbooks are read) for the located messages. */
    static List<Views.Grid> of(Map<String, byte[]> files, List<ApiError> errors, List<ApiError> warnings) {
        Map<String, Map<String, List<String[]>>> bySheet = new LinkedHashMap<>();
        collect(errors, "bad", bySheet);
        collect(warnings, "warn", bySheet);
        List<Views.Grid> out = new ArrayList<>();
        if (bySheet.isEmpty()) {
            return out;
        }
        DataFormatter format = new DataFormatter();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!f.getKey().endsWith(".xlsx") || bySheet.isEmpty()) {
                continue;
            }
            try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(f.getValue()))) {
                for (var it = bySheet.entrySet().iterator(); it.hasNext(); ) {
                    Map.Entry<String, Map<String, List<String[]>>> s = it.next();
                    Sheet sheet = wb.getSheet(s.getKey());
                    if (sheet != null) {
                        out.add(grid(f.getKey(), sheet, s.getValue(), format));
                        it.remove();
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not a readable workbook: its messages stay in the list
            }
        }
        return out;
    }

    private static void collect(List<ApiError> messages, String level, Map<String, Map<String, List<String[]>>> out) {
        for (ApiError e : messages == null ? List.<ApiError>of() : messages) {
            Matcher m = e.location() == null ? null : CELL.matcher(e.location().trim());
            if (m != null && m.matches()) {
                out.computeIfAbsent(m.group(1), k -> new LinkedHashMap<>())
                        .computeIfAbsent(m.group(2) + m.group(3), k -> new ArrayList<>())
                        .add(new String[] {level, e.message()});
            }
        }
    }

    private static Views.Grid grid(String file, Sheet sheet, Map<String, List<String[]>> marks, DataFormatter format) {
        int lastRow = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
        int lastCol = 0;
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getLastCellNum() > lastCol) {
                lastCol = row.getLastCellNum();
            }
        }
        for (String ref : marks.keySet()) {
            CellReference c = new CellReference(ref);
            lastRow = Math.max(lastRow, Math.min(c.getRow(), MAX_ROWS * 2));
            lastCol = Math.max(lastCol, c.getCol() + 1);
        }
        lastCol = Math.min(lastCol, MAX_COLUMNS);
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < lastCol; c++) {
            columns.add(CellReference.convertNumToColString(c));
        }
        List<Views.GridRow> rows = new ArrayList<>();
        int errors = 0;
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            List<Views.GridCell> cells = new ArrayList<>();
            List<String> messages = new ArrayList<>();
            for (int c = 0; c < lastCol; c++) {
                String ref = columns.get(c) + (r + 1);
                Cell cell = row == null ? null : row.getCell(c);
                String text = cell == null ? "" : format.formatCellValue(cell);
                List<String[]> m = marks.getOrDefault(ref, List.of());
                String level = m.stream().anyMatch(x -> x[0].equals("bad")) ? "bad" : m.isEmpty() ? "" : "warn";
                String message = String.join("; ", m.stream().map(x -> x[1]).toList());
                if (level.equals("bad")) {
                    errors++;
                }
                m.forEach(x -> messages.add(ref + ": " + x[1]));
                cells.add(new Views.GridCell(ref, text, level, message));
            }
            rows.add(new Views.GridRow(r + 1, cells, messages));
        }
        return new Views.Grid(file, sheet.getSheetName(), columns, rows, errors);
    }
}
