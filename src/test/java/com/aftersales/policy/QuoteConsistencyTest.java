package com.aftersales.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Attendance;
import com.aftersales.support.Company;
import com.aftersales.support.Leave;
import com.aftersales.support.Policies;
import com.aftersales.support.Statement;
import com.aftersales.support.TestDatabase;
import com.aftersales.support.Workbooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Quotes that match the amounts, over HTTP: ATT-LATE-3 changed from 20 to 30 in the Lateness table (E12)
 * while the Catalogue still quotes 「…:20元」 is a warning at the cell; with the quote updated there is
 * none; confirmed as a deviation, the explanation of a 30.00 line shows the handbook's words and beside
 * them that the amount was set by the revision and differs from them.
 */
@QuarkusTest
class QuoteConsistencyTest {

    private static final String TABLE = PolicyUploadTest.TABLE;
    private static final String TESTS = PolicyUploadTest.TESTS;

    @Inject
    TestDatabase db;

    @Inject
    Policies policies;

    @BeforeEach
    void shipped() {
        policies.reset();
    }

    @AfterEach
    void shippedRevisionsOnly() {
        policies.reset();
    }

    private static byte[] lateThreeCostsThirty() {
        return Workbooks.set(Policies.download("attendance", "2024-01-01", TABLE), "Lateness!E12", 30);
    }

    /** The scenarios that expect ATT-LATE-3, at 30. */
    private static byte[] testsAtThirty() {
        byte[] tests = Policies.download("attendance", "2024-01-01", TESTS);
        for (String cell : List.of("Tests!G15", "Tests!G18", "Tests!G19", "Tests!G30")) {
            tests = Workbooks.set(tests, cell, 30);
        }
        return tests;
    }

    private static List<Map<String, String>> quoteWarnings(JsonPath report) {
        return report.<Map<String, String>>getList("report.warnings").stream()
                .filter(w -> w.get("message").contains("quote")).toList();
    }

    @Test
    void anAmountChangedWithoutItsQuoteIsAWarningAtTheCell() {
        JsonPath up = Policies.upload("attendance", "2024-12-01", null, Map.of(TABLE, lateThreeCostsThirty(),
                TESTS, testsAtThirty())).statusCode(201).extract().jsonPath();
        assertThat(quoteWarnings(up)).singleElement().satisfies(w -> {
            assertThat(w.get("location")).isEqualTo("Lateness!E12");
            assertThat(w.get("message")).contains("Catalogue!I6")
                    .contains("changed from 20 to 30, but the quote of ATT-LATE-3 at Catalogue!F6 did not");
            // the stored report holds the Chinese text too, shown to a Chinese reader of the revision
            assertThat(w.get("zh")).contains("Lateness!E12 由 20 改为 30").contains("ATT-LATE-3 在 Catalogue!F6")
                    .contains("迟到、早退15分钟以上—30分钟(含):20元").contains("Catalogue!I6");
        });
        JsonPath zh = io.restassured.RestAssured.given().header("Accept-Language", "zh-CN")
                .get("/api/policies/attendance/revisions/2024-12-01").then().statusCode(200).extract().jsonPath();
        assertThat(zh.getList("report.warnings.message", String.class))
                .anyMatch(m -> m.contains("Lateness!E12 由 20 改为 30"));
        assertThat(up.getList("report.facts.quotesUpdated")).isEmpty();
        assertThat(up.getList("report.facts.deviationsConfirmed")).isEmpty();
    }

    @Test
    void withTheQuoteUpdatedThereIsNoWarning() {
        byte[] table = Workbooks.set(lateThreeCostsThirty(), "Catalogue!F6", "迟到、早退15分钟以上—30分钟(含):30元");
        JsonPath up = Policies.upload("attendance", "2024-12-01", null, Map.of(TABLE, table, TESTS, testsAtThirty()))
                .statusCode(201).extract().jsonPath();
        assertThat(quoteWarnings(up)).isEmpty();
        assertThat(up.getList("report.facts.quotesUpdated", String.class)).containsExactly("ATT-LATE-3");
    }

