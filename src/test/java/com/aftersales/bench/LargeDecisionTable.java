package com.aftersales.bench;

import com.aftersales.policy.LoadedRevision;
import com.aftersales.policy.RevisionFiles;
import com.aftersales.policy.RevisionFolders;
import com.aftersales.policy.RevisionRef;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The shipped attendance revision with its Lateness decision table grown to {@code rows} rows (the shipped
 * six, then bands of one minute above an hour, each with its own fine), for the compile benchmark: what a
 * policy admin's large table costs to compile.
 */
final class LargeDecisionTable {

    static final String FILE = "attendance.drl.xlsx";
    private static final int FIRST_RULE_ROW = 9;

    private LargeDecisionTable() {
    }

    static LoadedRevision attendance(int rows) {
        LoadedRevision shipped = RevisionFolders.loaded(RevisionFolders.latest(ShippedRuleBook.RULES, "attendance"));
        Map<String, byte[]> files = new LinkedHashMap<>(shipped.files().files());
        files.put(FILE, grow(files.get(FILE), rows));
        RevisionFiles f = new RevisionFiles("attendance", files);
        RevisionRef ref = shipped.ref();
        return new LoadedRevision(new RevisionRef("attendance", ref.revision() + "-" + rows + "-rows", f.sha256(),
                ref.effectiveFrom()), f);
    }

    private static byte[] grow(byte[] workbook, int rows) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.getSheet("Lateness");
            int shipped = s.getLastRowNum() - FIRST_RULE_ROW + 1;
            for (int i = 0; i < rows - shipped; i++) {
                Row r = s.createRow(s.getLastRowNum() + 1);
                r.createCell(0).setCellValue("ATT-LATE-GAP late or early by more than " + (60 + i) + " minutes, band " + i);
                r.createCell(1).setCellValue(60 + i);
                r.createCell(2).setCellValue(61 + i);
                r.createCell(4).setCellValue(20 + i % 50);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
