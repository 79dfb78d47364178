package com.aftersales.explain;

import static com.aftersales.support.Visits.visit;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Attendance;
import com.aftersales.support.Company;
import com.aftersales.support.Leave;
import com.aftersales.support.Statements;
import com.aftersales.support.TestDatabase;
import com.aftersales.support.Visits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Chinese for the people who read it: an explanation's Chinese text shows values by their Chinese labels
 * (管理岗位:否, 事假 8 小时, 配送区域:本地区), never raw codes or booleans; a flag's detail is Chinese with
 * {@code ?lang=zh} or Accept-Language zh-CN and English with {@code ?lang=en} (the default: app.default-locale).
 */
@QuarkusTest
class ChineseTextsTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
    }

    private static JsonPath explanation(JsonPath statement, String rulePrefix) {
        String lineId = statement.getString("lines.find { it.ruleId.startsWith('" + rulePrefix + "') }.lineId");
        return Api.get("/api/lines/" + lineId + "/explanation").statusCode(200).extract().jsonPath();
    }

    @Test
    void aPersonalLeaveExplanationInChineseShowsLabelsNotCodesOrBooleans() {
        Attendance.of("CHEN").shift("2024-11-05").post();
        Leave.request("P1", "CHEN", "PERSONAL", "2024-11-05", "2024-11-05", "8")
                .chain("DIRECT_SUPERIOR", "INDIRECT_SUPERIOR", "BRANCH_FINANCE").post();
        JsonPath e = explanation(Statements.runAndRead("2024-11", "CHEN"), "LEAVE-PERSONAL");
        String zh = e.getString("explanation.zh");
        assertThat(zh).contains("管理岗位:否").contains("事假 8 小时");
        assertThat(zh).doesNotContain("false").doesNotContain("true").doesNotContain("PERSONAL 8").doesNotContain(" h ")
                .doesNotContain("/day").contains("40.00/天");
        assertThat(e.getString("explanation.en")).contains("management post false").contains("PERSONAL 8 h");
    }

    @Test
    void aDeliveryZoneIsShownByItsChineseName() {
        Company.employee("MA", "马配送", "MIANXIAN", "物流", false, false, false, "2020-01-01", null);
        Company.wages("2024-11", Map.of("MA", "110"));
        Attendance.of("MA").worked("2024-11-04", "08:30", "17:30").post();
        Api.records("/api/deliveries", List.of(Visits.delivery("D-c", "本地区", "2024-11-04T09:00", "2024-11-05T15:00", "MA")));
        Visits.post(List.of(visit("V-c", "LOGISTICS", "2024-11-08T10:00").delivery("D-c").by("MA").rated("配送时效", "满意")));
        String zh = explanation(Statements.runAndRead("2024-11", "MA"), "VISIT-PEN-LOG-TIME").getString("explanation.zh");
        assertThat(zh).contains("配送区域:本地区").doesNotContain("LOCAL");
    }

    @Test
    void aFlagDetailIsChineseOnTheStatementAndEnglishOnRequest() {
        Attendance.of("WANG").clockedInOnly("2024-11-05", "08:25").post();
        Api.run("2024-11");
        JsonPath zh = Api.get("/api/periods/2024-11/statements/WANG?lang=zh").statusCode(200).extract().jsonPath();
        JsonPath en = Api.get("/api/periods/2024-11/statements/WANG?lang=en").statusCode(200).extract().jsonPath();
        JsonPath byHeader = io.restassured.RestAssured.given().header("Accept-Language", "zh-CN")
                .get("/api/periods/2024-11/statements/WANG").then().statusCode(200).extract().jsonPath();
        assertThat(byHeader.getString("flags.find { it.code == 'REVIEW' }.detail")).startsWith("待复核：");
        String flagZh = zh.getString("flags.find { it.code == 'REVIEW' }.detail");
        String flagEn = en.getString("flags.find { it.code == 'REVIEW' }.detail");
        assertThat(flagZh).startsWith("待复核：").contains("2024-11-05");
        assertThat(flagZh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).isTrue();
        assertThat(flagEn).contains("missing clock-out");
        assertThat(flagZh).contains("缺少下班打卡").doesNotContain("missing");
    }

    @Test
    void aMissingApprovalFlagIsChineseWithItsFiguresAndLabelsNotCodes() {
        Attendance.of("WANG").shift("2024-11-05").shift("2024-11-06").post();
        Leave.request("P1", "WANG", "PERSONAL", "2024-11-05", "2024-11-06", "16")
                .chain("DIRECT_SUPERIOR", "BRANCH_FINANCE").post();
        Api.run("2024-11");
        String zh = Api.get("/api/periods/2024-11/statements/WANG?lang=zh").statusCode(200).extract().jsonPath()
                .getString("flags.find { it.code == 'APPROVAL_MISSING' }.detail");
        String en = Api.get("/api/periods/2024-11/statements/WANG?lang=en").statusCode(200).extract().jsonPath()
                .getString("flags.find { it.code == 'APPROVAL_MISSING' }.detail");
        assertThat(zh).contains("2 天的事假申请 P1（2024-11-05 至 2024-11-06）").contains("分公司经理或间接上级")
                .contains("直接上级").doesNotContain("PERSONAL").doesNotContain("BRANCH_").doesNotContain("DIRECT_SUPERIOR")
                .doesNotContain("request");
        assertThat(en).contains("2-day PERSONAL request P1").contains("BRANCH_MANAGER or INDIRECT_SUPERIOR")
                .doesNotContain("事假");
    }
}
