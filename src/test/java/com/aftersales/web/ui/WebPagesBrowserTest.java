package com.aftersales.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.sample.SampleData;
import com.aftersales.support.Policies;
import com.aftersales.support.TestDatabase;
import com.aftersales.support.Workbooks;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The pages in a real browser (headless chromium): what HR, a supervisor and a policy admin do, each main
 * page checked by axe-core and saved as a screenshot under target/screenshots. Runs with -Pbrowser.
 */
@QuarkusTest
@Tag("browser")
class WebPagesBrowserTest {

    static final String TABLE = "attendance.drl.xlsx";
    static final String TESTS = "attendance-tests.drl.xlsx";

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestDatabase db;

    @Inject
    SampleData sample;

    @Inject
    Policies policies;

    @Inject
    com.aftersales.attendance.clock.ClockDevices clocks;

    @Inject
    com.aftersales.access.UserService users;

    static Browser browser;
    static boolean loaded;

    @BeforeEach
    void theSampleCompanyWithItsMonthScored() {
        policies.reset();
        if (!loaded) {
            db.reset();
            assertThat(sample.load().problems()).isEmpty();
            loaded = true;
        }
        if (browser == null) {
            browser = new Browser(base.toString());
        }
    }

    @AfterEach
    void shippedRevisionsAgain() {
        policies.reset();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        loaded = false;
    }

    @Test
    void hrRunsTheMonthWatchesItsProgressAndFollowsAStatementLineToItsExplanationAndBack() throws Exception {
        Browser b = browser;
        b.open("/periods?lang=zh");
        assertThat(b.find("#m-2024-11").getText()).isEqualTo("2024年11月");
        assertThat(b.find("#m-2024-11 ~ div tfoot").getText()).contains("合计", "12");
        b.assertAccessible("periods");
        // keyboard: the first Tab reaches the skip link, drawn with a visible focus ring
        b.find("body").sendKeys(Keys.TAB);
        WebElement focused = b.driver.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).isEqualTo("skip");
        assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");

        b.find("#m-2024-11 a").click();
        b.waitFor("/periods/2024-11");
        assertThat(b.path()).isEqualTo("/periods/2024-11");
        assertThat(b.all("#employees tbody tr")).hasSize(12);
        for (WebElement amount : b.all("#employees tbody td.num")) {
            assertThat(amount.getText()).matches("-?\\d+\\.\\d{2}");
            assertThat(amount.getCssValue("text-align")).isEqualTo("right");
        }
        b.assertAccessible("period");

