package com.aftersales.policy.validation;

import com.aftersales.policy.Clause;
import com.aftersales.policy.DataSheets;
import com.aftersales.policy.RevisionFiles;
import com.aftersales.policy.SheetCells;
import com.aftersales.problem.ApiError;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Quotes that match the amounts: each Catalogue row may name, in its {@code Cells} column, the table cells
 * its 原文 speaks about ({@code Lateness!E12}, or a parameter by name, {@code P_REWORK_LIMIT}, which stands
 * for its value cell wherever its row is). A reference to no cell of the revision is an error. Against the
 * revision the upload would replace, a named cell whose value changed while the quote did not gives a
 * warning located at the cell (Chinese and English), unless the row's {@code Deviation} cell was filled in
 * or changed with the upload: the admin's confirmation that the amount deliberately differs from the
 * handbook's words; or cleared, which says the amount is back to the handbook's (a revert).
 */
final class QuoteChecks {

    private static final java.util.regex.Pattern PARAMETER = java.util.regex.Pattern.compile("P_[A-Z0-9_]+");

    private QuoteChecks() {
    }

    /** One catalogue row with where its cells are. */
    private record CatalogueRow(String file, String ruleId, String quote, String deviation, List<String> cells,
            String quoteAt, String cellsAt, String deviationAt) {
    }

    static void check(RevisionFiles files, RevisionFiles base, List<ApiError> errors, List<ApiError> warnings,
            Map<String, Object> facts) {
        Book now = Book.read(files);
        for (CatalogueRow r : now.rows.values()) {
            for (String ref : r.cells()) {
                com.aftersales.problem.Text problem = now.problem(r.file(), ref);
                if (problem != null) {
                    errors.add(ApiError.of(r.cellsAt(), "quote.badRef", r.ruleId(), ref, problem));
                }
            }
        }
        if (base == null) {
            return;
        }
        Book before = Book.read(base);
        List<String> updated = new ArrayList<>();
        List<String> confirmed = new ArrayList<>();
        List<String> withdrawn = new ArrayList<>();
        for (CatalogueRow r : now.rows.values()) {
            CatalogueRow old = before.rows.get(r.ruleId());
            if (old == null || r.cells().isEmpty()) {
                continue;
            }
            List<String[]> changed = new ArrayList<>();
            for (String ref : r.cells()) {
                if (now.problem(r.file(), ref) != null) {
                    continue;
                }
                String was = before.value(old.file(), ref);
                String is = now.value(r.file(), ref);
                if (!Objects.equals(was, is)) {
                    changed.add(new String[] {now.located(r.file(), ref), was, is});
                }
            }
            if (changed.isEmpty()) {
                continue;
            }
            if (!r.quote().equals(old.quote())) {
                updated.add(r.ruleId());
            } else if (!r.deviation().isBlank() && !r.deviation().equals(old.deviation())) {
                confirmed.add(r.ruleId());
            } else if (r.deviation().isBlank() && !old.deviation().isBlank()) {
                withdrawn.add(r.ruleId());
            } else {
                changed.forEach(c -> warnings.add(warning(r, c[0], c[1], c[2])));
            }
        }
        facts.put("quotesUpdated", updated);
        facts.put("deviationsConfirmed", confirmed);
        facts.put("deviationsWithdrawn", withdrawn);
    }

    private static ApiError warning(CatalogueRow r, String cell, String was, String is) {
        Object wasText = was.isEmpty() ? com.aftersales.problem.Text.of("quote.empty") : was;
        Object isText = is.isEmpty() ? com.aftersales.problem.Text.of("quote.empty") : is;
        Object where = r.deviationAt() == null ? com.aftersales.problem.Text.of("quote.deviationColumn") : r.deviationAt();
        return ApiError.of(cell, "quote.changed", cell, wasText, isText, r.ruleId(), r.quoteAt(), r.quote(), where);
    }

    /** The catalogue rows and every cell value of a revision's workbooks. */
    private static final class Book {
        private final Map<String, CatalogueRow> rows = new LinkedHashMap<>();
        /** file → sheet → cell → value as shown. */
        private final Map<String, Map<String, Map<String, String>>> cells = new LinkedHashMap<>();
        /** parameter name → its value cell ("Parameters!B3"). */
        private final Map<String, String> parameters = new LinkedHashMap<>();

        static Book read(RevisionFiles files) {
            Book b = new Book();
            DataSheets.read(files).parameterCells().forEach(p -> b.parameters.putIfAbsent(p.name(), p.valueAt()));
            files.files().forEach((name, bytes) -> {
                if (RevisionFiles.isDecisionTable(name)) {
                    b.readWorkbook(name, bytes);
                }
            });
            return b;
        }

