package com.aftersales.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Attendance;
import com.aftersales.support.Company;
import com.aftersales.support.Statement;
import com.aftersales.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /api/lines/{id}/explanation of attendance lines: the clause and its Chinese quote, the revision
 * with its sha256, the records with their stored values, the values used with their labels, and the
 * arithmetic in numbers, in Chinese and English.
 */
@QuarkusTest
class AttendanceExplanationTest {

    @Inject
    TestDatabase db;

    private String sha256;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
        List<Map<String, Object>> revisions = Api.get("/api/policies/attendance/revisions").statusCode(200)
                .extract().jsonPath().getList("");
        sha256 = revisions.stream().filter(r -> "2024-01-01".equals(r.get("revision")))
                .map(r -> (String) r.get("sha256")).findFirst().orElseThrow();
    }

    private static JsonPath explain(String lineId) {
        return Api.get("/api/lines/" + lineId + "/explanation").statusCode(200).extract().jsonPath();
    }

    @Test
    void explainsTwoDaysOfAbsenteeismWithClauseRecordsAndArithmetic() {
        Attendance.of("CHEN").absent("2024-11-12").absent("2024-11-13").post();
        JsonPath e = explain(Statement.afterRun("2024-11", "CHEN").lineId("ATT-ABSENT-2"));

        assertThat(e.getString("ruleId")).isEqualTo("ATT-ABSENT-2");
        assertThat(e.getString("rule.zh")).isEqualTo("连续旷工2天");
        assertThat(e.getString("rule.en")).isEqualTo("Two consecutive days of absenteeism");
        assertThat(e.getString("document")).isEqualTo("考勤管理制度(分公司)");
        assertThat(e.getString("clause")).isEqualTo("第三条 旷工处罚 2");
        assertThat(e.getString("quote")).isEqualTo("连续旷工2天的,按旷工时间扣发日均工资总额300%并予以处罚");
        assertThat(e.getString("policy")).isEqualTo("attendance");
        assertThat(e.getString("revision")).isEqualTo("2024-01-01");
        assertThat(e.getString("sha256")).isEqualTo(sha256).matches("[0-9a-f]{64}");
        assertThat(e.getString("effectiveFrom")).isEqualTo("2024-01-01");
        assertThat(e.getString("amount")).isEqualTo("900.00");
        assertThat(e.getString("arithmetic")).isEqualTo("2 × 300% × 150.00 = 900.00");

        assertThat(e.getList("records.id", String.class)).containsExactly("CHEN-S-2024-11-12", "CHEN-S-2024-11-13");
        assertThat(e.getString("records[0].type")).isEqualTo("shift");
        assertThat(e.getString("records[0].values.date")).isEqualTo("2024-11-12");
        assertThat(e.getString("records[0].values.start")).startsWith("08:30");

        assertThat(e.getMap("values.find { it.name == 'runLength' }")).containsEntry("value", "2");
        assertThat(e.getString("values.find { it.name == 'multiplier' }.value")).isEqualTo("300%");
        assertThat(e.getString("values.find { it.name == 'dailyAvgWage' }.value")).isEqualTo("150.00");
        assertThat(e.getString("values.find { it.name == 'absentDays' }.value")).isEqualTo("2024-11-12, 2024-11-13");
        assertThat(e.getString("values.find { it.name == 'runLength' }.label.zh")).isEqualTo("连续旷工天数");
        assertThat(e.getString("values.find { it.name == 'runLength' }.label.en")).isEqualTo("consecutive days absent");

        assertThat(e.getString("explanation.zh")).contains("考勤管理制度(分公司)", "第三条 旷工处罚 2",
                "连续旷工2天的,按旷工时间扣发日均工资总额300%", "ATT-ABSENT-2", "扣款", "2 × 300% × 150.00 = 900.00",
                "2024-01-01");
        assertThat(e.getString("explanation.en")).contains("Attendance rules", "ATT-ABSENT-2",
                "Two consecutive days of absenteeism", "deduct 2 × 300% × 150.00 = 900.00", "Revision 2024-01-01");
    }

    @Test
    void explainsALateArrivalWithThePunchesAndTheMinutes() {
        Attendance.of("WANG").worked("2024-11-05", "08:36:40", "17:30").post();
        JsonPath e = explain(Statement.afterRun("2024-11", "WANG").lineId("ATT-LATE-2"));

        assertThat(e.getString("quote")).isEqualTo("迟到、早退5分钟以上—15分钟(含):10元");
        assertThat(e.getString("clause")).isEqualTo("第三条 迟到、早退处罚 2");
        assertThat(e.getList("records.type", String.class)).containsOnly("punch");
        assertThat(e.getList("records.values.at", String.class)).containsExactly("2024-11-05T08:36:40",
                "2024-11-05T17:30:00");
        assertThat(e.getString("values.find { it.name == 'lateMinutes' }.value")).isEqualTo("6");
        assertThat(e.getString("values.find { it.name == 'lateMinutes' }.label.zh")).isEqualTo("迟到分钟数");
        assertThat(e.getString("arithmetic")).isEqualTo("1 × 10.00 = 10.00");
        assertThat(e.getString("explanation.zh")).contains("迟到分钟数:6", "1 × 10.00 = 10.00");
        assertThat(e.getString("explanation.en")).contains("minutes late 6", "1 × 10.00 = 10.00");
    }

    @Test
    void everyValueOfAnAttendanceLineHasALabelInBothLanguages() {
        Attendance.of("WANG").worked("2024-11-05", "08:36", "17:18").absent("2024-11-06")
                .worked("2024-11-07", "09:20", "17:30").post();
        Statement s = Statement.afterRun("2024-11", "WANG");
        List<String> ids = s.json().getList("lines.lineId", String.class);
        assertThat(ids).hasSizeGreaterThanOrEqualTo(3);
        for (String id : ids) {
            JsonPath e = explain(id);
            List<Map<String, Object>> values = e.getList("values");
            assertThat(values).isNotEmpty().allSatisfy(v -> {
                @SuppressWarnings("unchecked")
                Map<String, String> label = (Map<String, String>) v.get("label");
                assertThat(label.get("zh")).as("labels.csv row of %s", v.get("name")).isNotEqualTo(v.get("name"));
                assertThat(label.get("en")).isNotBlank();
            });
        }
    }
}
