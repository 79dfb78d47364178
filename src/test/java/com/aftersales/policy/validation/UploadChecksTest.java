package com.aftersales.policy.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.policy.RevisionFiles;
import com.aftersales.policy.RevisionFolders;
import com.aftersales.problem.ApiError;
import com.aftersales.rules.RuleHarness;
import com.aftersales.support.Workbooks;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

/**
 * What an upload's validation refuses, and where it says the problem is: each bad file in place of a
 * shipped one is refused with a located message. Plain JUnit on the validator; the HTTP answer of a
 * refused upload (422, nothing stored) is BadSpreadsheetsTest's.
 */
class UploadChecksTest {

    private static final String TABLE = "attendance.drl.xlsx";
    private static final LocalDate DAY = LocalDate.of(2024, 12, 16);

    private static RevisionFiles shipped(String policy) {
        return RevisionFolders.latest(RuleHarness.RULES, policy).files();
    }

    private static byte[] table() {
        return shipped("attendance").files().get(TABLE);
    }

    private static ValidationReport upload(String policy, String name, byte[] bytes) {
        RevisionFiles base = shipped(policy);
        Map<String, byte[]> files = new LinkedHashMap<>(base.files());
        files.put(name, bytes);
        return new RevisionValidator(f -> List.of()).validate(new RevisionFiles(policy, files), base, DAY);
    }

    private static ValidationReport upload(String name, byte[] bytes) {
        return upload("attendance", name, bytes);
    }

    private static void locatedAt(ValidationReport r, String location, String words) {
        assertThat(r.errors()).as(r.errors().toString())
                .anyMatch(e -> location.equals(e.location()) && e.message().contains(words));
    }

    @Test
    void aZipBombIsTooLarge() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros);
            }
        }
        ValidationReport r = upload(TABLE, out.toByteArray());
        assertThat(r.tooLarge()).isTrue();
        assertThat(r.errors()).extracting(ApiError::message).anyMatch(m -> m.contains("zip bomb"));
    }

    @Test
    void aPasswordProtectedWorkbook() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        enc.confirmPassword("secret");
        try (OutputStream os = enc.getDataStream(fs)) {
            os.write(table());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        locatedAt(upload(TABLE, out.toByteArray()), TABLE, "protected by a password");
    }

    @Test
    void aSheetThatLostItsRuleTableRow() {
        locatedAt(upload(TABLE, Workbooks.set(table(), "Lateness!A5", null)), "Lateness!A1",
                "has a RuleSet but no RuleTable");
    }

    @Test
    void textInAnAmountCell() {
        locatedAt(upload(TABLE, Workbooks.set(table(), "Lateness!E11", "十元")), "Lateness!E11", "\"十元\" is not a number");
    }

    @Test
    void aFormulaIsJudgedByItsValue() {
        locatedAt(upload(TABLE, Workbooks.formula(table(), "Lateness!E11", "=\"十\"&\"元\"")), "Lateness!E11",
                "\"十元\" is not a number");
        assertThat(upload(TABLE, Workbooks.formula(table(), "Lateness!E11", "=5+5")).errors()).isEmpty();
    }

    @Test
    void aNegativeAmountAndTooManyDecimals() {
        locatedAt(upload(TABLE, Workbooks.set(table(), "Lateness!E11", -5)), "Lateness!E11", "-5 is negative");
        locatedAt(upload(TABLE, Workbooks.set(table(), "Lateness!E11", 10.005)), "Lateness!E11",
                "more than two decimals");
        locatedAt(upload(TABLE, Workbooks.set(table(), "Lateness!C11", 15.5)), "Lateness!C11",
                "not a whole number of minutes");
    }

    @Test
    void overlappingTiers() {
        locatedAt(upload(TABLE, Workbooks.set(table(), "Lateness!C11", 20)), "Lateness!B12",
                "minutes 16–20 are covered by both row 11 (ATT-LATE-2");
    }

    @Test
    void gappedTiers() {
        locatedAt(upload(TABLE, Workbooks.set(table(), "Lateness!B12", 20)), "Lateness!B12",
                "minutes 16–20 are covered by no row");
    }

    @Test
    void anUnknownRuleIdAndADuplicateRuleName() {
        ValidationReport r = upload(TABLE, Workbooks.set(Workbooks.set(table(), "Lateness!A10", "ATT-LATE-9 new tier"),
                "Lateness!A12", "ATT-LATE-2 late or early by 6 to 15 minutes"));
        locatedAt(r, "Lateness!A10", "ATT-LATE-9 is not in the catalogue");
        locatedAt(r, "Lateness!A12", "is used twice (also at Lateness!A11)");
    }

    @Test
    void hiddenRowsAndMergedValueCellsAreRefused() {
        locatedAt(upload(TABLE, Workbooks.edit(table(), wb -> wb.getSheet("Lateness").getRow(11).setZeroHeight(true))),
                "Lateness!A12", "is hidden");
        locatedAt(upload(TABLE, Workbooks.edit(table(), wb -> wb.getSheet("Lateness")
                .addMergedRegion(CellRangeAddress.valueOf("E11:E12")))), "Lateness!E11:E12", "are merged");
    }

    @Test
    void aDrlSyntaxErrorIsLocatedAtItsLine() {
        String drl = new String(shipped("attendance").files().get("absence.drl"), StandardCharsets.UTF_8);
        ValidationReport r = upload("absence.drl", drl.replaceFirst("(?m)^then$", "thn").getBytes(StandardCharsets.UTF_8));
        assertThat(r.errors()).extracting(ApiError::location).anyMatch(l -> l.startsWith("absence.drl:"));
        assertThat(r.errors()).extracting(ApiError::message).anyMatch(m -> m.contains("does not compile"));
    }

    @Test
    void aCellThatBreaksTheGeneratedRuleIsLocatedAtThatCellInWords() {
        byte[] conduct = Workbooks.set(shipped("conduct").files().get("conduct.drl.xlsx"), "OrderConduct!B10",
                "drinking &&");
        ValidationReport r = upload("conduct", "conduct.drl.xlsx", conduct);
        locatedAt(r, "OrderConduct!B10", "the value \"drinking &&\" in cell B10 (column \"the order shows 工单记录\")");
        locatedAt(r, "OrderConduct!B10", "makes the rule of row 10 (PEN-DRINKING");
        locatedAt(r, "OrderConduct!B10", "generated DRL line");
    }
}