    @Test
    void confirmedAsADeviationTheExplanationShowsTheHandbookWordsAndTheRevisionsAmount() {
        db.reset();
        Company.examples("2024-11", "2024-12", "2025-01");
        Attendance.of("WANG").worked("2024-12-10", "08:50", "17:30").post();
        Leave.of("WANG").rest("2024-12-25", "2024-12-27").post();
        byte[] table = Workbooks.set(lateThreeCostsThirty(), "Catalogue!I6", "30元:依据 2024-12 管理通知");
        JsonPath up = Policies.upload("attendance", "2024-12-01", null, Map.of(TABLE, table, TESTS, testsAtThirty()))
                .statusCode(201).extract().jsonPath();
        assertThat(quoteWarnings(up)).isEmpty();
        assertThat(up.getList("report.facts.deviationsConfirmed", String.class)).containsExactly("ATT-LATE-3");
        Policies.activate("attendance", "2024-12-01", null).statusCode(200);

        Statement s = Statement.afterRun("2024-12", "WANG");
        assertThat(s.lines("ATT-LATE")).containsExactly("ATT-LATE-3 30.00 2024-12-10");
        JsonPath e = Api.get("/api/lines/" + s.lineId("ATT-LATE-3") + "/explanation").statusCode(200).extract()
                .jsonPath();
        assertThat(e.getString("quote")).isEqualTo("迟到、早退15分钟以上—30分钟(含):20元");
        assertThat(e.getString("deviation.zh")).isEqualTo("本项金额由修订版 2024-12-01 设定,与手册原文不同:30元:依据 2024-12 管理通知");
        assertThat(e.getString("deviation.en")).startsWith("amount set by revision 2024-12-01, differs from the handbook text");
        assertThat(e.getString("explanation.zh")).contains("「迟到、早退15分钟以上—30分钟(含):20元」(本项金额由修订版 2024-12-01 设定")
                .contains("扣款 1 × 30.00 = 30.00 元");
        assertThat(e.getString("explanation.en")).contains("amount set by revision 2024-12-01, differs from the handbook text");
    }

    @Test
    void backToTheHandbooksAmountWithTheDeviationClearedThereIsNoWarning() {
        byte[] deviating = Workbooks.set(lateThreeCostsThirty(), "Catalogue!I6", "30元:依据 2024-12 管理通知");
        Map<String, byte[]> tests = Map.of(TESTS, testsAtThirty());
        Policies.upload("attendance", "2024-12-01", null, Map.of(TABLE, deviating, TESTS, tests.get(TESTS)))
                .statusCode(201);
        Policies.activate("attendance", "2024-12-01", null).statusCode(200);
        JsonPath back = Policies.upload("attendance", "2025-01-01", null, Map.of(TABLE,
                Policies.download("attendance", "2024-01-01", TABLE), TESTS,
                Policies.download("attendance", "2024-01-01", TESTS))).statusCode(201).extract().jsonPath();
        assertThat(quoteWarnings(back)).isEmpty();
        assertThat(back.getList("report.facts.deviationsWithdrawn", String.class)).containsExactly("ATT-LATE-3");
    }

    @Test
    void aRowWithoutADeviationExplainsWithoutOne() {
        db.reset();
        Company.examples("2024-11");
        Attendance.of("WANG").worked("2024-11-05", "08:50", "17:30").post();
        Statement s = Statement.afterRun("2024-11", "WANG");
        JsonPath e = Api.get("/api/lines/" + s.lineId("ATT-LATE-3") + "/explanation").statusCode(200).extract()
                .jsonPath();
        assertThat(e.getString("deviation")).isNull();
        assertThat(e.getString("explanation.zh")).doesNotContain("与手册原文不同");
    }

    @Test
    void aCellsReferenceToNoSheetOfTheRevisionIsRefusedAtItsCell() {
        byte[] table = Workbooks.set(Policies.download("attendance", "2024-01-01", TABLE), "Catalogue!H6",
                "Latness!E12");
        JsonPath p = Policies.upload("attendance", "2024-12-01", null, Map.of(TABLE, table)).statusCode(422)
                .extract().jsonPath();
        assertThat(p.getString("errors.find { it.location == 'Catalogue!H6' }.message")).contains("ATT-LATE-3")
                .contains("Latness!E12").contains("names a sheet that is not in this revision");
        JsonPath zh = Policies.upload("attendance", "2024-12-01", null, Map.of(TABLE, table), "zh-CN").statusCode(422)
                .extract().jsonPath();
        assertThat(zh.getString("errors.find { it.location == 'Catalogue!H6' }.message")).contains("ATT-LATE-3")
                .contains("Latness!E12").contains("工作表不在此修订版中");
    }
}
