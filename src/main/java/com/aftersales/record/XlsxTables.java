package com.aftersales.record;

import com.aftersales.problem.ApiError;
import com.aftersales.problem.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * An XLSX body as a table: the first visible sheet, its first row the header, each cell as text. An Excel date
 * cell is written {@code yyyy-MM-dd} (no time of day) or {@code yyyy-MM-dd HH:mm:ss}; a number in plain notation
 * (150.125, not 1.50125E2); a formula by its cached value. Rows are numbered as Excel shows them.
 */
final class XlsxTables {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private XlsxTables() {
    }

    static BulkReader.Table read(byte[] body) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(body))) {
            Sheet sheet = null;
            for (int i = 0; i < wb.getNumberOfSheets() && sheet == null; i++) {
                if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
                    sheet = wb.getSheetAt(i);
                }
            }
            if (sheet == null) {
                throw ProblemException.badRequest(ApiError.of("body", "input.xlsxEmpty"));
            }
            List<String> header = null;
            List<BulkReader.TableRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c)));
                }
                if (header == null) {
                    if (cells.stream().allMatch(String::isEmpty)) {
                        continue;
                    }
                    header = cells;
                    if (row.getRowNum() != 0) {
                        throw ProblemException.badRequest(ApiError.of("row " + (row.getRowNum() + 1),
                                "input.xlsxHeaderRow"));
                    }
                } else {
                    rows.add(new BulkReader.TableRow(row.getRowNum() + 1, cells, null));
                }
            }
            return new BulkReader.Table(header == null ? List.of() : header, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw ProblemException.badRequest(ApiError.of("body", "input.xlsxUnreadable", String.valueOf(e.getMessage())));
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().trim();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime t = cell.getLocalDateTimeCellValue();
                    yield t.toLocalTime().toSecondOfDay() == 0 && t.getNano() == 0 && !hasTime(cell)
                            ? t.toLocalDate().toString() : t.withNano(0).format(DATE_TIME);
                }
                yield new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
            }
            default -> "";
        };
    }

    /** Whether a date cell's format shows a time of day (a date-time typed at midnight is still a date-time). */
    private static boolean hasTime(Cell cell) {
        String f = cell.getCellStyle().getDataFormatString();
        return f != null && (f.contains("h") || f.contains("H") || f.contains("s"));
    }
}