        b.find("#run-button").click();
        b.waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.id("run-progress")));
        assertThat(b.path()).startsWith("/periods/2024-11?run=");
        String runText = b.find("#run-progress .run-text").getText();
        assertThat(runText).containsAnyOf("正在计算", "计算完成");
        b.screenshot("period-run-progress");
        // the page polls GET /api/runs/{id}; when the run is done it shows the count and returns to the month
        b.waiting(180).until(d -> !b.path().contains("run="));
        assertThat(b.all("#employees tbody tr")).hasSize(12);
        assertThat(b.find("#runs tbody").getText()).contains("已完成");

        b.find("#employees").findElement(By.linkText("王建国")).click();
        assertThat(b.path()).isEqualTo("/periods/2024-11/employees/WANG");
        assertThat(b.find("h1").getText()).contains("王建国");
        assertThat(b.find("#total-net").getText()).matches("-?\\d+\\.\\d{2}");
        assertThat(b.all("h2").stream().map(WebElement::getText).toList()).contains("考勤管理制度(分公司)");
        b.assertAccessible("statement");

        WebElement explain = b.find("a.explain-link");
        String statementUrl = b.path();
        explain.sendKeys(Keys.ENTER);
        assertThat(b.path()).startsWith("/lines/L");
        assertThat(b.find("h1").getText()).startsWith("明细解释: ");
        assertThat(b.find("#quote").getText()).isNotBlank();
        assertThat(b.find("#arithmetic").getText()).contains("=");
        assertThat(b.all("table.record")).isNotEmpty();
        b.assertAccessible("explanation");

        b.driver.navigate().back();
        assertThat(b.path()).isEqualTo(statementUrl);

        b.find("#lang-switch").click();
        assertThat(b.find("h1").getText()).startsWith("Statement of the month");
        assertThat(b.find("html").getAttribute("lang")).isEqualTo("en");
        b.find("#lang-switch").click();
        assertThat(b.find("h1").getText()).startsWith("本月对账单");

        b.find("#printable").click();
        assertThat(b.path()).isEqualTo("/periods/2024-11/employees/WANG/print");
        assertThat(b.all("section.explained")).hasSameSizeAs(b.all("table.lines tbody tr"));
        assertThat(b.all("link[media=print]")).hasSize(1);
        b.assertAccessible("statement-print");
        // printed: no navigation, the lines and explanations on A4 pages
        b.driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        assertThat(b.find("header.top").isDisplayed()).isFalse();
        assertThat(b.find("main h1").getText()).contains("王建国");
        b.driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        org.openqa.selenium.print.PrintOptions a4 = new org.openqa.selenium.print.PrintOptions();
        a4.setPageSize(org.openqa.selenium.print.PageSize.ISO_A4);
        byte[] pdf = java.util.Base64.getDecoder().decode(b.driver.print(a4).getContent());
        Files.write(Browser.SCREENSHOTS.resolve("statement-print-a4.pdf"), pdf);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        // the 考勤月报 of the month, one row per employee
        b.open("/periods/2024-11");
        b.find("#attendance-report").click();
        assertThat(b.path()).isEqualTo("/periods/2024-11/attendance");
        assertThat(b.find("h1").getText()).startsWith("考勤月报");
        assertThat(b.all("#attendance tbody tr")).isNotEmpty();
        b.assertAccessible("attendance-report");

        // HR closes the month and downloads the export for payroll
        b.open("/periods/2024-11");
        assertThat(b.find("#period-status").getText()).isEqualTo("未结账");
        b.find("#close-reason").sendKeys("11月工资已核对");
        b.find("#close-button").click();
        b.waiting(60).until(d -> "已结账".equals(b.find("#period-status").getText()));
        assertThat(b.find("#period-history").getText()).contains("11月工资已核对", com.aftersales.support.AuthenticatedTests.USER);
        assertThat(b.all("#reopen-form")).hasSize(1);
        b.assertAccessible("period-closed");
        String href = b.find("#export-xlsx").getAttribute("href");
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> got = (java.util.Map<String, Object>) b.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(buf => done({
                  status: r.status, type: r.headers.get('Content-Type'), disposition: r.headers.get('Content-Disposition'),
                  bytes: buf.byteLength, zip: new Uint8Array(buf.slice(0, 2)).join(',')}))).catch(e => done({status: String(e)}));
                """, href);
        assertThat(got.get("status")).isEqualTo(200L);
        assertThat((String) got.get("type")).contains("spreadsheetml");
        assertThat((String) got.get("disposition")).contains("attachment");
        assertThat(got.get("zip")).isEqualTo("80,75");
        b.find("#reopen-reason").sendKeys("浏览器测试后恢复");
        b.find("#reopen-button").click();
        b.waiting(60).until(d -> "未结账".equals(b.find("#period-status").getText()));
    }

    @Test
    void theBranchSatisfactionChartShowsTwelveMonthsAndTheTargetLine() {
        Browser b = browser;
        b.open("/branches/MIANXIAN/satisfaction?to=2024-11&lang=zh");
        b.waiting(20).until(d -> "true".equals(b.find("#chart").getAttribute("data-rendered")));
        assertThat(b.all("#kpi-table tbody tr")).hasSize(12);
        String svg = b.find("#chart svg").getAttribute("outerHTML");
        assertThat(svg).contains("目标 95.00%", "2024年11月", "2023年12月");
        b.assertAccessible("satisfaction");
    }

    @Test
    void aPolicyAdminSeesTheRedCellOfATextAmountUploadsAFixedTablePreviewsComparesAndActivates() throws Exception {
        Browser b = browser;
        b.open("/policies?lang=zh");
        b.assertAccessible("policies");
        b.find("#policies").findElement(By.partialLinkText("考勤")).click();
        assertThat(b.path()).isEqualTo("/policies/attendance");
        assertThat(b.find("#revisions").getText()).contains("2024-01-01", "现行");
        assertThat(b.all("#revisions a[download]")).isNotEmpty();
        b.assertAccessible("policy");

        byte[] shipped = Policies.download("attendance", "2024-01-01", TABLE);
        Path dir = Files.createDirectories(Path.of("target", "browser-uploads"));
        Path bad = Files.write(Files.createDirectories(dir.resolve("bad")).resolve(TABLE), Workbooks.set(shipped, "Lateness!E11", "十元"));
        upload(b, List.of(bad), "2024-12-16", "ATT-LATE-2 写成了文字");
        b.waitFor("/policies/attendance/upload");
        WebElement red = b.find("table.grid[data-sheet=Lateness] td.badcell[data-cell=E11]");
        assertThat(red.getText()).isEqualTo("十元");
        assertThat(red.getCssValue("background-color")).isEqualTo("rgba(253, 226, 228, 1)");
        WebElement beside = red.findElement(By.xpath("./ancestor::tr/td[@class='msg']"));
        assertThat(beside.getText()).startsWith("E11: ");
        assertThat(b.find("#errors").getText()).contains("Lateness!E11");
        b.assertAccessible("upload-refused");

        b.driver.navigate().back();
        assertThat(b.path()).isEqualTo("/policies/attendance");
        Path fixed = Files.write(dir.resolve(TABLE), Workbooks.set(shipped, "Lateness!E11", 15));
        byte[] tests = Policies.download("attendance", "2024-01-01", TESTS);
        for (String cell : List.of("Tests!G11", "Tests!G14", "Tests!G34")) {
            tests = Workbooks.set(tests, cell, 15);
        }
        Path fixedTests = Files.write(dir.resolve(TESTS), tests);
        upload(b, List.of(fixed, fixedTests), "2024-12-16", "ATT-LATE-2 改为 15 元");
        b.waitFor("/policies/attendance/revisions/2024-12-16");
        assertThat(b.path()).startsWith("/policies/attendance/revisions/2024-12-16");
        assertThat(b.find("#notice").getText()).contains("2024-12-16");
        assertThat(b.find("#revision-status").getText()).isEqualTo("候选");
        assertThat(b.find("#tests-summary").getText()).matches("通过 (\\d+) / \\1");
        b.assertAccessible("revision");

        b.find("#preview-button").click();
        b.waitFor("/policies/attendance/revisions/2024-12-16/preview");
        assertThat(b.path()).isEqualTo("/policies/attendance/revisions/2024-12-16/preview?period=2024-11");
        assertThat(b.find("#preview-counts").getText()).startsWith("受影响员工：");
        List<WebElement> rows = b.all("#preview tbody tr");
        assertThat(rows).isNotEmpty();
        b.find("#preview thead th:nth-child(4) button").click();
        List<BigDecimal> differences = b.all("#preview tbody tr td:nth-of-type(3)").stream()
                .map(td -> new BigDecimal(td.getText())).toList();
        assertThat(differences).isSorted();
        assertThat(b.find("#preview thead th:nth-child(4)").getAttribute("aria-sort")).isEqualTo("ascending");
        b.assertAccessible("preview");

        b.driver.navigate().back();
        b.find("#diff-button").click();
        b.waitFor("/policies/attendance/revisions/2024-12-16/diff");
        assertThat(b.path()).isEqualTo("/policies/attendance/revisions/2024-12-16/diff?against=2024-01-01");
        assertThat(b.find("#diff-cells").getText()).contains("Lateness", "E11", "15");
        b.assertAccessible("diff");

        b.driver.navigate().back();
        b.find("#activate-button").click();
        b.waiting(120).until(d -> !b.all("#problem").isEmpty());
        assertThat(b.find("#revision-status").getText()).isEqualTo("候选");
        b.assertAccessible("activation-refused");
        // four eyes: a second policy admin activates
        b.driver.manage().deleteAllCookies();
        b.logIn("admin.wu", "admin-wu-pass");
        try {
            b.open("/policies/attendance/revisions/2024-12-16");
            b.find("#activate-note").sendKeys("第二位管理员复核");
            b.find("#activate-button").click();
            b.waitFor("/policies/attendance/revisions/2024-12-16?activated=1");
        } finally {
            b.driver.manage().deleteAllCookies();
            b.logIn(com.aftersales.support.AuthenticatedTests.USER, com.aftersales.support.AuthenticatedTests.PASSWORD);
        }
        b.open("/policies/attendance/revisions/2024-12-16?activated=1");
        assertThat(b.find("#notice").getText()).contains("已启用修订版 2024-12-16");
        assertThat(b.find("#revision-status").getText()).isEqualTo("现行");
    }

    @Test
    void recordsImportedFromAFileShowEveryBadRowLocatedInATableAndAFixedFileIsStored() throws Exception {
        Browser b = browser;
        Path dir = Files.createDirectories(Path.of("target", "browser-uploads"));
        Path bad = Files.writeString(dir.resolve("punches-bad.csv"), """
                id,employeeId,at,source
                P-WEB-1,WANG,2024-11-20T08:31,FINGERPRINT
                P-WEB-2,WANG,2024-11-2x 17:40,FINGERPRINT
                P-WEB-3,NOBODY,2024-11-21T08:20,FINGERPRINT
                """);
        b.open("/records/import?kind=punches&lang=zh");
        b.find("#import-file").sendKeys(bad.toAbsolutePath().toString());
        b.find("#import-submit").click();
        b.waiting(60).until(d -> !b.all("#import-refused").isEmpty());
        List<String> locations = b.all("#import-errors tbody tr td:first-child").stream().map(WebElement::getText).toList();
        assertThat(locations).hasSize(2);
        assertThat(String.join(" ", locations)).contains("3", "4");
        b.assertAccessible("import-refused");

        Path fixed = Files.writeString(dir.resolve("punches.csv"), """
                id,employeeId,at,source
                P-WEB-1,WANG,2024-11-20T08:31,FINGERPRINT
                P-WEB-2,WANG,2024-11-20T17:40,FINGERPRINT
                """);
        b.driver.executeScript("document.getElementById('import-form').reset();");
        b.find("#import-file").sendKeys(fixed.toAbsolutePath().toString());
        b.find("#import-submit").click();
        b.waiting(60).until(d -> !b.all("#import-done").isEmpty());
        assertThat(b.find("#import-done").getText()).contains("收到 2 条", "新增 2");
        b.assertAccessible("import-done");
    }

    @Test
    void clockPunchesOfAPinMappedToNobodyAreListedAndAssignedToAnEmployeeInOneStep() throws Exception {
        Browser b = browser;
        clocks.register("WEB-CLOCK-1", "MIANXIAN", "勉县前台");
        Path log = Files.writeString(Files.createDirectories(Path.of("target", "browser-uploads")).resolve("attlog.dat"),
                "     9001\t2024-11-25 08:21:07\t0\t1\t0\t0\n     9001\t2024-11-25 17:45:30\t1\t1\t0\t0\n");
        b.open("/punches/unmatched?lang=zh");
        b.find("#attlog-file").sendKeys(log.toAbsolutePath().toString());
        b.find("#attlog-submit").click();
        b.waiting(60).until(d -> !b.all("#attlog-done").isEmpty());
        assertThat(b.find("#attlog-done").getText()).contains("WEB-CLOCK-1", "读取 2 条", "未匹配 2 条");
        WebElement row = b.find("#unmatched tbody tr");
        assertThat(row.getText()).contains("WEB-CLOCK-1", "9001", "2");
        b.assertAccessible("unmatched");

        new org.openqa.selenium.support.ui.Select(row.findElement(By.name("employeeId"))).selectByValue("WANG");
        row.findElement(By.cssSelector("button")).click();
        b.waitFor("/punches/unmatched?assigned=");
        assertThat(b.find("#assigned").getText()).contains("2");
        assertThat(b.all("#unmatched")).isEmpty();
        assertThat(b.find("#none-unmatched").getText()).isEqualTo("没有未匹配的打卡");
    }

    @Test
    void aSupervisorSeesOnlyTheirBranchAndCannotOpenAnotherBranchsEmployeeEvenByLink() {
        users.put("sup.mianxian", new com.aftersales.access.UserService.UserChange("sup-mianxian-pass",
                List.of("supervisor"), List.of("MIANXIAN")), false);
        Browser b = browser;
        b.driver.manage().deleteAllCookies();
        b.logIn("sup.mianxian", "sup-mianxian-pass");
        try {
            b.open("/periods/2024-11?lang=zh");
            List<String> branches = b.all("#employees tbody tr td:nth-of-type(1)").stream().map(WebElement::getText)
                    .distinct().toList();
            assertThat(branches).containsExactly("MIANXIAN");
            assertThat(b.all("#run-button")).isEmpty();
            b.find("#employees").findElement(By.linkText("王建国")).click();
            b.waitFor("/periods/2024-11/employees/WANG");
            String ownLine = b.find("a.explain-link").getAttribute("href");
            b.assertAccessible("statement-supervisor");

            b.open("/periods/2024-11/employees/CHEN");
            assertThat(b.find("h1").getText()).contains("没有权限", "403");
            assertThat(b.find("main").getText()).doesNotContain("陈强");
            b.assertAccessible("forbidden");
            b.open("/branches/CHENGGU/satisfaction?to=2024-11");
            assertThat(b.find("h1").getText()).contains("403");
            b.driver.get(ownLine);
            assertThat(b.find("h1").getText()).startsWith("明细解释");
        } finally {
            b.driver.manage().deleteAllCookies();
            b.logIn(com.aftersales.support.AuthenticatedTests.USER, com.aftersales.support.AuthenticatedTests.PASSWORD);
        }
    }

    @Test
    void aPageOpenedWithoutSigningInLeadsToTheLoginPageAndBackAfterIt() {
        Browser b = browser;
        b.driver.manage().deleteAllCookies();
        b.open("/periods/2024-11");
        b.waitFor("/login");
        assertThat(b.find("h1").getText()).isEqualTo("登录");
        b.assertAccessible("login");
        b.find("#j_username").sendKeys(com.aftersales.support.AuthenticatedTests.USER);
        b.find("#j_password").sendKeys("wrong-password");
        b.find("#login-submit").click();
        b.waiting(60).until(d -> b.path().startsWith("/login?") || !b.path().startsWith("/login"));
        b.screenshot("login-failed");
        assertThat(b.path()).startsWith("/login?error");
        assertThat(b.find("#login-error").getText()).isEqualTo("用户名或密码错误");
        b.find("#j_username").clear();
        b.find("#j_username").sendKeys(com.aftersales.support.AuthenticatedTests.USER);
        b.find("#j_password").sendKeys(com.aftersales.support.AuthenticatedTests.PASSWORD);
        b.find("#login-submit").click();
        b.waiting(60).until(d -> !b.path().startsWith("/login"));
        assertThat(b.path()).isEqualTo("/periods/2024-11");
    }

    /** Fills the upload form of the policy page and submits it. */
    private static void upload(Browser b, List<Path> files, String effectiveFrom, String note) {
        b.driver.executeScript("document.getElementById('upload-form').reset();");
        b.find("#file").sendKeys(String.join("\n", files.stream().map(p -> p.toAbsolutePath().toString()).toList()));
        b.driver.executeScript("document.getElementById('effectiveFrom').value = arguments[0];", effectiveFrom);
        b.find("#note").sendKeys(note);
        b.find("#upload-submit").click();
    }
}