        private void readWorkbook(String file, byte[] bytes) {
            try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
                FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
                Map<String, Map<String, String>> sheets = new LinkedHashMap<>();
                for (Sheet sheet : wb) {
                    Map<String, String> values = new LinkedHashMap<>();
                    for (Row row : sheet) {
                        for (Cell c : row) {
                            values.put(c.getAddress().formatAsString(), SheetCells.text(c, eval));
                        }
                    }
                    sheets.put(sheet.getSheetName(), values);
                    if (sheet.getSheetName().startsWith(DataSheets.CATALOGUE)) {
                        readCatalogue(file, sheet, eval);
                    }
                }
                cells.put(file, sheets);
            } catch (Exception e) {
                // an unreadable workbook is reported by the workbook checks
            }
        }

        private void readCatalogue(String file, Sheet sheet, FormulaEvaluator eval) {
            Map<String, Integer> col = DataSheets.titles(sheet, eval);
            Integer id = col.get("rule id");
            int quote = col.getOrDefault("原文", -1);
            int cellsCol = DataSheets.startingWith(col, DataSheets.CELLS);
            int deviation = DataSheets.startingWith(col, DataSheets.DEVIATION);
            if (id == null) {
                return;
            }
            for (Row row : sheet) {
                String ruleId = SheetCells.text(row, id, eval);
                if (row.getRowNum() == 0 || ruleId.isEmpty()) {
                    continue;
                }
                String name = sheet.getSheetName();
                rows.putIfAbsent(ruleId, new CatalogueRow(file, ruleId, SheetCells.text(row, quote, eval),
                        SheetCells.text(row, deviation, eval), Clause.cellList(SheetCells.text(row, cellsCol, eval)),
                        SheetCells.at(name, row.getRowNum(), Math.max(quote, 0)),
                        SheetCells.at(name, row.getRowNum(), Math.max(cellsCol, 0)),
                        deviation < 0 ? null : SheetCells.at(name, row.getRowNum(), deviation)));
            }
        }

        /** A parameter name as the cell of its value; a cell reference as it is. */
        private String resolve(String ref) {
            return PARAMETER.matcher(ref).matches() ? parameters.getOrDefault(ref, ref) : ref;
        }

        /** Why {@code ref} names no cell of this revision, or null when it does. */
        com.aftersales.problem.Text problem(String file, String name) {
            if (PARAMETER.matcher(name).matches() && !parameters.containsKey(name)) {
                return com.aftersales.problem.Text.of("quote.noParameter");
            }
            String ref = resolve(name);
            int bang = ref.lastIndexOf('!');
            if (bang <= 0 || !ref.substring(bang + 1).matches("\\$?[A-Za-z]{1,3}\\$?[0-9]{1,7}")) {
                return com.aftersales.problem.Text.of("quote.notCell");
            }
            if (sheetFile(file, ref.substring(0, bang)) == null) {
                return com.aftersales.problem.Text.of("quote.noSheet", String.join(", ",
                        new TreeSet<>(cells.values().stream().flatMap(m -> m.keySet().stream()).toList())));
            }
            return null;
        }

        /** The value of a cell as shown, "" when empty or when its sheet or parameter is missing. */
        String value(String file, String name) {
            String ref = resolve(name);
            if (ref.lastIndexOf('!') <= 0) {
                return "";
            }
            int bang = ref.lastIndexOf('!');
            String f = sheetFile(file, ref.substring(0, bang));
            if (f == null) {
                return "";
            }
            String cell = new CellReference(ref.substring(bang + 1)).formatAsString(false);
            return cells.get(f).get(ref.substring(0, bang)).getOrDefault(cell, "");
        }

        /** "Lateness!E12" as a warning's location (the cell in the workbook that holds the sheet). */
        String located(String file, String name) {
            String ref = resolve(name);
            int bang = ref.lastIndexOf('!');
            return ref.substring(0, bang) + "!" + new CellReference(ref.substring(bang + 1)).formatAsString(false);
        }

        /** The workbook holding {@code sheet}: the catalogue's own first, else another of the revision. */
        private String sheetFile(String file, String sheet) {
            if (cells.containsKey(file) && cells.get(file).containsKey(sheet)) {
                return file;
            }
            return cells.entrySet().stream().filter(e -> e.getValue().containsKey(sheet)).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
        }
    }
}
