package com.aftersales.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Company;
import com.aftersales.support.Policies;
import com.aftersales.support.TestDatabase;
import com.aftersales.support.Workbooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every problem a person reads is in their language: a catalogue of bad requests, one or more per endpoint family
 * (path parameters, reference data, record kinds, bulk records, users, clock devices, policy uploads and their
 * validation reports, closed periods, branch scope), each sent with {@code Accept-Language: zh-CN} and with
 * {@code en}. In Chinese, {@code title}, {@code detail}, every {@code errors[].message} and every message of a
 * validation {@code report} holds Chinese characters and no raw code (an enum code, a {@code SNAKE_CASE} name, a
 * boolean) outside the quoted input it echoes; in English, none holds Chinese outside quotes.
 */
@QuarkusTest
class BilingualProblemsTest {

    private static final String TABLE = "attendance.drl.xlsx";

    @Inject
    TestDatabase db;

    @Inject
    Policies policies;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
    }

    @AfterEach
    void shippedRevisionsOnly() {
        policies.reset();
    }

    /** One bad request: what it is, the status it gets, and how it is sent (on a request with its language). */
    record Case(String name, int status, Function<RequestSpecification, Response> send) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case c(String name, int status, Function<RequestSpecification, Response> send) {
        return new Case(name, status, send);
    }

    private static Function<RequestSpecification, Response> json(String method, String path, String body) {
        return r -> r.contentType("application/json").body(body).urlEncodingEnabled(false).request(method, path);
    }

    private static Function<RequestSpecification, Response> get(String path) {
        return r -> r.urlEncodingEnabled(false).get(path);
    }

    private static final String BRANCH = "{\"name\":\"新网点\",\"foundingDate\":\"2020-01-01\",\"shiftStart\":\"08:30\","
            + "\"shiftEnd\":\"17:30\"}";

    static Stream<Case> catalogue() {
        return Stream.of(
                // path parameters
                c("a period that is no month", 400, get("/api/periods/2024-13/statements")),
                c("a period of the KPI report that is no month", 400, get("/api/periods/2024-13/kpi")),
                c("a period of wages that is no month", 400, json("PUT", "/api/periods/24-1/wages", "[]")),
                c("a NUL in a policy id", 400, get("/api/policies/attendance%00/revisions")),
                c("a NUL in a revision", 400, get("/api/policies/attendance/revisions/2024-01-01%00/files/policy.yaml")),
                c("a NUL in an employee id", 400, get("/api/employees/WA%00NG")),
                c("a NUL in a run id", 400, get("/api/runs/r%00n")),
                c("a year of the calendar that is no year", 400, get("/api/calendar/20x4")),
                c("an export of a month that is no month", 400, get("/api/periods/2024-00/export")),
                // not found
                c("an unknown employee", 404, get("/api/employees/NOBODY")),
                c("an unknown branch", 404, get("/api/branches/NOWHERE")),
                c("an unknown run", 404, get("/api/runs/00000000-0000-0000-0000-000000000000")),
                c("an unknown line", 404, get("/api/lines/no-such-line/explanation")),
                c("an unknown policy", 404, get("/api/policies/nonsense/revisions")),
                c("an unknown revision", 404, get("/api/policies/attendance/revisions/2031-01-01")),
                c("an unknown statement", 404, get("/api/periods/2024-11/statements/NOBODY")),
                // reference data
                c("a branch id with a NUL", 400, json("PUT", "/api/branches/a%00b", BRANCH)),
                c("a branch without its fields", 400, json("PUT", "/api/branches/NEW", "{}")),
                c("no employees", 400, json("POST", "/api/employees", "[]")),
                c("employees of an unknown branch, twice", 400, json("POST", "/api/employees",
                        "[{\"employeeId\":\"X1\",\"name\":\"甲\",\"branch\":\"NOWHERE\",\"department\":\"售后\","
                                + "\"hireDate\":\"2020-01-01\"},{\"employeeId\":\"X1\",\"name\":\"乙\",\"branch\":\"NOWHERE\","
                                + "\"department\":\"售后\",\"hireDate\":\"2020-01-01\"}]")),
                c("an employee without fields", 400, json("PUT", "/api/employees/X2", "{}")),
                c("no wages", 400, json("PUT", "/api/periods/2024-11/wages", "[]")),
                c("wages of an unknown employee", 400, json("PUT", "/api/periods/2024-11/wages",
                        "[{\"employeeId\":\"NOBODY\",\"dailyAvgWage\":\"100\",\"monthlyWage\":\"3000\"}]")),
                c("a calendar with a day of another year", 400, json("PUT", "/api/calendar/2024",
                        "{\"holidays\":[\"2023-10-01\"],\"workdays\":[],\"closures\":[{\"from\":\"2024-02-10\"}]}")),
                // record kinds and bulk records
                c("an unknown record kind", 404, json("POST", "/api/nonsense", "[]")),
                c("records that are not an array", 400, json("POST", "/api/shifts", "{\"id\":\"S1\"}")),
                c("no records", 400, json("POST", "/api/shifts", "[]")),
                c("records with fields of the wrong types", 400, json("POST", "/api/shifts",
                        "[{\"id\":5,\"employeeId\":true,\"date\":\"2024-13-01\",\"start\":\"x\",\"end\":17}]")),
                c("a record that is no object", 400, json("POST", "/api/shifts", "[42]")),
                c("a leave of an unknown type", 400, json("POST", "/api/leave",
                        "[{\"id\":\"L1\",\"employeeId\":\"WANG\",\"type\":\"HOLIDAYS\",\"start\":\"2024-11-05\","
                                + "\"end\":\"2024-11-05\",\"hours\":\"8\",\"status\":\"APPROVED\"}]")),
                c("a record naming an employee that is not stored", 400, json("POST", "/api/shifts",
                        "[{\"id\":\"S1\",\"employeeId\":\"NOBODY\",\"date\":\"2024-11-05\",\"start\":\"08:30\","
                                + "\"end\":\"17:30\"}]")),
                c("an unknown template", 404, get("/api/templates/nonsense.csv")),
                // each record kind's own checks
                c("a completed visit without its result and with an unknown item", 400, json("POST", "/api/visits",
                        "[{\"id\":\"V1\",\"branch\":\"MIANXIAN\",\"visitKind\":\"SALES\",\"visitNo\":1,"
                                + "\"attemptAt\":\"2024-11-08T10:00\",\"outcome\":\"COMPLETED\","
                                + "\"itemRatings\":{\"nonsense\":\"S\"}}]")),
                c("a refused visit with a result", 400, json("POST", "/api/visits",
                        "[{\"id\":\"V2\",\"branch\":\"MIANXIAN\",\"visitKind\":\"LOGISTICS\",\"visitNo\":1,"
                                + "\"attemptAt\":\"2024-11-08T10:00\",\"outcome\":\"REFUSED\",\"result\":\"S\"}]")),
                c("a delivery delivered before it was paid, with a crew member twice", 400, json("POST", "/api/deliveries",
                        "[{\"id\":\"D1\",\"branch\":\"MIANXIAN\",\"zone\":\"LOCAL\",\"paidAt\":\"2024-11-05T10:00\","
                                + "\"deliveredAt\":\"2024-11-04T10:00\",\"crewEmployeeIds\":[\"WANG\",\"WANG\"]}]")),
                c("a leave that ends before it starts", 400, json("POST", "/api/leave",
                        "[{\"id\":\"L2\",\"employeeId\":\"WANG\",\"type\":\"PERSONAL\",\"start\":\"2024-11-06\","
                                + "\"end\":\"2024-11-05\",\"hours\":\"8\",\"status\":\"APPROVED\"}]")),
                c("a media commendation without its medium", 400, json("POST", "/api/commendations",
                        "[{\"id\":\"C1\",\"employeeId\":\"WANG\",\"kind\":\"MEDIA\",\"date\":\"2024-11-05\"}]")),
                c("an incident of a code not in the catalogue", 400, json("POST", "/api/incidents",
                        "[{\"id\":\"I1\",\"employeeId\":\"WANG\",\"date\":\"2024-11-05\",\"code\":\"NO-SUCH-RULE\"}]")),
                c("a leave routing question of an unknown type", 400, get("/api/leave/routing?type=HOLIDAYS&days=0")),
                c("a leave entitlement question without employee", 400, get("/api/leave/entitlements")),
                c("a KPI report of unknown findings", 400, get("/api/periods/2024-11/kpi?findings=some")),
                c("a CSV with unknown columns", 400, r -> r.contentType("text/csv").body("clockIn,clockOut\n08:30,17:30\n")
                        .post("/api/shifts")),
                // users and clock devices
                c("a user of an unknown role", 400, json("PUT", "/api/users/new.one",
                        "{\"password\":\"long-enough-password\",\"roles\":[\"emperor\"],\"branches\":[]}")),
                c("a clock device serial that is no serial", 400, json("PUT", "/api/clock-devices/bad!serial",
                        "{\"branch\":\"MIANXIAN\"}")),
                // months
                c("a reopening without a reason", 400, json("POST", "/api/periods/2024-11/reopen", "{}")),
                // policy uploads and their validation reports
                c("an upload without files", 400, r -> r.multiPart("effectiveFrom", "2024-12-16")
                        .post("/api/policies/attendance/revisions")),
                c("an upload of a file that is no spreadsheet", 422, upload(TABLE,
                        "Rule,Amount\nATT-LATE-2,10\n".getBytes(StandardCharsets.UTF_8))),
                c("an upload of a DRL that does not compile", 422, r -> upload("absence.drl", new String(
                        Policies.download("attendance", "2024-01-01", "absence.drl"), StandardCharsets.UTF_8)
                        .replace("AttendanceDay(date == $i.date)", "AttendanceDay(date == == $i.date)")
                        .getBytes(StandardCharsets.UTF_8)).apply(r)),
                c("an upload of a table cell that does not compile", 422, r -> upload(TABLE, Workbooks.set(
                        Policies.download("attendance", "2024-01-01", TABLE), "Lateness!B11", "5 &&")).apply(r)),
                c("an upload of a table amount that is no amount", 422, r -> upload(TABLE, Workbooks.set(
                        Policies.download("attendance", "2024-01-01", TABLE), "Lateness!E11", "ten yuan")).apply(r)),
                c("an upload of a table with a rule id not in the catalogue", 422, r -> upload(TABLE, Workbooks.set(
                        Policies.download("attendance", "2024-01-01", TABLE), "Lateness!A12", "ATT-LATE-99")).apply(r)));
    }

    private static Function<RequestSpecification, Response> upload(String name, byte[] bytes) {
        return r -> r.auth().preemptive().basic("admin.wu", "admin-wu-pass").multiPart("effectiveFrom", "2024-12-16")
                .multiPart("file", name, bytes, "application/octet-stream").post("/api/policies/attendance/revisions");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void aBadRequestIsAnsweredInChineseOrEnglishAsAsked(Case c) {
        JsonPath zh = problem(c, "zh-CN");
        JsonPath en = problem(c, "en");
        assertChinese(zh);
        assertEnglish(en);
        assertThat(zh.getString("detail")).as("the Chinese and English details differ").isNotEqualTo(en.getString("detail"));
    }

    @Test
    void aRecordOfAClosedMonthIsRefusedInChineseOrEnglish() {
        com.aftersales.support.Api.run("2024-11");
        given().contentType("application/json").body("{\"reason\":\"paid\"}").post("/api/periods/2024-11/close")
                .then().statusCode(200);
        Case c = c("a shift in a closed month", 409, json("POST", "/api/shifts",
                "[{\"id\":\"WANG-S-1105\",\"employeeId\":\"WANG\",\"date\":\"2024-11-05\",\"start\":\"08:30\","
                        + "\"end\":\"17:30\"}]"));
        JsonPath zh = problem(c, "zh-CN");
        JsonPath en = problem(c, "en");
        assertChinese(zh);
        assertEnglish(en);
        assertThat(zh.getString("detail")).contains("2024-11").contains("已结账");
        assertThat(zh.getString("errors[0].message")).contains("WANG-S-1105").contains("2024-11");
        assertThat(en.getString("detail")).isEqualTo("period 2024-11 is closed: 1 record(s) dated in it were refused; "
                + "nothing was stored");
        assertThat(en.getString("errors[0].message")).isEqualTo("record WANG-S-1105 is dated in the closed period "
                + "2024-11; HR reopens it first");
        for (Case again : List.of(c("a run of a closed month", 409, r -> r.post("/api/periods/2024-11/runs")),
                c("closing a closed month", 409, json("POST", "/api/periods/2024-11/close", "{}")))) {
            assertChinese(problem(again, "zh-CN"));
            assertEnglish(problem(again, "en"));
        }
    }

    @Test
    void aClerksRecordOfAnotherBranchIsRefusedInChineseOrEnglish() {
        given().contentType("application/json").body(Map.of("password", "clerk-password-1", "roles", List.of("clerk"),
                "branches", List.of("CHENGGU"))).put("/api/users/clerk.chenggu").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        Case c = c("a clerk's shift of another branch", 403, r -> r.auth().preemptive().basic("clerk.chenggu",
                "clerk-password-1").contentType("application/json").body("[{\"id\":\"WANG-S-1105\",\"employeeId\":\"WANG\","
                        + "\"date\":\"2024-11-05\",\"start\":\"08:30\",\"end\":\"17:30\"}]").post("/api/shifts"));
        JsonPath zh = problem(c, "zh-CN");
        JsonPath en = problem(c, "en");
        assertChinese(zh);
        assertEnglish(en);
        assertThat(zh.getString("errors[0].message")).contains("WANG-S-1105").contains("MIANXIAN");
        assertThat(en.getString("errors[0].message")).isEqualTo("record WANG-S-1105 concerns branch(es) [MIANXIAN], "
                + "not yours [CHENGGU]");
    }

    private static JsonPath problem(Case c, String language) {
        Response r = c.send().apply(given().header("Accept-Language", language));
        assertThat(r.statusCode()).as(c.name() + " (" + language + "): " + r.asString()).isEqualTo(c.status());
        assertThat(r.contentType()).as(c.name()).startsWith("application/problem+json");
        return r.jsonPath();
    }

    /** The texts of a problem a person reads: title, detail, the errors' and the report's messages. */
    private static List<String> texts(JsonPath p) {
        List<String> out = new ArrayList<>();
        out.add(p.getString("title"));
        out.add(p.getString("detail"));
        for (String path : List.of("errors.message", "report.errors.message", "report.warnings.message")) {
            List<String> messages = p.getList(path, String.class);
            if (messages != null) {
                out.addAll(messages);
            }
        }
        return out;
    }

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** What a text quotes of the input: “…”, "…", 「…」. */
    private static final Pattern QUOTED = Pattern.compile("“[^”]*”|\"[^\"]*\"|「[^」]*」");
    private static final Pattern SNAKE = Pattern.compile("(?<![-A-Za-z0-9_.:/])[A-Z][A-Z0-9]*(_[A-Z0-9]+)+(?![-A-Za-z0-9_])");
    private static final Pattern BOOLEAN = Pattern.compile("\\b(true|false|null)\\b");
    private static final Pattern WORD = Pattern.compile("(?<![-A-Za-z0-9_.:/])[A-Z]{2,}(?![-A-Za-z0-9_])");

    /** The enum codes the bundles have labels for (PERSONAL, APPROVED, ...), which a Chinese text shows by label. */
    private static Set<String> enumCodes() {
        ResourceBundle b = ResourceBundle.getBundle("messages.texts", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Set<String> codes = new TreeSet<>();
        for (String key : Collections.list(b.getKeys())) {
            if (key.startsWith("enum.")) {
                String code = key.substring(key.lastIndexOf('.') + 1);
                if (code.length() >= 4) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    private static final Set<String> ENUM_CODES = enumCodes();

    static void assertChinese(JsonPath p) {
        for (String text : texts(p)) {
            assertThat(text).as(p.prettify()).isNotBlank();
            assertThat(HAN.matcher(text).find()).as("no Chinese in \"" + text + "\"").isTrue();
            String unquoted = QUOTED.matcher(text).replaceAll("“”");
            assertThat(SNAKE.matcher(unquoted).find()).as("a raw code in \"" + text + "\"").isFalse();
            assertThat(BOOLEAN.matcher(unquoted).find()).as("a raw boolean in \"" + text + "\"").isFalse();
            Matcher m = WORD.matcher(unquoted);
            while (m.find()) {
                assertThat(ENUM_CODES).as("a raw enum code in \"" + text + "\"").doesNotContain(m.group());
            }
        }
    }

    static void assertEnglish(JsonPath p) {
        for (String text : texts(p)) {
            assertThat(text).as(p.prettify()).isNotBlank();
            // Chinese column headers an English text names beside the field: "employeeId (工号)"
            String unquoted = QUOTED.matcher(text).replaceAll("\"\"").replaceAll("\\(\\p{IsHan}+\\)", "()");
            assertThat(HAN.matcher(unquoted).find()).as("Chinese in the English \"" + text + "\"").isFalse();
        }
    }
}
