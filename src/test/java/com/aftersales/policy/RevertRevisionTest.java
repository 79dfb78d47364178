package com.aftersales.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Company;
import com.aftersales.support.Policies;
import com.aftersales.support.TestDatabase;
import com.aftersales.support.Workbooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A revert over HTTP: revision A (the shipped conduct rules, PEN-DRINKING = 50), revision B from
 * December (PEN-DRINKING = 100), and A's files uploaded again from January: a revision of its own with
 * A's content hash, and each month is scored by the revision in force in it.
 */
@QuarkusTest
class RevertRevisionTest {

    private static final String TABLE = "conduct.drl.xlsx";
    private static final String TESTS = "conduct-tests.drl.xlsx";

    @Inject
    TestDatabase db;

    @Inject
    Policies policies;

    @BeforeEach
    void company() {
        policies.reset();
        db.reset();
        Company.examples("2024-10", "2024-11", "2024-12", "2025-01", "2025-02");
        Api.records("/api/incidents", List.of(drinking("I-11", "2024-11-12"), drinking("I-12", "2024-12-10"),
                drinking("I-01", "2025-01-14")));
    }

    private static Map<String, Object> drinking(String id, String date) {
        return Map.of("id", id, "employeeId", "WANG", "date", date, "code", "PEN-DRINKING");
    }

    @AfterEach
    void shippedRevisionsOnly() {
        policies.reset();
    }

    /** The shipped files that B changes, as A has them: uploading them over B gives A's content again. */
    private static Map<String, byte[]> filesOfA() {
        return Map.of(TABLE, Policies.download("conduct", "2024-01-01", TABLE),
                TESTS, Policies.download("conduct", "2024-01-01", TESTS));
    }

    /** B: PEN-DRINKING costs 100 (both DEDUCT cells), with the scenarios that expect it. */
    private static Map<String, byte[]> filesOfB() {
        byte[] table = Policies.download("conduct", "2024-01-01", TABLE);
        List<String> cells = new ArrayList<>(Workbooks.cells(table, "OrderConduct", "PEN-DRINKING", "DEDUCT"));
        cells.addAll(Workbooks.cells(table, "Incidents", "PEN-DRINKING", "DEDUCT"));
        for (String cell : cells) {
            table = Workbooks.set(table, cell, 100);
        }
        byte[] tests = Policies.download("conduct", "2024-01-01", TESTS);
        for (String cell : List.of("Tests!G7", "Tests!G10")) {
            tests = Workbooks.set(tests, cell, 100);
        }
        return Map.of(TABLE, table, TESTS, tests);
    }

    @Test
    void aRevertIsARevisionOfItsOwnAndEachMonthScoresWithTheRevisionInForce() {
        String shaOfA = Api.get("/api/policies/conduct/revisions").statusCode(200).extract().jsonPath()
                .getString("find { it.revision == '2024-01-01' }.sha256");
        Policies.upload("conduct", "2024-12-01", "PEN-DRINKING 50 to 100", filesOfB()).statusCode(201);
        Policies.activate("conduct", "2024-12-01", null).statusCode(200);

        JsonPath again = Policies.upload("conduct", "2025-01-01", "back to the 2024 rules, notice 2025-01", filesOfA())
                .statusCode(201).extract().jsonPath();
        assertThat(again.getString("revision")).isEqualTo("2025-01-01");
        assertThat(again.getString("sha256")).isEqualTo(shaOfA);
        assertThat(again.getString("note")).isEqualTo("back to the 2024 rules, notice 2025-01");
        assertThat(again.getString("effectiveFrom")).isEqualTo("2025-01-01");
        Policies.activate("conduct", "2025-01-01", null).statusCode(200);

        assertThat(drinkingFine("2024-11")).containsExactly("50.00", "2024-01-01");
        assertThat(drinkingFine("2024-12")).containsExactly("100.00", "2024-12-01");
        JsonPath january = Api.run("2025-01").jsonPath();
        assertThat(january.getString("revisions.find { it.policy == 'conduct' }.revision")).isEqualTo("2025-01-01");
        assertThat(january.getString("revisions.find { it.policy == 'conduct' }.sha256")).isEqualTo(shaOfA);
        assertThat(fineOf("2025-01")).containsExactly("50.00", "2025-01-01");
    }

    @Test
    void theContentAlreadyInForceOnThatDateIsRefused() {
        Map<String, byte[]> b = filesOfB();
        Policies.upload("conduct", "2024-12-01", null, b).statusCode(201);
        Policies.activate("conduct", "2024-12-01", null).statusCode(200);
        // A is in force on 15 November: uploading A's files from then changes nothing
        String detail = Policies.upload("conduct", "2024-11-15", null, filesOfA()).statusCode(409).extract()
                .jsonPath().getString("detail");
        assertThat(detail).contains("2024-01-01").contains("already in force on 2024-11-15");
        assertThat(Policies.upload("conduct", "2024-11-15", null, filesOfA(), "zh-CN").statusCode(409).extract()
                .jsonPath().getString("detail")).contains("2024-01-01").contains("完全相同");
        // B's files again from 1 December, where B is in force: refused too
        Policies.upload("conduct", "2024-12-01", null, b).statusCode(409);
        assertThat(Policies.revisionCount("conduct")).isEqualTo(2);
    }

    @Test
    void aCandidateUploadedTwiceForOneDateIsRefusedTheSecondTime() {
        // the same bytes twice (a spreadsheet saved again differs in its zip timestamps)
        Map<String, byte[]> b = filesOfB();
        Policies.upload("conduct", "2024-12-01", null, b).statusCode(201);
        String detail = Policies.upload("conduct", "2024-12-01", null, b).statusCode(409).extract()
                .jsonPath().getString("detail");
        assertThat(detail).contains("candidate revision 2024-12-01");
        assertThat(Policies.upload("conduct", "2024-12-01", null, b, "zh-CN").statusCode(409).extract()
                .jsonPath().getString("detail")).contains("候选修订版 2024-12-01");
    }

    private static List<String> drinkingFine(String period) {
        Api.run(period);
        return fineOf(period);
    }

    /** The amount and revision of WANG's PEN-DRINKING line of the month's statement. */
    private static List<String> fineOf(String period) {
        JsonPath s = Api.statement(period, "WANG").jsonPath();
        return List.of(s.getString("lines.find { it.ruleId == 'PEN-DRINKING' }.amount"),
                s.getString("lines.find { it.ruleId == 'PEN-DRINKING' }.revision"));
    }
}
