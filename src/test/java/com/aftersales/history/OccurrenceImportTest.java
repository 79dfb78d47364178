package com.aftersales.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Attendance;
import com.aftersales.support.Company;
import com.aftersales.support.Statement;
import com.aftersales.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * POST /api/occurrences: occurrences from before the service (on paper), counted by ATT-ABSENT-REPEAT over
 * the whole employment like those the service found, and named in its flag as imported history.
 */
@QuarkusTest
class OccurrenceImportTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-10", "2024-11", "2024-12");
        // two occurrences of absenteeism in November, one run each
        Attendance.of("ZHAO").absent("2024-11-12").worked("2024-11-13", "08:30", "17:30").absent("2024-11-20").post();
    }

    private static Map<String, Object> occurrence(String id, String ruleId, String date, String note) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", id);
        o.put("employeeId", "ZHAO");
        o.put("ruleId", ruleId);
        o.put("date", date);
        o.put("note", note);
        return o;
    }

    @Test
    void anImportedEarlierAbsenceIsTheThirdOccurrenceThatAdvisesResignation() {
        assertThat(Statement.afterRun("2024-11", "ZHAO").flags("ATT-")).isEmpty();

        Api.records("/api/occurrences", List.of(occurrence("OCC-2023-06", "ATT-ABSENT-1", "2023-06-12",
                "纸质考勤表 2023-06,旷工1天")));
        Statement s = Statement.afterRun("2024-11", "ZHAO");
        assertThat(s.lines("ATT-")).containsExactly("ATT-ABSENT-1 240.00 2024-11-12", "ATT-ABSENT-1 240.00 2024-11-20");
        assertThat(s.flags("ATT-")).containsExactly("ADVISE_RESIGNATION ATT-ABSENT-REPEAT 2024-11-20");
        JsonPath flag = new JsonPath(s.json().prettify()).setRootPath("flags.find { it.code == 'ADVISE_RESIGNATION' }");
        assertThat(flag.getString("detail")).contains("OCC-2023-06 2023-06-12").contains("no. 3")
                .contains("1 of the earlier ones imported history").doesNotContain("累计旷工");
        String zh = Api.get("/api/periods/2024-11/statements/ZHAO?lang=zh").statusCode(200).extract().jsonPath()
                .getString("flags.find { it.code == 'ADVISE_RESIGNATION' }.detail");
        assertThat(zh).contains("累计旷工第3次").contains("导入的历史记录1次").contains("OCC-2023-06 2023-06-12")
                .doesNotContain("no. 3");
        assertThat(flag.getList("records.type", String.class)).contains("occurrence");
        assertThat(flag.getList("records.id", String.class)).contains("OCC-2023-06");
    }

    @Test
    void occurrencesImportAsCsvWithChineseNotes() {
        Api.postCsv("/api/occurrences", "id,employeeId,ruleId,date,note,documentRef\n"
                + "OCC-A,ZHAO,ATT-ABSENT-1,2023-03-01,旷工1天,HR-2023-017\n").statusCode(200);
        assertThat(Statement.afterRun("2024-11", "ZHAO").flags("ATT-"))
                .containsExactly("ADVISE_RESIGNATION ATT-ABSENT-REPEAT 2024-11-20");
    }

    @Test
    void anImportedOccurrenceInAMonthTheServiceScoredDoesNotCountTwice() {
        Company.wages("2024-07", Map.of("ZHAO", "120"));
        Attendance.of("ZHAO").absent("2024-07-22").post();
        Api.run("2024-07");
        // the same absence also on paper: July was scored by the service, so only its own finding counts
        Api.records("/api/occurrences", List.of(occurrence("OCC-2024-07", "ATT-ABSENT-1", "2024-07-22", "纸质考勤")));
        Statement s = Statement.afterRun("2024-11", "ZHAO");
        JsonPath flag = new JsonPath(s.json().prettify()).setRootPath("flags.find { it.code == 'ADVISE_RESIGNATION' }");
        assertThat(flag.getString("detail")).contains("no. 3").doesNotContain("imported");
        assertThat(flag.getList("records.id", String.class)).doesNotContain("OCC-2024-07");
    }

    @Test
    void badOccurrencesAreRefusedWithTheirLocationsAndNothingIsStored() {
        Map<String, Object> noEvidence = occurrence("OCC-1", "ATT-ABSENT-1", "2023-06-12", null);
        Map<String, Object> unknownRule = occurrence("OCC-2", "ATT-ABSENT-9", "2023-06-12", "纸质");
        Map<String, Object> future = occurrence("OCC-3", "ATT-ABSENT-1", "2999-01-01", "纸质");
        Map<String, Object> nobody = occurrence("OCC-4", "ATT-ABSENT-1", "2023-06-12", "纸质");
        nobody.put("employeeId", "NOBODY");
        Map<String, Object> good = occurrence("OCC-5", "ATT-ABSENT-1", "2023-06-12", "纸质");
        JsonPath p = Api.post("/api/occurrences", List.of(noEvidence, unknownRule, future, nobody, good)).statusCode(400)
                .extract().jsonPath();
        assertThat(p.getList("errors.location", String.class))
                .contains("/0/note", "/1/ruleId", "/2/date", "/3/employeeId");
        assertThat(p.getString("errors.find { it.location == '/1/ruleId' }.message"))
                .contains("not a rule id of the catalogue");
        JsonPath zh = io.restassured.RestAssured.given().header("Accept-Language", "zh-CN").contentType("application/json")
                .body(List.of(noEvidence, unknownRule, future, nobody, good)).post("/api/occurrences").then().statusCode(400)
                .extract().jsonPath();
        assertThat(zh.getString("errors.find { it.location == '/1/ruleId' }.message")).contains("规则目录");
        // all or nothing: the good rows of the request were not stored either
        assertThat(Statement.afterRun("2024-11", "ZHAO").flags("ATT-")).isEmpty();
    }

    @Test
    void aMonthBeforeTheFirstRevisionCannotBeRunAndSaysWhereHistoryGoes() {
        Company.wages("2023-06", Map.of("ZHAO", "120"));
        String detail = Api.post("/api/periods/2023-06/runs", Map.of()).statusCode(409).extract().jsonPath()
                .getString("detail");
        assertThat(detail).contains("2023-06-01").contains("/api/occurrences");
        String zh = io.restassured.RestAssured.given().header("Accept-Language", "zh-CN").contentType("application/json")
                .body(Map.of()).post("/api/periods/2023-06/runs").then().statusCode(409).extract().jsonPath()
                .getString("detail");
        assertThat(zh).contains("2023-06-01").contains("/api/occurrences").contains("历史");
    }
}
