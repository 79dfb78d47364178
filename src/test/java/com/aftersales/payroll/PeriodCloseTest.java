package com.aftersales.payroll;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Attendance;
import com.aftersales.support.Company;
import com.aftersales.support.Policies;
import com.aftersales.support.TestDatabase;
import com.aftersales.support.Workbooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A month that closes (issue 10, acceptance 2): closed, a late record, a run and an activation dated in it are
 * refused; HR reopens it with a reason; the late record is accepted, the revision activated, the month run again;
 * the statement shows what was paid and the adjustment lines, each explained, with consistent totals; the paid
 * line's explanation still answers; the month closes again; its history says who did what, when and why.
 */
@QuarkusTest
class PeriodCloseTest {

    static final String TABLE = "attendance.drl.xlsx";
    static final String TESTS = "attendance-tests.drl.xlsx";

    @Inject
    TestDatabase db;

    @Inject
    Policies policies;

    @BeforeEach
    void novemberWithOneLateArrivalRun() {
        db.reset();
        Company.examples("2024-11");
        Attendance.of("WANG").worked("2024-11-20", "08:36", "17:30").post();
        Api.run("2024-11");
    }

    @AfterEach
    void shippedRevisions() {
        policies.reset();
    }

    /** The attendance table with ATT-LATE-2 at 15 and its scenarios expecting 15 (activation passes). */
    static Map<String, byte[]> lateTwoCostsFifteen() {
        byte[] table = Workbooks.set(Policies.download("attendance", "2024-01-01", TABLE), "Lateness!E11", 15);
        byte[] tests = Policies.download("attendance", "2024-01-01", TESTS);
        for (String cell : List.of("Tests!G11", "Tests!G14", "Tests!G34")) {
            tests = Workbooks.set(tests, cell, 15);
        }
        return Map.of(TABLE, table, TESTS, tests);
    }

