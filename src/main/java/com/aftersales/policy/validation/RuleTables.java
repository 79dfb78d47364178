package com.aftersales.policy.validation;

import com.aftersales.policy.SheetCells;
import com.aftersales.problem.ApiError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads the RuleTables of a workbook for the checks, and refuses what the decision-table compiler
 * would silently misread: a RuleSet sheet without a RuleTable, hidden sheets, rows or columns, merged
 * cells among the rule rows, and numbers shown with a format the rule would receive as text.
 */
final class RuleTables {

    private static final Set<String> TYPES = Set.of("NAME", "CONDITION", "ACTION", "PRIORITY", "SALIENCE",
            "DESCRIPTION", "NO-LOOP", "ACTIVATION-GROUP", "AGENDA-GROUP", "RULEFLOW-GROUP", "DURATION", "TIMER",
            "CALENDARS", "LOCK-ON-ACTIVE", "AUTO-FOCUS", "ENABLED", "DATE-EFFECTIVE", "DATE-EXPIRES", "METADATA", "I");
    private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);

    private RuleTables() {
    }

    static List<RuleTable> read(String file, Workbook wb, List<ApiError> errors) {
        FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
        List<RuleTable> out = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet sheet = wb.getSheetAt(i);
            String name = sheet.getSheetName();
            boolean ruleSet = hasRuleSet(sheet, eval);
            boolean data = name.startsWith("Catalogue") || name.startsWith("Parameters") || name.startsWith("Tests");
            if ((ruleSet || data) && (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i))) {
                errors.add(ApiError.of(name + "!A1", "table.hiddenSheet", name, file));
            }
            if (ruleSet) {
                readSheet(file, sheet, eval, errors, out);
            }
        }
        return out;
    }

    private static boolean hasRuleSet(Sheet sheet, FormulaEvaluator eval) {
        for (Row row : sheet) {
            if (row.getRowNum() > 20) {
                return false;
            }
            for (Cell c : row) {
                if ("RuleSet".equalsIgnoreCase(SheetCells.text(c, eval))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void readSheet(String file, Sheet sheet, FormulaEvaluator eval, List<ApiError> errors,
            List<RuleTable> out) {
        String name = sheet.getSheetName();
        int tables = 0;
        for (Row row : sheet) {
            for (Cell c : row) {
                String v = SheetCells.text(c, eval);
                if (v.regionMatches(true, 0, "RuleTable", 0, 9)) {
                    tables++;
                    out.add(table(file, sheet, row.getRowNum(), c.getColumnIndex(), v.substring(9).trim(), eval,
                            errors));
                }
            }
        }
        if (tables == 0) {
            errors.add(ApiError.of(name + "!A1", "table.noRuleTable", name, file));
        }
    }

    private static RuleTable table(String file, Sheet sheet, int top, int left, String tableName,
            FormulaEvaluator eval, List<ApiError> errors) {
        String name = sheet.getSheetName();
        List<RuleTable.Column> columns = new ArrayList<>();
        Row types = sheet.getRow(top + 1);
        for (int c = left; types != null && c < Math.max(types.getLastCellNum(), left + 1); c++) {
            String type = SheetCells.text(types, c, eval).toUpperCase(Locale.ROOT);
            if (TYPES.contains(type)) {
                String title = SheetCells.text(sheet.getRow(top + 4), c, eval);
                columns.add(new RuleTable.Column(c, type, SheetCells.text(sheet.getRow(top + 3), c, eval), title,
                        type.equals("NAME") ? Unit.NONE : Unit.of(title)));
                if (sheet.isColumnHidden(c)) {
                    errors.add(ApiError.of(SheetCells.at(name, top + 1, c), "table.hiddenColumn", columnName(c), tableName));
                }
            }
        }
        if (columns.isEmpty()) {
            errors.add(ApiError.of(SheetCells.at(name, top + 1, left), "table.noColumns", tableName));
        }
        List<RuleTable.Row> rows = new ArrayList<>();
        for (int r = top + 5; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<Integer, String> values = new LinkedHashMap<>();
            for (RuleTable.Column col : columns) {
                String v = value(name, row, col, eval, errors);
                if (!v.isEmpty()) {
                    values.put(col.index(), v);
                }
            }
            if (values.isEmpty()) {
                break;
            }
            if (row != null && row.getZeroHeight()) {
                errors.add(ApiError.of(SheetCells.at(name, r, left), "table.hiddenRow", r + 1, tableName));
            }
            String ruleName = columns.stream().filter(RuleTable.Column::isName).findFirst()
                    .map(c -> values.getOrDefault(c.index(), "")).orElse("");
            rows.add(new RuleTable.Row(r, ruleName, values));
        }
        if (!rows.isEmpty()) {
            mergedCells(sheet, tableName, rows.get(0).rowNum(), rows.get(rows.size() - 1).rowNum(), errors);
        }
        return new RuleTable(file, name, tableName, top, columns, rows);
    }

    /** The value as the rule will get it; a number shown through a format with symbols is an error. */
    private static String value(String sheet, Row row, RuleTable.Column col, FormulaEvaluator eval,
            List<ApiError> errors) {
        Cell cell = row == null ? null : row.getCell(col.index());
        String v = SheetCells.text(cell, eval);
        if (cell != null && cell.getCellType() == CellType.NUMERIC && !v.isEmpty()
                && !cell.getCellStyle().getDataFormatString().equals("General")) {
            String shown = FORMAT.formatCellValue(cell, eval).trim();
            if (!shown.matches("-?[0-9]+(\\.[0-9]+)?")) {
                errors.add(ApiError.of(SheetCells.at(sheet, row.getRowNum(), col.index()), "table.format", shown));
            }
        }
        return v;
    }

    private static void mergedCells(Sheet sheet, String table, int first, int last, List<ApiError> errors) {
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.getLastRow() >= first && m.getFirstRow() <= last) {
                errors.add(ApiError.of(sheet.getSheetName() + "!" + m.formatAsString(), "table.merged", m.formatAsString(), table));
            }
        }
    }

    static String columnName(int c) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(c);
    }
}
