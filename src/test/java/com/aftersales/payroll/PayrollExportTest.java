package com.aftersales.payroll;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.aftersales.support.Api;
import com.aftersales.support.Attendance;
import com.aftersales.support.Company;
import com.aftersales.support.Incidents;
import com.aftersales.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The payroll export (issue 10, acceptance 3): CSV in UTF-8 with a BOM and Chinese headers, XLSX with the lines,
 * the totals per employee and 考勤月报; totals equal the statements; a period not closed is a draft (草稿); the XLSX
 * opened by LibreOffice gives the same rows and totals as the CSV.
 */
@QuarkusTest
class PayrollExportTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void novemberRun() {
        db.reset();
        Company.examples("2024-11");
        Attendance.of("WANG").worked("2024-11-05", "08:36", "17:30").worked("2024-11-06", "08:46", "17:30")
                .absent("2024-11-07").post();
        Incidents.post(Incidents.incident("EX-1", "CHEN", "2024-11-04", "PEN-UNIFORM", null));
        Api.run("2024-11");
    }

    static byte[] export(String query) {
        return given().get("/api/periods/2024-11/export?" + query).then().statusCode(200).extract().asByteArray();
    }

    static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(false).get().parse(new StringReader(text))
                .getRecords();
    }

    static List<List<String>> rows(String text) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(text))) {
            out.add(r.toList());
        }
        return out;
    }

    @Test
    void theCsvIsUtf8WithABomChineseHeadersOneRowPerLineMarkedDraftAndItsTotalsAreTheStatements() throws Exception {
        byte[] bytes = export("format=csv&lang=zh");
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = rows(text);
        assertThat(rows.get(0)).startsWith("状态", "月份", "工号", "姓名", "网点", "明细编号", "规则", "方向");
        List<List<String>> body = rows.subList(1, rows.size());
        assertThat(body).isNotEmpty().allSatisfy(r -> assertThat(r.get(0)).isEqualTo("草稿"));
        Map<String, BigDecimal> net = new HashMap<>();
        for (List<String> r : body) {
            net.merge(r.get(2), new BigDecimal(r.get(10)), BigDecimal::add);
        }
        JsonPath statements = Api.get("/api/periods/2024-11/statements").extract().jsonPath();
        int lines = 0;
        for (String e : statements.getList("employeeId", String.class)) {
            JsonPath s = Api.statement("2024-11", e).jsonPath();
            lines += s.getList("lines").size();
            assertThat(net.getOrDefault(e, BigDecimal.ZERO)).as(e).isEqualByComparingTo(s.getString("net"));
        }
        assertThat(body).hasSize(lines);
        assertThat(body.stream().filter(r -> r.get(2).equals("WANG")).map(r -> r.get(6)))
                .contains("ATT-LATE-2", "ATT-LATE-3");
        assertThat(body.stream().map(r -> r.get(7))).contains("扣款").isSubsetOf("扣款", "发放");
        String english = new String(export("format=csv&lang=en"), StandardCharsets.UTF_8);
        assertThat(english).startsWith("\uFEFFstatus,period,employeeId,name,branch,lineId,ruleId,direction");
        assertThat(english).contains("draft,2024-11,WANG");
    }

    @Test
    void theXlsxHasTheLinesTheTotalsAndTheAttendanceReportAndIsFinalOnceClosed() throws Exception {
        Api.post("/api/periods/2024-11/close", Map.of()).statusCode(200);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(export("format=xlsx&lang=zh")))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("明细");
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("合计");
            assertThat(wb.getSheetAt(2).getSheetName()).isEqualTo("考勤月报");
            DataFormatter f = new DataFormatter();
            Sheet totals = wb.getSheetAt(1);
            JsonPath statements = Api.get("/api/periods/2024-11/statements").extract().jsonPath();
            assertThat(totals.getLastRowNum()).isEqualTo(statements.getList("employeeId").size());
            for (Row r : totals) {
                if (r.getRowNum() == 0) {
                    assertThat(f.formatCellValue(r.getCell(5))).isEqualTo("扣款合计");
                    continue;
                }
                String e = f.formatCellValue(r.getCell(2));
                assertThat(f.formatCellValue(r.getCell(0))).isEqualTo("定稿");
                assertThat(f.formatCellValue(r.getCell(5))).as(e).isEqualTo(statements.getString(
                        "find { it.employeeId == '" + e + "' }.deduct"));
            }
            Sheet report = wb.getSheetAt(2);
            List<String> header = new ArrayList<>();
            report.getRow(0).forEach(c -> header.add(f.formatCellValue(c)));
            assertThat(header).contains("应出勤天数", "实际出勤天数", "次数 ATT-LATE-2", "次数 ATT-LATE-3", "旷工天数");
            Row wang = null;
            for (Row r : report) {
                if ("WANG".equals(f.formatCellValue(r.getCell(2)))) {
                    wang = r;
                }
            }
            assertThat(wang).isNotNull();
            assertThat(f.formatCellValue(wang.getCell(header.indexOf("应出勤天数")))).isEqualTo("3");
            assertThat(f.formatCellValue(wang.getCell(header.indexOf("实际出勤天数")))).isEqualTo("2");
            assertThat(f.formatCellValue(wang.getCell(header.indexOf("次数 ATT-LATE-2")))).isEqualTo("1");
            assertThat(f.formatCellValue(wang.getCell(header.indexOf("次数 ATT-LATE-3")))).isEqualTo("1");
            assertThat(f.formatCellValue(wang.getCell(header.indexOf("旷工天数")))).isEqualTo("1");
        }
    }

    @Test
    void anUnknownFormatOrLanguageIsABadRequestNamingTheParameter() {
        JsonPath bad = given().get("/api/periods/2024-11/export?format=pdf&lang=fr").then().statusCode(400)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(bad.getList("errors.location", String.class)).containsExactly("format", "lang");
        given().get("/api/periods/2024-13/export?format=csv").then().statusCode(400)
                .contentType("application/problem+json");
    }

    /**
     * LibreOffice ({@code libreoffice --headless --convert-to csv}, Debian's libreoffice-calc-nogui, installed by
     * .ci/run) reads the XLSX: its first sheet gives the CSV export's rows, its second the statements' totals.
     * Skipped only where LibreOffice is not installed outside CI; in CI (CI set) a missing LibreOffice fails.
     */
    @Test
    void theXlsxOpenedByLibreOfficeGivesTheSameRowsAndTotalsAsTheCsv() throws Exception {
        String soffice = libreOffice();
        if (System.getenv("CI") == null) {
            assumeTrue(soffice != null, "LibreOffice is not installed (apt-get install libreoffice-calc-nogui)");
        }
        assertThat(soffice).as("libreoffice on the PATH (CI installs libreoffice-calc-nogui)").isNotNull();
        Path dir = Files.createTempDirectory("export-lo");
        Path xlsx = dir.resolve("payroll.xlsx");
        Files.write(xlsx, export("format=xlsx&lang=zh"));
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
                "--outdir", dir.toString(), xlsx.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(log).isTrue();
        Path lines = dir.resolve("payroll-明细.csv");
        Path totals = dir.resolve("payroll-合计.csv");
        assertThat(lines).as(log + " " + Arrays.toString(dir.toFile().list())).exists();
        byte[] csv = export("format=csv&lang=zh");
        List<List<String>> fromCsv = rows(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
        List<List<String>> fromLibreOffice = rows(strip(Files.readString(lines, StandardCharsets.UTF_8)));
        assertThat(fromLibreOffice).isEqualTo(fromCsv);
        JsonPath statements = Api.get("/api/periods/2024-11/statements").extract().jsonPath();
        List<List<String>> t = rows(strip(Files.readString(totals, StandardCharsets.UTF_8)));
        assertThat(t).hasSize(statements.getList("employeeId").size() + 1);
        for (List<String> r : t.subList(1, t.size())) {
            assertThat(r.get(5)).isEqualTo(statements.getString("find { it.employeeId == '" + r.get(2) + "' }.deduct"));
            assertThat(r.get(7)).isEqualTo(statements.getString("find { it.employeeId == '" + r.get(2) + "' }.net"));
        }
    }

    private static String strip(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String libreOffice() {
        for (String name : List.of("libreoffice", "soffice")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }

    @Test
    void theAttendanceReportPageShowsTheExportsRowsInChineseAndASupervisorOnlyTheirBranch() throws Exception {
        String page = given().get("/periods/2024-11/attendance?lang=zh").then().statusCode(200).contentType("text/html")
                .extract().asString();
        assertThat(page).contains("<h1>考勤月报", "应出勤天数", "实际出勤天数", "次数 ATT-LATE-2", "旷工天数", "本月未结账：这是草稿");
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page);
        List<String> header = doc.select("#attendance thead th").eachText();
        org.jsoup.nodes.Element wang = doc.select("#attendance tbody tr").stream()
                .filter(r -> r.select("th").text().equals("WANG")).findFirst().orElseThrow();
        List<String> cells = new ArrayList<>(List.of("WANG"));
        cells.addAll(wang.select("td").eachText());
        assertThat(cells.get(header.indexOf("应出勤天数"))).isEqualTo("3");
        assertThat(cells.get(header.indexOf("实际出勤天数"))).isEqualTo("2");
        assertThat(cells.get(header.indexOf("次数 ATT-LATE-2"))).isEqualTo("1");
        // the page's rows are the export's 考勤月报 sheet, without its status and month columns
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(export("format=xlsx&lang=zh")))) {
            DataFormatter f = new DataFormatter();
            Sheet report = wb.getSheetAt(2);
            List<String> exported = new ArrayList<>();
            report.getRow(0).forEach(c -> exported.add(f.formatCellValue(c)));
            assertThat(header).isEqualTo(exported.subList(2, exported.size()));
            assertThat(doc.select("#attendance tbody tr")).hasSize(report.getLastRowNum());
        }
        assertThat(given().get("/periods/2024-11/attendance?lang=en").then().statusCode(200).extract().asString())
                .contains("Attendance monthly report", "scheduledDays", "The month is open: this is a draft");

        given().contentType("application/json").body(Map.of("password", "a-good-password", "roles", List.of("supervisor"),
                "branches", List.of("MIANXIAN"))).put("/api/users/sup.mianxian").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        org.jsoup.nodes.Document mine = org.jsoup.Jsoup.parse(given().auth().preemptive().basic("sup.mianxian",
                "a-good-password").get("/periods/2024-11/attendance").then().statusCode(200).extract().asString());
        List<String> branches = mine.select("#attendance tbody tr").stream().map(r -> r.select("td").get(1).text())
                .distinct().toList();
        assertThat(branches).containsExactly("MIANXIAN");
    }
}
