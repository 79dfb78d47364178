package com.aftersales.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Policies;
import com.aftersales.support.Workbooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad uploads: each is refused with a located message, never a 500, stores no revision and leaves
 * the revision in force as it was.
 */
@QuarkusTest
class BadSpreadsheetsTest {

    private static final String TABLE = PolicyUploadTest.TABLE;

    @Inject
    Policies policies;

    @BeforeEach
    @AfterEach
    void shippedRevisionsOnly() {
        policies.reset();
    }

    private static byte[] table() {
        return Policies.download("attendance", "2024-01-01", TABLE);
    }

    /** Uploads one file and expects it refused with {@code status}; returns the problem body. */
    private static JsonPath refused(String name, byte[] bytes, int status) {
        JsonPath p = Policies.upload("attendance", "2024-12-16", "bad", Map.of(name, bytes)).statusCode(status)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(Policies.active("attendance")).isEqualTo("2024-01-01");
        assertThat(Policies.revisionCount("attendance")).isEqualTo(1);
        return p;
    }

    private static void locatedAt(JsonPath p, String location, String words) {
        System.out.println("validation of a refused upload took " + p.getString("report.facts.validationMs") + " ms");
        assertThat(p.getList("errors", Map.class)).as(p.prettify())
                .anyMatch(e -> location.equals(e.get("location")) && e.get("message").toString().contains(words));
    }

    @Test
    void aFileThatIsNotASpreadsheet() {
        JsonPath p = refused(TABLE, "Rule,Amount\nATT-LATE-2,10\n".getBytes(StandardCharsets.UTF_8), 422);
        locatedAt(p, TABLE, "is not a spreadsheet (a text file)");
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
        JsonPath p = refused(TABLE, out.toByteArray(), 413);
        assertThat(p.getString("detail")).contains("zip bomb");
    }

    @Test
    void aBodyOverTheSizeLimitIsTooLargeAsProblemJson() {
        byte[] big = new byte[17 * 1024 * 1024];
        new Random(1).nextBytes(big);
        refused(TABLE, big, 413);
    }

    @Test
    void aFileOverTheFileLimitButUnderTheBodyLimitIsTooLarge() {
        byte[] big = new byte[6 * 1024 * 1024];
        new Random(2).nextBytes(big);
        JsonPath p = refused(TABLE, big, 413);
        assertThat(p.getString("detail")).contains("at most");
    }

    @Test
    void anUploadUnderTheLimitsPasses() {
        StringBuilder drl = new StringBuilder(new String(Policies.download("attendance", "2024-01-01", "absence.drl"),
                StandardCharsets.UTF_8));
        while (drl.length() < 4_900_000) {
            drl.append("// padding: an upload of almost the largest allowed size passes\n");
        }
        Policies.upload("attendance", "2024-12-16", null, Map.of("absence.drl",
                drl.toString().getBytes(StandardCharsets.UTF_8))).statusCode(201);
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
        locatedAt(refused(TABLE, out.toByteArray(), 422), TABLE, "protected by a password");
    }

    @Test
    void aSheetThatLostItsRuleTableRow() {
        locatedAt(refused(TABLE, Workbooks.set(table(), "Lateness!A5", null), 422), "Lateness!A1",
                "has a RuleSet but no RuleTable");
    }

    @Test
    void textInAnAmountCell() {
        locatedAt(refused(TABLE, Workbooks.set(table(), "Lateness!E11", "十元"), 422), "Lateness!E11",
                "\"十元\" is not a number");
    }

    @Test
    void aFormulaIsJudgedByItsValue() {
        locatedAt(refused(TABLE, Workbooks.formula(table(), "Lateness!E11", "=\"十\"&\"元\""), 422), "Lateness!E11",
                "\"十元\" is not a number");
        Policies.upload("attendance", "2024-12-16", null, Map.of(TABLE, Workbooks.formula(table(), "Lateness!E11",
                "=5+5"))).statusCode(201);
    }

    @Test
    void aNegativeAmountAndTooManyDecimals() {
        locatedAt(refused(TABLE, Workbooks.set(table(), "Lateness!E11", -5), 422), "Lateness!E11", "-5 is negative");
        locatedAt(refused(TABLE, Workbooks.set(table(), "Lateness!E11", 10.005), 422), "Lateness!E11",
                "more than two decimals");
        locatedAt(refused(TABLE, Workbooks.set(table(), "Lateness!C11", 15.5), 422), "Lateness!C11",
                "not a whole number of minutes");
    }

