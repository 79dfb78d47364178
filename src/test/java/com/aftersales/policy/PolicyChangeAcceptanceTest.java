package com.aftersales.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Attendance;
import com.aftersales.support.Company;
import com.aftersales.support.Policies;
import com.aftersales.support.TestDatabase;
import com.aftersales.support.Workbooks;
import com.aftersales.support.WorkOrders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin's round trip over HTTP: download the attendance table, change ATT-LATE-2 from 10 to 15 in
 * an edited copy, upload it, preview a past month, compare, activate in the middle of December, and
 * see each December record scored by the revision in force on its own day.
 */
@QuarkusTest
class PolicyChangeAcceptanceTest {

    @Inject
    TestDatabase db;

    @Inject
    Policies policies;

    @BeforeEach
    void company() {
        policies.reset();
        db.reset();
        Company.examples("2024-10", "2024-11", "2024-12", "2025-01");
        Attendance.of("WANG").worked("2024-11-05", "08:36", "17:30").worked("2024-12-10", "08:36", "17:30")
                .worked("2024-12-17", "08:36", "17:30").post();
        // WANG's three rest days of each month, so no rest-day subsidy joins his lateness lines
        com.aftersales.support.Leave.of("WANG").rest("2024-11-25", "2024-11-27").rest("2024-12-25", "2024-12-27").post();
        Attendance.of("CHEN").worked("2024-11-06", "08:40", "17:30").post();
        Attendance.of("SUN").worked("2024-11-06", "08:33", "17:30").post();
        Attendance.of("ZHAO").worked("2024-11-07", "08:50", "17:30").post();
        Attendance.of("LI").worked("2024-11-07", "08:30", "17:30").post();
        Attendance.of("ZHOU").worked("2024-11-07", "08:30", "17:30").post();
    }

    @AfterEach
    void shippedRevisionsOnly() {
        policies.reset();
    }

    /** The downloaded table with ATT-LATE-2 at 15, and the scenarios that expect it. */
    static Map<String, byte[]> lateTwoCostsFifteen() {
        byte[] table = Workbooks.set(Policies.download("attendance", "2024-01-01", PolicyUploadTest.TABLE),
                "Lateness!E11", 15);
        byte[] tests = Policies.download("attendance", "2024-01-01", PolicyUploadTest.TESTS);
        for (String cell : List.of("Tests!G11", "Tests!G14", "Tests!G34")) {
            tests = Workbooks.set(tests, cell, 15);
        }
        return Map.of(PolicyUploadTest.TABLE, table, PolicyUploadTest.TESTS, tests);
    }

    @Test
    void thePreviewOfAPastMonthShowsExactlyTheAffectedEmployeesAndAmounts() {
        Api.run("2024-11");
        Policies.upload("attendance", "2024-12-16", "ATT-LATE-2 10 → 15", lateTwoCostsFifteen()).statusCode(201);
        JsonPath p = Api.get("/api/policies/attendance/revisions/2024-12-16/preview?period=2024-11").statusCode(200)
                .extract().jsonPath();
        assertThat(p.getInt("employeesScored")).isEqualTo(6);
        assertThat(p.getList("employees.employeeId", String.class)).containsExactly("CHEN", "WANG");
        assertThat(p.getString("employees[1].before.deduct")).isEqualTo("10.00");
        assertThat(p.getString("employees[1].after.deduct")).isEqualTo("15.00");
        assertThat(p.getString("employees[1].difference")).isEqualTo("-5.00");
        assertThat(p.getString("employees[1].lines[0].change")).isEqualTo("CHANGED");
        assertThat(p.getString("employees[1].lines[0].ruleId")).isEqualTo("ATT-LATE-2");
        assertThat(p.getString("employees[1].lines[0].date")).isEqualTo("2024-11-05");
        assertThat(p.getString("employees[1].lines[0].before")).isEqualTo("10.00");
        assertThat(p.getString("employees[1].lines[0].after")).isEqualTo("15.00");
        assertThat(p.getString("employees[1].lines[0].revisionAfter")).isEqualTo("2024-12-16");
        assertThat(p.getList("rules.ruleId", String.class)).containsExactly("ATT-LATE-2");
        assertThat(p.getString("rules[0].difference")).isEqualTo("-10.00");
        assertThat(p.getInt("rules[0].employees")).isEqualTo(2);
        // nothing was stored: November's statements are as they were
        assertThat(Api.statement("2024-11", "WANG").jsonPath().getString("deduct")).isEqualTo("10.00");
        assertThat(Policies.active("attendance")).isEqualTo("2024-01-01");
    }

