package com.aftersales.policy.validation;

import java.io.UncheckedIOException;
import java.io.IOException;
import com.aftersales.policy.Spreadsheets;
import com.aftersales.policy.RevisionFiles;
import com.aftersales.policy.SheetCells;
import com.aftersales.problem.ApiError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The rule ids of a revision's Catalogue sheets with their cells; a rule id listed twice is an error. */
final class Catalogues {

    private final Map<String, String> ids = new LinkedHashMap<>();

    boolean has(String ruleId) {
        return ids.containsKey(ruleId);
    }

    Map<String, String> ids() {
        return ids;
    }

    static Catalogues read(RevisionFiles files, List<ApiError> errors) {
        Catalogues c = new Catalogues();
        files.files().forEach((name, bytes) -> {
            if (!RevisionFiles.isDecisionTable(name)) {
                return;
            }
            try (Workbook wb = Spreadsheets.open(bytes)) {
                FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
                for (Sheet sheet : wb) {
                    if (sheet.getSheetName().startsWith("Catalogue")) {
                        c.sheet(sheet, eval, "rule id", "rule id", errors);
                    } else if (sheet.getSheetName().startsWith("Parameters")) {
                        new Catalogues().sheet(sheet, eval, "parameter", "parameter", errors);
                    }
                }
            } catch (Spreadsheets.Unreadable e) {
                // an unreadable workbook is reported by the workbook checks
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return c;
    }

    private void sheet(Sheet sheet, FormulaEvaluator eval, String header, String what, List<ApiError> errors) {
        Row head = sheet.getRow(0);
        int col = -1;
        if (head != null) {
            for (Cell cell : head) {
                if (SheetCells.text(cell, eval).toLowerCase(Locale.ROOT).equals(header)) {
                    col = cell.getColumnIndex();
                }
            }
        }
        if (col < 0) {
            return;
        }
        for (Row row : sheet) {
            String id = SheetCells.text(row, col, eval);
            if (row.getRowNum() == 0 || id.isEmpty()) {
                continue;
            }
            String at = SheetCells.at(sheet.getSheetName(), row.getRowNum(), col);
            String before = ids.putIfAbsent(id, at);
            if (before != null) {
                errors.add(ApiError.of(at, "catalogue.twice", com.aftersales.problem.Text.of("catalogue." + what.replace(' ', '-')), id, before));
            }
        }
    }
}
