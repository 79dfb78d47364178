package com.aftersales.policy;

import java.io.UncheckedIOException;
import com.aftersales.facts.input.Parameter;
import com.aftersales.problem.ApiError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads the sheets of a revision's workbooks that are data, not rules: {@code Catalogue*} (rule id →
 * clause and quote) and {@code Parameters*} (RULES.md §10 parameters). A header row names the columns.
 */
public final class DataSheets {

    public static final String CATALOGUE = "Catalogue";
    public static final String PARAMETERS = "Parameters";
    /** Catalogue column titles (lower case, as a prefix): the cells a quote speaks about, a confirmed deviation. */
    public static final String CELLS = "cells";
    public static final String DEVIATION = "deviation";

    private final List<Clause> clauses = new ArrayList<>();
    private final List<Parameter> parameters = new ArrayList<>();
    private final List<ParameterCell> parameterCells = new ArrayList<>();
    private final List<ApiError> errors = new ArrayList<>();

    /** Reads every data sheet of every workbook of the revision. */
    public static DataSheets read(RevisionFiles revision) {
        DataSheets out = new DataSheets();
        revision.files().forEach((name, bytes) -> {
            if (RevisionFiles.isDecisionTable(name)) {
                out.readWorkbook(revision.policy(), name, bytes);
            }
        });
        return out;
    }

    public List<Clause> clauses() {
        return clauses;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    /** Where each parameter row is, for messages located at its cells. */
    public List<ParameterCell> parameterCells() {
        return parameterCells;
    }

    /** One row of a Parameters sheet: the name, the value as the rules see it, and its two cells. */
    public record ParameterCell(String name, String value, String sheet, String nameAt, String valueAt) {
    }

    public List<ApiError> errors() {
        return errors;
    }

    private void readWorkbook(String policy, String fileName, byte[] bytes) {
        try (Workbook wb = Spreadsheets.open(bytes)) {
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : wb) {
                String name = sheet.getSheetName();
                if (name.startsWith(CATALOGUE)) {
                    readCatalogue(fileName, sheet, eval);
                } else if (name.startsWith(PARAMETERS)) {
                    readParameters(policy, fileName, sheet, eval);
                }
            }
        } catch (Spreadsheets.Unreadable e) {
            errors.add(ApiError.of(fileName, "compile.notXlsx", e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readCatalogue(String fileName, Sheet sheet, FormulaEvaluator eval) {
        Map<String, Integer> col = header(sheet, eval);
        int id = column(col, fileName, sheet, "rule id");
        if (id < 0) {
            return;
        }
        for (Row row : sheet) {
            if (row.getRowNum() == 0 || blank(text(row, id, eval))) {
                continue;
            }
            clauses.add(new Clause(text(row, id, eval), text(row, col.getOrDefault("name (zh)", -1), eval),
                    text(row, col.getOrDefault("name (en)", -1), eval), text(row, col.getOrDefault("document", -1), eval),
                    text(row, col.getOrDefault("clause", -1), eval), text(row, col.getOrDefault("原文", -1), eval),
                    text(row, col.getOrDefault("english", -1), eval),
                    Clause.cellList(text(row, startingWith(col, CELLS), eval)),
                    text(row, startingWith(col, DEVIATION), eval)));
        }
    }

    private void readParameters(String policy, String fileName, Sheet sheet, FormulaEvaluator eval) {
        Map<String, Integer> col = header(sheet, eval);
        int name = column(col, fileName, sheet, "parameter");
        int value = column(col, fileName, sheet, "value");
        if (name < 0 || value < 0) {
            return;
        }
        for (Row row : sheet) {
            String key = text(row, name, eval);
            if (row.getRowNum() == 0 || blank(key)) {
                continue;
            }
            String v = text(row, value, eval);
            String valueAt = SheetCells.at(sheet.getSheetName(), row.getRowNum(), value);
            if (blank(v)) {
                errors.add(ApiError.of(valueAt, "parameter.noValue", key));
            }
            parameters.add(new Parameter(policy, key, v));
            parameterCells.add(new ParameterCell(key, v, sheet.getSheetName(),
                    SheetCells.at(sheet.getSheetName(), row.getRowNum(), name), valueAt));
        }
    }

    private int column(Map<String, Integer> col, String fileName, Sheet sheet, String header) {
        Integer c = col.get(header);
        if (c == null) {
            errors.add(ApiError.of(sheet.getSheetName() + "!1", "table.noColumn", sheet.getSheetName(), fileName, header));
            return -1;
        }
        return c;
    }

    /** The column whose title starts with {@code prefix} ("cells 原文所指单元格"), or -1. */
    public static int startingWith(Map<String, Integer> columns, String prefix) {
        return columns.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToInt(Map.Entry::getValue)
                .min().orElse(-1);
    }

    /** Title rows by lower-case title, for the data sheets. */
    public static Map<String, Integer> titles(Sheet sheet, FormulaEvaluator eval) {
        return header(sheet, eval);
    }

    private static Map<String, Integer> header(Sheet sheet, FormulaEvaluator eval) {
        Map<String, Integer> col = new HashMap<>();
        Row head = sheet.getRow(0);
        if (head != null) {
            for (Cell c : head) {
                col.put(text(head, c.getColumnIndex(), eval).trim().toLowerCase(Locale.ROOT), c.getColumnIndex());
            }
        }
        return col;
    }

    /** The cell as the spreadsheet shows it, formulas evaluated. */
    static String text(Row row, int column, FormulaEvaluator eval) {
        if (row == null || column < 0) {
            return "";
        }
        Cell cell = row.getCell(column);
        return cell == null ? "" : new DataFormatter(Locale.ROOT).formatCellValue(cell, eval).trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
