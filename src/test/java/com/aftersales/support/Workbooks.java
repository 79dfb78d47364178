package com.aftersales.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/** Edits a downloaded workbook the way an admin would in a spreadsheet program, for upload tests. */
public final class Workbooks {

    private Workbooks() {
    }

    /** Sets {@code "Lateness!E11"} to a number, a text, or nothing (null). */
    public static byte[] set(byte[] xlsx, String at, Object value) {
        return edit(xlsx, wb -> {
            Cell c = cell(wb, at);
            if (value == null) {
                c.setBlank();
            } else if (value instanceof Number n) {
                c.setCellValue(n.doubleValue());
            } else {
                c.setCellValue(value.toString());
            }
        });
    }

    /** Sets a cell to a formula, e.g. {@code "=10+5"}. */
    public static byte[] formula(byte[] xlsx, String at, String formula) {
        return edit(xlsx, wb -> cell(wb, at).setCellFormula(formula.startsWith("=") ? formula.substring(1) : formula));
    }

    public static byte[] edit(byte[] xlsx, Consumer<Workbook> change) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The cells of {@code sheet} in the column titled {@code titlePrefix…} on every rule row whose name
     * starts with {@code rulePrefix}, e.g. every PEN-DRINKING row's "DEDUCT 元/次" cell.
     */
    public static java.util.List<String> cells(byte[] xlsx, String sheet, String rulePrefix, String titlePrefix) {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheet(sheet);
            int col = -1;
            for (Row row : s) {
                for (Cell c : row) {
                    if (col < 0 && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && c.getStringCellValue().startsWith(titlePrefix)) {
                        col = c.getColumnIndex();
                    }
                }
                Cell name = row.getCell(0);
                if (col >= 0 && name != null && name.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && name.getStringCellValue().startsWith(rulePrefix)) {
                    out.add(sheet + "!" + new CellReference(row.getRowNum(), col).formatAsString(false));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static Cell cell(Workbook wb, String at) {
        int bang = at.indexOf('!');
        Sheet sheet = wb.getSheet(at.substring(0, bang));
        CellReference ref = new CellReference(at.substring(bang + 1));
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    }
}