    static BigDecimal sum(JsonPath s, String direction) {
        return s.getList("lines.findAll { it.direction == '" + direction + "' }.amount", String.class).stream()
                .map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void closeRefuseReopenWithAReasonRunAgainAndTheStatementKeepsWhatWasPaidPlusExplainedAdjustments() {
        JsonPath paid = Api.statement("2024-11", "WANG").jsonPath();
        assertThat(paid.getString("deduct")).isEqualTo("10.00");
        String paidLine = paid.getString("lines[0].lineId");
        String firstRun = paid.getString("run.runId");

        JsonPath closed = Api.post("/api/periods/2024-11/close", Map.of("reason", "paid on 5 December")).statusCode(200)
                .extract().jsonPath();
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        Api.post("/api/periods/2024-11/close", Map.of()).statusCode(409).contentType("application/problem+json");

        // a late record dated in the closed month: 409 naming the period, at the row
        JsonPath late = Api.post("/api/shifts", List.of(Map.of("id", "WANG-S-2024-11-05", "employeeId", "WANG",
                "date", "2024-11-05", "start", "08:30", "end", "17:30"))).statusCode(409)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(late.getString("detail")).contains("2024-11");
        assertThat(late.getList("errors.location", String.class)).containsExactly("/0");
        // a run of the closed month: 409
        given().post("/api/periods/2024-11/runs").then().statusCode(409).contentType("application/problem+json");
        // a revision effective inside the closed month: 409, the candidate stays a candidate
        Policies.upload("attendance", "2024-11-16", "ATT-LATE-2 10 → 15", lateTwoCostsFifteen()).statusCode(201);
        JsonPath refused = Policies.activate("attendance", "2024-11-16", null).statusCode(409)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(refused.getString("detail")).contains("2024-11").contains("closed");

        // reopen: a reason is required
        JsonPath noReason = Api.post("/api/periods/2024-11/reopen", Map.of()).statusCode(400)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(noReason.getList("errors.location", String.class)).containsExactly("/reason");
        Api.post("/api/periods/2024-11/reopen", Map.of("reason", "late roster of 5 November; ATT-LATE-2 raised"))
                .statusCode(200).body("status", org.hamcrest.Matchers.is("OPEN"));

        Attendance.of("WANG").worked("2024-11-05", "08:36", "17:30").post();
        Policies.activate("attendance", "2024-11-16", null).statusCode(200);
        Api.run("2024-11");

        JsonPath s = Api.statement("2024-11", "WANG").jsonPath();
        // what was paid stays, line for line; the differences follow as adjustment lines
        assertThat(s.getString("lines[0].lineId")).isEqualTo(paidLine);
        assertThat(s.getString("lines[0].amount")).isEqualTo("10.00");
        assertThat(s.getString("lines[0].adjustment")).isNull();
        List<Map<String, Object>> adjustments = s.getList("lines.findAll { it.adjustment != null }");
        assertThat(adjustments).hasSize(2);
        assertThat(s.getList("lines.findAll { it.adjustment != null }.date", String.class))
                .containsExactlyInAnyOrder("2024-11-05", "2024-11-20");
        assertThat(s.getString("lines.find { it.date == '2024-11-20' && it.adjustment != null }.amount"))
                .isEqualTo("5.00");
        assertThat(s.getString("lines.find { it.date == '2024-11-20' && it.adjustment != null }.adjustment.en"))
                .isEqualTo("adjustment: was 10.00 under revision attendance 2024-01-01, now 15.00 under revision "
                        + "attendance 2024-11-16, difference 5.00");
        assertThat(s.getString("lines.find { it.date == '2024-11-20' && it.adjustment != null }.adjustment.zh"))
                .contains("原 10.00").contains("现 15.00");
        assertThat(s.getString("lines.find { it.date == '2024-11-05' }.amount")).isEqualTo("10.00");
        assertThat(s.getString("lines.find { it.date == '2024-11-05' }.adjustment.was")).isEqualTo("0.00");
        // totals consistent: paid 10 + adjustments 5 + 10 = the new run's 25, and the lines add up to them
        assertThat(s.getString("deduct")).isEqualTo("25.00");
        assertThat(sum(s, "DEDUCT")).isEqualByComparingTo(s.getString("deduct"));
        assertThat(s.getString("run.runId")).isNotEqualTo(firstRun);
        assertThat(s.getList("run.revisions.revision", String.class)).contains("2024-11-16");

        // the paid line's explanation still answers, and so does the adjustment's
        Api.get("/api/lines/" + paidLine + "/explanation").statusCode(200)
                .body("amount", org.hamcrest.Matchers.is("10.00"));
        String adjustment = s.getString("lines.find { it.date == '2024-11-20' && it.adjustment != null }.lineId");
        JsonPath ex = Api.get("/api/lines/" + adjustment + "/explanation").statusCode(200).extract().jsonPath();
        assertThat(ex.getString("kind")).isEqualTo("ADJUSTMENT");
        assertThat(ex.getString("explanation.en")).contains("was 10.00 under revision attendance 2024-01-01");
        assertThat(ex.getList("wasLines", String.class)).containsExactly(paidLine);
        Api.get("/api/lines/" + ex.getList("nowLines", String.class).get(0) + "/explanation").statusCode(200)
                .body("amount", org.hamcrest.Matchers.is("15.00"));

        // close again: the new state is frozen; the history says who, when, why
        Api.post("/api/periods/2024-11/close", Map.of()).statusCode(200).body("status", org.hamcrest.Matchers.is("CLOSED"));
        JsonPath period = Api.get("/api/periods/2024-11").statusCode(200).extract().jsonPath();
        assertThat(period.getList("history.action", String.class)).containsExactly("RUN", "CLOSED", "REOPENED", "RUN",
                "CLOSED");
        assertThat(period.getString("history.find { it.action == 'REOPENED' }.reason"))
                .isEqualTo("late roster of 5 November; ATT-LATE-2 raised");
        assertThat(period.getList("history.actor", String.class)).containsOnly("tester");
        assertThat(period.getInt("closes")).isEqualTo(2);
        assertThat(period.getString("deduct")).isEqualTo(Api.get("/api/periods/2024-11/statements").extract().jsonPath()
                .getList("deduct", String.class).stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2).toPlainString());
        JsonPath frozen = Api.statement("2024-11", "WANG").jsonPath();
        assertThat(frozen.getString("periodStatus")).isEqualTo("CLOSED");
        assertThat(frozen.getList("lines.lineId")).isEqualTo(s.getList("lines.lineId"));
    }