    @Test
    void penDrinkingFiftyBecomesAHundredPreviewedThenActivatedMidNovember() {
        WorkOrders.post(WorkOrders.order("O1", "WANG").on("2024-11-21").flag("drinking"),
                WorkOrders.order("O2", "WANG").on("2024-11-21").flag("drinking"));
        Api.records("/api/incidents", List.of(Map.of("id", "I1", "employeeId", "CHEN", "date", "2024-11-12",
                "code", "PEN-DRINKING")));
        Api.run("2024-11");
        byte[] table = Policies.download("conduct", "2024-01-01", "conduct.drl.xlsx");
        List<String> cells = new java.util.ArrayList<>(Workbooks.cells(table, "OrderConduct", "PEN-DRINKING", "DEDUCT"));
        cells.addAll(Workbooks.cells(table, "Incidents", "PEN-DRINKING", "DEDUCT"));
        assertThat(cells).hasSize(2);
        for (String cell : cells) {
            table = Workbooks.set(table, cell, 100);
        }
        byte[] tests = Policies.download("conduct", "2024-01-01", "conduct-tests.drl.xlsx");
        for (String cell : List.of("Tests!G7", "Tests!G10")) {
            tests = Workbooks.set(tests, cell, 100);
        }
        JsonPath up = Policies.upload("conduct", "2024-11-16", "PEN-DRINKING 50 → 100",
                Map.of("conduct.drl.xlsx", table, "conduct-tests.drl.xlsx", tests)).statusCode(201).extract()
                .jsonPath();
        assertThat(up.getList("report.errors")).isEmpty();
        assertThat(up.getInt("report.tests.total")).isGreaterThanOrEqualTo(2);
        assertThat(up.getInt("report.tests.failed")).isZero();

        JsonPath p = Api.get("/api/policies/conduct/revisions/2024-11-16/preview?period=2024-11").statusCode(200)
                .extract().jsonPath();
        assertThat(p.getList("employees.employeeId", String.class)).containsExactly("CHEN", "WANG");
        // each also has a 10.00 lateness of the month, which does not change
        assertThat(p.getList("employees.before.deduct", String.class)).containsExactly("60.00", "60.00");
        assertThat(p.getList("employees.after.deduct", String.class)).containsExactly("110.00", "110.00");
        assertThat(p.getList("employees.lines.flatten().ruleId", String.class)).containsOnly("PEN-DRINKING");
        assertThat(p.getList("rules.ruleId", String.class)).containsExactly("PEN-DRINKING");
        assertThat(p.getString("rules[0].difference")).isEqualTo("-100.00");

        Policies.activate("conduct", "2024-11-16", null).statusCode(200);
        Api.run("2024-11");
        JsonPath chen = Api.statement("2024-11", "CHEN").jsonPath();
        assertThat(chen.getString("lines.find { it.ruleId == 'PEN-DRINKING' }.amount")).isEqualTo("50.00");
        assertThat(chen.getString("lines.find { it.ruleId == 'PEN-DRINKING' }.revision")).isEqualTo("2024-01-01");
        JsonPath wang = Api.statement("2024-11", "WANG").jsonPath();
        assertThat(wang.getString("lines.find { it.ruleId == 'PEN-DRINKING' }.amount")).isEqualTo("100.00");
        assertThat(wang.getString("lines.find { it.ruleId == 'PEN-DRINKING' }.revision")).isEqualTo("2024-11-16");
    }

    @Test
    void theDiffListsTheChangedCellsAndNothingElse() {
        Policies.upload("attendance", "2024-12-16", null, lateTwoCostsFifteen()).statusCode(201);
        JsonPath d = Api.get("/api/policies/attendance/revisions/2024-12-16/diff?against=2024-01-01").statusCode(200)
                .extract().jsonPath();
        assertThat(d.getList("cells", Map.class)).hasSize(4).contains(Map.of("file", PolicyUploadTest.TABLE,
                "sheet", "Lateness", "cell", "E11", "before", "10", "after", "15"));
        assertThat(d.getString("files.find { it.name == 'absence.drl' }.change")).isEqualTo("SAME");
        assertThat(d.getList("lines")).isEmpty();
        Api.get("/api/policies/attendance/revisions/2024-12-16/diff").statusCode(400);
        Api.get("/api/policies/attendance/revisions/2024-12-16/diff?against=1999-01-01").statusCode(404);
    }

    @Test
    void activatedMidMonthEachRecordIsScoredByTheRevisionInForceOnItsDay() {
        Api.run("2024-11");
        Policies.upload("attendance", "2025-01-01", null, lateTwoCostsFifteen()).statusCode(201);
        Policies.activate("attendance", "2025-01-01", "2024-12-16").statusCode(200);

        Api.run("2024-12");
        JsonPath dec = Api.statement("2024-12", "WANG").jsonPath();
        assertThat(dec.getList("lines.date", String.class)).containsExactly("2024-12-10", "2024-12-17");
        assertThat(dec.getList("lines.amount", String.class)).containsExactly("10.00", "15.00");
        assertThat(dec.getList("lines.revision", String.class)).containsExactly("2024-01-01", "2025-01-01");
        assertThat(dec.getString("deduct")).isEqualTo("25.00");

        // re-running an old month uses the revisions that were in force then
        Api.run("2024-11");
        JsonPath nov = Api.statement("2024-11", "WANG").jsonPath();
        assertThat(nov.getList("lines.amount", String.class)).containsExactly("10.00");
        assertThat(nov.getList("lines.revision", String.class)).containsExactly("2024-01-01");
    }
}
