package com.aftersales.rules;

import com.aftersales.policy.LoadedRevision;
import com.aftersales.policy.PolicyManifest;
import com.aftersales.policy.RevisionFiles;
import com.aftersales.policy.RevisionFolders;
import com.aftersales.policy.RevisionRef;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * A copy of a shipped revision with a cell or a line changed, as an admin would change it, for tests
 * of what such a change does (another parameter value, a broken rule).
 */
public final class RevisionEdits {

    private final String policy;
    private final Map<String, byte[]> files;

    private RevisionEdits(String policy, Map<String, byte[]> files) {
        this.policy = policy;
        this.files = new TreeMap<>(files);
    }

    /** The newest revision of {@code policy} under {@code rules/}. */
    public static RevisionEdits latest(String policy) {
        return new RevisionEdits(policy, RevisionFolders.latest(RuleHarness.RULES, policy).files().files());
    }

    /** Sets the value of a row of a {@code Parameters} sheet, e.g. P_ABSENT_REPEAT_WINDOW. */
    public RevisionEdits parameter(String name, String value) {
        for (String file : files.keySet()) {
            if (RevisionFiles.isDecisionTable(file) && setRow(file, "Parameters", name, 1, value)) {
                return this;
            }
        }
        throw new IllegalArgumentException("no parameter " + name + " in " + policy);
    }

    /** Sets one cell ({@code "B10"}) of a sheet of a workbook. */
    public RevisionEdits cell(String file, String sheet, String address, String value) {
        CellReference ref = new CellReference(address);
        edit(file, wb -> {
            Sheet s = wb.getSheet(sheet);
            Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
            Cell c = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            c.setCellValue(value);
            return true;
        });
        return this;
    }

    /** Replaces the first occurrence of a text in a text file of the revision (a DRL, the manifest). */
    public RevisionEdits replace(String file, String from, String to) {
        String text = new String(files.get(file), StandardCharsets.UTF_8);
        int at = text.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException(file + " does not contain " + from);
        }
        String edited = text.substring(0, at) + to + text.substring(at + from.length());
        files.put(file, edited.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** The 1-based number of the first line of a text file that equals {@code line}. */
    public int lineOf(String file, String line) {
        String[] lines = new String(files.get(file), StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals(line)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(file + " has no line " + line);
    }

    /** The manifest with another effective date, so the copy can be a later revision. */
    public RevisionEdits effectiveFrom(LocalDate date) {
        String text = new String(files.get(PolicyManifest.FILE_NAME), StandardCharsets.UTF_8);
        files.put(PolicyManifest.FILE_NAME, text.replaceAll("(?m)^effectiveFrom:.*$", "effectiveFrom: " + date)
                .getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** The edited revision, ready to compile. */
    public LoadedRevision revision() {
        RevisionFiles f = new RevisionFiles(policy, files);
        LocalDate from = RevisionFolders.manifest(files.get(PolicyManifest.FILE_NAME)).effectiveFrom();
        return new LoadedRevision(new RevisionRef(policy, from.toString(), f.sha256(), from), f);
    }

    /** Writes the files into {@code folder} (created), as a revision folder of {@code rules/}. */
    public Path writeTo(Path folder) {
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Files.write(folder.resolve(e.getKey()), e.getValue());
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean setRow(String file, String sheetPrefix, String key, int column, String value) {
        return edit(file, wb -> {
            for (Sheet s : wb) {
                if (!s.getSheetName().startsWith(sheetPrefix)) {
                    continue;
                }
                for (Row row : s) {
                    Cell first = row.getCell(0);
                    if (first != null && first.getCellType() == CellType.STRING
                            && key.equals(first.getStringCellValue().trim())) {
                        Cell c = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
                        c.setCellValue(value);
                        return true;
                    }
                }
            }
            return false;
        });
    }

    private boolean edit(String file, WorkbookEdit edit) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(files.get(file)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            boolean done = edit.apply(wb);
            if (done) {
                wb.write(out);
                files.put(file, out.toByteArray());
            }
            return done;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface WorkbookEdit {
        boolean apply(Workbook wb);
    }
}
