package com.aftersales.tools;

import com.aftersales.policy.SheetCells;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * The {@code edit} and {@code diff} commands of {@link WorkbookTool}: a script of cell edits applied to
 * shipped workbooks in place, and the changed cells of two versions of a workbook, so an edit of a shipped
 * table can be listed in a commit message and replayed on another branch.
 */
final class WorkbookEdits {

    private WorkbookEdits() {
    }

    static void apply(List<String> script) throws IOException {
        Path file = null;
        Workbook wb = null;
        for (String line : script) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("file ")) {
                save(file, wb);
                file = Path.of(line.substring(5).trim());
                wb = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(file)));
            } else if (line.startsWith("set ")) {
                String[] p = line.substring(4).split("\t", 2);
                set(wb, p[0], p.length > 1 ? p[1] : "");
            } else if (line.startsWith("add-sheet ")) {
                wb.createSheet(line.substring(10).trim());
            } else if (line.startsWith("delete-row ")) {
                String[] p = line.substring(11).split("\t");
                Sheet sheet = wb.getSheet(p[0]);
                int row = Integer.parseInt(p[1].trim()) - 1;
                if (row < sheet.getLastRowNum()) {
                    sheet.shiftRows(row + 1, sheet.getLastRowNum(), -1);
                } else if (sheet.getRow(row) != null) {
                    sheet.removeRow(sheet.getRow(row));
                }
            } else {
                throw new IllegalArgumentException("unknown edit: " + line);
            }
        }
        save(file, wb);
    }

    private static void set(Workbook wb, String at, String value) {
        int bang = at.lastIndexOf('!');
        Sheet sheet = wb.getSheet(at.substring(0, bang));
        if (sheet == null) {
            throw new IllegalArgumentException("no sheet " + at.substring(0, bang));
        }
        CellReference ref = new CellReference(at.substring(bang + 1));
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        Cell c = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
        if (value.isEmpty()) {
            c.setBlank();
        } else if (value.startsWith("'")) {
            c.setCellValue(value.substring(1));
        } else if (value.matches("-?\\d+(\\.\\d+)?")) {
            c.setCellValue(Double.parseDouble(value));
        } else {
            c.setCellValue(value);
        }
    }

    private static void save(Path file, Workbook wb) throws IOException {
        if (file == null) {
            return;
        }
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    /** "Sheet!Cell old -> new" per changed cell, sheets and cells in order. */
    static String diff(byte[] before, byte[] after) throws IOException {
        Map<String, String> b = values(before);
        Map<String, String> a = values(after);
        TreeSet<String> keys = new TreeSet<>(b.keySet());
        keys.addAll(a.keySet());
        StringBuilder out = new StringBuilder();
        for (String k : keys) {
            String x = b.getOrDefault(k, "");
            String y = a.getOrDefault(k, "");
            if (!x.equals(y)) {
                out.append(k.replaceFirst("0*(\\d+)$", "$1")).append(' ').append(x.isEmpty() ? "(empty)" : x).append(" -> ")
                        .append(y.isEmpty() ? "(empty)" : y).append('\n');
            }
        }
        return out.toString();
    }

    /** "Sheet!E00012" → value as shown; rows zero-padded so that the keys sort by position. */
    private static Map<String, String> values(byte[] bytes) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        String v = SheetCells.text(c, eval);
                        if (!v.isEmpty()) {
                            out.put(String.format("%s!%s%05d", sheet.getSheetName(),
                                    CellReference.convertNumToColString(c.getColumnIndex()), c.getRowIndex() + 1), v);
                        }
                    }
                }
            }
        }
        return out;
    }
}
