package com.aftersales.policy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a spreadsheet cell as the text a rule or a test sees: formulas evaluated to their values,
 * numbers without a trailing ".0", dates and times in ISO form whatever the cell's display format.
 */
public final class SheetCells {

    private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);

    private SheetCells() {
    }

    /** The cell's value as text; "" for a missing or blank cell. */
    public static String text(Row row, int column, FormulaEvaluator eval) {
        if (row == null || column < 0) {
            return "";
        }
        return text(row.getCell(column), eval);
    }

    public static String text(Cell cell, FormulaEvaluator eval) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            CellValue v;
            try {
                v = eval.evaluate(cell);
            } catch (RuntimeException e) {
                return cachedValue(cell);
            }
            if (v == null) {
                return "";
            }
            return switch (v.getCellType()) {
                case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(DateUtil.getLocalDateTime(v.getNumberValue()))
                        : number(v.getNumberValue());
                case STRING -> v.getStringValue().trim();
                case BOOLEAN -> String.valueOf(v.getBooleanValue());
                case ERROR -> "#ERROR";
                default -> "";
            };
        }
        if (type == CellType.NUMERIC) {
            return DateUtil.isCellDateFormatted(cell) ? date(cell.getLocalDateTimeCellValue())
                    : number(cell.getNumericCellValue());
        }
        if (type == CellType.BOOLEAN) {
            return String.valueOf(cell.getBooleanCellValue());
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue().trim();
        }
        return FORMAT.formatCellValue(cell).trim();
    }

    /** True when the cell holds a formula (so a report can say the value was computed). */
    public static boolean isFormula(Cell cell) {
        return cell != null && cell.getCellType() == CellType.FORMULA;
    }

    /** "Lateness!E12". */
    public static String at(String sheet, int row, int column) {
        return sheet + "!" + new CellReference(row, column).formatAsString(false);
    }

    /** A double as the shortest decimal text: 10.0 → "10", 0.5 → "0.5". */
    public static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return String.valueOf(d);
        }
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    private static String cachedValue(Cell cell) {
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> number(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue().trim();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "#ERROR";
        };
    }

    private static String date(LocalDateTime t) {
        if (t == null) {
            return "";
        }
        if (t.toLocalDate().getYear() < 1901) {
            return t.toLocalTime().toString();
        }
        return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
    }
}
