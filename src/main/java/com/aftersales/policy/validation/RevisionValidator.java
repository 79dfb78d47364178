package com.aftersales.policy.validation;

import java.io.UncheckedIOException;
import java.io.IOException;
import com.aftersales.policy.Spreadsheets;
import com.aftersales.policy.LoadedRevision;
import com.aftersales.policy.RevisionFiles;
import com.aftersales.policy.RevisionRef;
import com.aftersales.policy.RuleBookCompiler;
import com.aftersales.policy.RuleCompileException;
import com.aftersales.problem.ApiError;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * Validates the files of a revision before anything is stored as usable: each workbook is an .xlsx
 * of sane size, its tables are well formed, every value cell fits its column's unit, rule ids are in
 * the catalogue and not duplicated, range tables have no gaps or overlaps, parameter values are ones
 * the manifest declares, the rules compile, the test scenarios can be read, and the catalogue's quotes
 * still match the cells they speak about (or the difference is confirmed). Plain Java; scenario
 * form checks are passed in.
 */
public final class RevisionValidator {

    private final RuleBookCompiler compiler = new RuleBookCompiler();
    private final Function<RevisionFiles, List<ApiError>> scenarioChecks;

    public RevisionValidator(Function<RevisionFiles, List<ApiError>> scenarioChecks) {
        this.scenarioChecks = scenarioChecks;
    }

    /**
     * @param files the revision's files (uploaded and carried over)
     * @param base  the revision the upload is based on, or null
     */
    public ValidationReport validate(RevisionFiles files, RevisionFiles base, LocalDate effectiveFrom) {
        long start = System.nanoTime();
        List<ApiError> errors = new ArrayList<>();
        List<ApiError> warnings = new ArrayList<>();
        Map<String, Object> facts = new LinkedHashMap<>();
        List<RuleTable> tables = new ArrayList<>();
        boolean readable = true;
        for (Map.Entry<String, byte[]> f : files.files().entrySet()) {
            if (!RevisionFiles.isDecisionTable(f.getKey())) {
                continue;
            }
            try {
                WorkbookGuard.check(f.getKey(), f.getValue());
            } catch (WorkbookGuard.Refused e) {
                errors.add(ApiError.of(f.getKey(), e.text()));
                if (e.tooLarge()) {
                    return new ValidationReport(errors, warnings, facts, true);
                }
                readable = false;
                continue;
            }
            try (Workbook wb = Spreadsheets.open(f.getValue())) {
                tables.addAll(RuleTables.read(f.getKey(), wb, errors));
            } catch (Spreadsheets.Unreadable e) {
                errors.add(ApiError.of(f.getKey(), "workbook.cannotRead", f.getKey(), e.getMessage()));
                readable = false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Catalogues catalogue = Catalogues.read(files, errors);
        ParameterChecks.check(files, errors, warnings);
        for (RuleTable t : tables) {
            CellChecks.check(t, catalogue, errors);
            RangeCheck.check(t, errors);
        }
        CellChecks.drlRuleIds(files, catalogue, errors);
        CellChecks.duplicateNames(files, tables, errors);
        if (readable) {
            long t = System.nanoTime();
            compile(files, effectiveFrom, tables, errors);
            facts.put("compileMs", (System.nanoTime() - t) / 1_000_000);
            errors.addAll(scenarioChecks.apply(files));
        }
        if (base != null) {
            Changes.warn(base, files, catalogue, warnings, facts);
        }
        QuoteChecks.check(files, base, errors, warnings, facts);
        facts.put("tables", tables.stream().map(t -> Map.of("sheet", t.sheet(), "file", t.file(), "rules",
                t.rows().size())).toList());
        facts.put("validationMs", (System.nanoTime() - start) / 1_000_000);
        return new ValidationReport(errors, warnings, facts, false);
    }

    private void compile(RevisionFiles files, LocalDate effectiveFrom, List<RuleTable> tables, List<ApiError> errors) {
        try {
            compiler.check(List.of(new LoadedRevision(new RevisionRef(files.policy(), "upload", files.sha256(),
                    effectiveFrom), files)));
        } catch (RuleCompileException e) {
            e.errors().forEach(err -> errors.add(explain(err, tables)));
        }
    }

    /** Words for an admin: which rule row, and the compiler's text as the detail. */
    private static ApiError explain(ApiError err, List<RuleTable> tables) {
        String loc = err.location();
        int bang = loc.indexOf('!');
        if (bang > 0) {
            String sheet = loc.substring(0, bang);
            CellReference cell = new CellReference(loc.substring(bang + 1));
            for (RuleTable t : tables) {
                if (t.sheet().equals(sheet)) {
                    for (RuleTable.Row r : t.rows()) {
                        if (r.rowNum() == cell.getRow()) {
                            return ApiError.of(loc, "compile.cellCompiler", inWords(t, r, cell.getCol(), sheet),
                                    err.text() == null ? err.message() : err.text());
                        }
                    }
                }
            }
            return ApiError.of(loc, "compile.sheet", sheet, err.text() == null ? err.message() : err.text());
        }
        int colon = loc.lastIndexOf(':');
        if (colon > 0 && loc.substring(colon + 1).matches("\\d+")) {
            return ApiError.of(loc, "compile.line", loc.substring(0, colon), loc.substring(colon + 1), err.message());
        }
        return err;
    }

    /** "the value "5 &&" of cell B11 (column "minutes more than 分钟 >") of row 11 (ATT-LATE-2 …) …". */
    private static com.aftersales.problem.Text inWords(RuleTable t, RuleTable.Row r, int column, String sheet) {
        for (RuleTable.Column c : t.columns()) {
            if (c.index() == column && !c.isName()) {
                return com.aftersales.problem.Text.of("compile.cell", r.value(c), RuleTables.columnName(column) + (r.rowNum() + 1), c.title(),
                        r.label(), sheet);
            }
        }
        return com.aftersales.problem.Text.of("compile.row", r.label(), sheet);
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