    @Test
    void aStatementNamesItsRunAndIsStaleWithTheReasonWhenARecordOrTheRevisionsChangeAfterIt() {
        JsonPath s = Api.statement("2024-11", "WANG").jsonPath();
        assertThat(s.getString("run.runId")).isNotBlank();
        assertThat(s.getString("run.startedAt")).isNotBlank();
        assertThat(s.getString("run.finishedAt")).isNotBlank();
        assertThat(s.getList("run.revisions.policy", String.class)).contains("attendance", "conduct");
        assertThat(s.getBoolean("stale")).isFalse();
        assertThat(s.getList("staleReasons")).isEmpty();

        Attendance.of("WANG").worked("2024-11-21", "08:31", "17:30").post();
        JsonPath stale = Api.statement("2024-11", "WANG").jsonPath();
        assertThat(stale.getBoolean("stale")).isTrue();
        assertThat(stale.getList("staleReasons.what", String.class)).contains("shift:WANG-S-2024-11-21");
        assertThat(stale.getString("staleReasons[0].zh")).contains("计算之后有改动");
        assertThat(Api.get("/api/periods/2024-11/statements").extract().jsonPath()
                .getBoolean("find { it.employeeId == 'WANG' }.stale")).isTrue();
        assertThat(Api.get("/api/periods/2024-11/statements").extract().jsonPath()
                .getBoolean("find { it.employeeId == 'CHEN' }.stale")).isFalse();

        Policies.upload("attendance", "2024-11-16", "ATT-LATE-2 10 → 15", lateTwoCostsFifteen()).statusCode(201);
        Policies.activate("attendance", "2024-11-16", null).statusCode(200);
        JsonPath chen = Api.statement("2024-11", "CHEN").jsonPath();
        assertThat(chen.getBoolean("stale")).isTrue();
        assertThat(chen.getList("staleReasons.kind", String.class)).containsOnly("revision");
        assertThat(chen.getList("staleReasons.what", String.class)).contains("attendance 2024-11-16");

        Api.run("2024-11");
        assertThat(Api.statement("2024-11", "CHEN").jsonPath().getBoolean("stale")).isFalse();
    }

    @Test
    void aClerkCannotCloseOrReopenAndAnUnknownPeriodIsABadRequest() {
        AccessUsers.clerk();
        given().auth().preemptive().basic("clerk.p", "clerk-p-password").contentType("application/json")
                .body(Map.of()).post("/api/periods/2024-11/close").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().preemptive().basic("clerk.p", "clerk-p-password").contentType("application/json")
                .body(Map.of("reason", "x")).post("/api/periods/2024-11/reopen").then().statusCode(403);
        Api.post("/api/periods/2024-13/close", Map.of()).statusCode(400).contentType("application/problem+json");
        Api.post("/api/periods/2024-12/close", Map.of()).statusCode(409);
    }

    /** A clerk of MIANXIAN for the refusals. */
    static final class AccessUsers {
        static void clerk() {
            given().contentType("application/json").body(Map.of("password", "clerk-p-password", "roles", List.of("clerk"),
                    "branches", List.of("MIANXIAN"))).put("/api/users/clerk.p").then()
                    .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        }
    }
}