    @Test
    void overlappingTiers() {
        locatedAt(refused(TABLE, Workbooks.set(table(), "Lateness!C11", 20), 422), "Lateness!B12",
                "minutes 16–20 are covered by both row 11 (ATT-LATE-2");
    }

    @Test
    void gappedTiers() {
        locatedAt(refused(TABLE, Workbooks.set(table(), "Lateness!B12", 20), 422), "Lateness!B12",
                "minutes 16–20 are covered by no row");
    }

    @Test
    void anUnknownRuleIdAndADuplicateRuleName() {
        JsonPath p = refused(TABLE, Workbooks.set(Workbooks.set(table(), "Lateness!A10", "ATT-LATE-9 new tier"),
                "Lateness!A12", "ATT-LATE-2 late or early by 6 to 15 minutes"), 422);
        locatedAt(p, "Lateness!A10", "ATT-LATE-9 is not in the catalogue");
        locatedAt(p, "Lateness!A12", "is used twice (also at Lateness!A11)");
    }

    @Test
    void hiddenRowsAndMergedValueCellsAreRefused() {
        locatedAt(refused(TABLE, Workbooks.edit(table(), wb -> wb.getSheet("Lateness").getRow(11).setZeroHeight(true)),
                422), "Lateness!A12", "is hidden");
        locatedAt(refused(TABLE, Workbooks.edit(table(), wb -> wb.getSheet("Lateness")
                .addMergedRegion(CellRangeAddress.valueOf("E11:E12"))), 422), "Lateness!E11:E12", "are merged");
    }

    @Test
    void aDrlSyntaxErrorIsLocatedAtItsLine() {
        String drl = new String(Policies.download("attendance", "2024-01-01", "absence.drl"), StandardCharsets.UTF_8);
        List<String> lines = List.of(drl.split("\n", -1));
        int then = lines.indexOf("then");
        String broken = drl.replaceFirst("(?m)^then$", "thn");
        JsonPath p = refused("absence.drl", broken.getBytes(StandardCharsets.UTF_8), 422);
        assertThat(p.getList("errors.location", String.class)).anyMatch(l -> l.startsWith("absence.drl:"));
        assertThat(p.getList("errors.message", String.class)).anyMatch(m -> m.contains("does not compile"));
        assertThat(then).isPositive();
    }

    @Test
    void aCellThatBreaksTheGeneratedRuleIsLocatedAtThatCellInWords() {
        byte[] conduct = Workbooks.set(Policies.download("conduct", "2024-01-01", "conduct.drl.xlsx"),
                "OrderConduct!B10", "drinking &&");
        JsonPath p = Policies.upload("conduct", "2024-12-16", "bad", Map.of("conduct.drl.xlsx", conduct))
                .statusCode(422).contentType("application/problem+json").extract().jsonPath();
        locatedAt(p, "OrderConduct!B10", "the value \"drinking &&\" in cell B10 (column \"the order shows 工单记录\")");
        locatedAt(p, "OrderConduct!B10", "makes the rule of row 10 (PEN-DRINKING");
        locatedAt(p, "OrderConduct!B10", "generated DRL line");
        assertThat(Policies.active("conduct")).isEqualTo("2024-01-01");
        assertThat(Policies.revisionCount("conduct")).isEqualTo(1);
    }

    @Test
    void aScenarioThatFailsIsReportedAtItsCellAndBlocksActivation() {
        byte[] tests = Workbooks.set(Policies.download("attendance", "2024-01-01", "attendance-tests.drl.xlsx"),
                "Tests!G11", 11);
        JsonPath up = Policies.upload("attendance", "2024-12-16", null, Map.of("attendance-tests.drl.xlsx", tests))
                .statusCode(201).extract().jsonPath();
        assertThat(up.getList("report.tests.failures", Map.class))
                .anyMatch(f -> "Tests!G11".equals(f.get("location"))
                        && f.get("message").toString().contains("expected ATT-LATE-2 DEDUCT 11.00"));
        Policies.activate("attendance", "2024-12-16", null).statusCode(409);
        assertThat(Policies.active("attendance")).isEqualTo("2024-01-01");
    }
}
