package com.aftersales.reward;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Attendance;
import com.aftersales.support.Company;
import com.aftersales.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** EX-47 and EX-48 of handbook/examples.md through HTTP: WANG's rewards in his November statement. */
@QuarkusTest
class RewardExamplesTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
        Attendance.of("WANG").worked("2024-11-04", "08:30", "17:30").post();
        // his three rest days of the month, so no rest-day subsidy (LEAVE-REST-SUBSIDY) joins the rewards
        com.aftersales.support.Leave.of("WANG").rest("2024-11-25", "2024-11-27").post();
    }

    private static Map<String, Object> media(String id, String deed, String type, String level, String outlet) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", id);
        c.put("employeeId", "WANG");
        c.put("kind", "MEDIA");
        c.put("date", "2024-11-15");
        c.put("deedId", deed);
        c.put("mediaType", type);
        c.put("mediaLevel", level);
        c.put("outlet", outlet);
        c.put("underCompanyName", true);
        c.put("factsVerified", true);
        c.put("duringWork", true);
        return c;
    }

    private static Map<String, Object> monthly(String id, String kind, Map<String, Object> more) {
        Map<String, Object> c = new LinkedHashMap<>(Map.of("id", id, "employeeId", "WANG", "kind", kind,
                "month", "2024-11", "managerStatementSubmitted", true));
        c.putAll(more);
        return c;
    }

    private static JsonPath statement() {
        Api.run("2024-11");
        return Api.statement("2024-11", "WANG").jsonPath();
    }

    @Test
    void ex47a_oneDeedIn汉中日报AndXX电视台Pays530() {
        Api.records("/api/commendations", List.of(media("C1", "DEED-1", "PRINT", "CITY", "汉中日报"),
                media("C2", "DEED-1", "TV", "PROVINCE", "XX电视台")));
        JsonPath s = statement();
        assertThat(s.getString("pay")).isEqualTo("530.00");
        assertThat(s.getList("lines.ruleId", String.class))
                .containsExactly("BONUS-MEDIA-CITY-PRINT", "BONUS-MEDIA-PROV-TV");
        assertThat(s.getList("lines.component", String.class)).containsOnly("REWARD");
        assertThat(s.getList("lines.direction", String.class)).containsOnly("PAY");
        assertThat(s.getList("lines.policy", String.class)).containsOnly("conduct");
    }

    @Test
    void ex47b_中央电视台Pays1000() {
        Api.records("/api/commendations", List.of(media("C3", "DEED-2", "TV", "NATIONAL", "中央电视台")));
        assertThat(statement().getString("pay")).isEqualTo("1000.00");
    }

    @Test
    void ex47c_华商报Pays50() {
        Api.records("/api/commendations", List.of(media("C4", "DEED-3", "PRINT", "PROVINCE", "华商报")));
        assertThat(statement().getString("pay")).isEqualTo("50.00");
    }

    @Test
    void ex48_fourHelpsAndAPreventedLossPay80NotTheTopReward() {
        Api.records("/api/commendations", List.of(monthly("H1", "PEER_HELP", Map.of("count", 4)),
                monthly("L1", "LOSS_PREVENTED", Map.of("note", "spotted a gas leak")),
                monthly("T1", "TOP_PERFORMER", Map.of("completionRank", 1, "qualityRank", 2))));
        JsonPath s = statement();
        assertThat(s.getString("pay")).isEqualTo("80.00");
        assertThat(s.getList("lines.ruleId", String.class)).containsExactly("BONUS-LOSS-PREVENTED", "BONUS-PEER-HELP");
        assertThat(s.getList("lines.date", String.class)).containsOnly("2024-11-30");
    }

    @Test
    void ex48_withOnlyTwoHelpsTheMonthPays30() {
        Api.records("/api/commendations", List.of(monthly("H1", "PEER_HELP", Map.of("count", 2)),
                monthly("L1", "LOSS_PREVENTED", Map.of())));
        JsonPath s = statement();
        assertThat(s.getString("pay")).isEqualTo("30.00");
        assertThat(s.getList("lines.ruleId", String.class)).containsExactly("BONUS-LOSS-PREVENTED");
    }

    @Test
    void aPeerHelpRewardIsExplainedInChineseAndEnglish() {
        Api.records("/api/commendations", List.of(monthly("H1", "PEER_HELP", Map.of("count", 3))));
        String lineId = statement().getString("lines[0].lineId");
        JsonPath e = Api.get("/api/lines/" + lineId + "/explanation").statusCode(200).extract().jsonPath();
        assertThat(e.getString("ruleId")).isEqualTo("BONUS-PEER-HELP");
        assertThat(e.getString("clause")).isEqualTo("一、奖励 序3");
        assertThat(e.getString("quote")).contains("一月连续三次帮助同事");
        assertThat(e.getString("component")).isEqualTo("REWARD");
        assertThat(e.getList("values.label.en", String.class)).contains("helps to colleagues this month");
        assertThat(e.getString("explanation.en")).contains("pay 1 × 50.00 = 50.00");
    }

    @Test
    void theMonthStatementNetsAttendanceLeaveConductVisitRewardAndCommissionLines() {
        Attendance.of("WANG").worked("2024-11-05", "08:34", "17:30").worked("2024-11-06", "08:30", "17:30").post();
        com.aftersales.support.Leave.request("L-2H", "WANG", "PERSONAL", "2024-11-06", "2024-11-06", "2").post();
        Api.records("/api/incidents", List.of(Map.of("id", "I1", "employeeId", "WANG", "date", "2024-11-05",
                "code", "PEN-UNIFORM")));
        com.aftersales.support.WorkOrders.post(com.aftersales.support.WorkOrders.order("O1", "WANG").on("2024-11-05"));
        Api.records("/api/deliveries", List.of(com.aftersales.support.Visits.delivery("D1", "LOCAL",
                "2024-11-05T09:00", "2024-11-06T12:00", "WANG")));
        Api.records("/api/commendations", List.of(monthly("H1", "PEER_HELP", Map.of("count", 3)),
                monthly("L1", "LOSS_PREVENTED", Map.of())));
        JsonPath s = statement();
        assertThat(com.aftersales.support.Statements.lines(s)).containsExactlyInAnyOrder(
                "ATT-LATE-1 DEDUCT FINE 5.00",
                "LEAVE-PERSONAL-HOURLY DEDUCT WAGE_DEDUCTION 10.00",
                "PEN-UNIFORM DEDUCT FINE 10.00",
                "COMM-ILLUS-RATE PAY COMMISSION 50.00",
                "VISIT-PEN-LOG-TIME DEDUCT FINE 20.00",
                "BONUS-PEER-HELP PAY REWARD 50.00",
                "BONUS-LOSS-PREVENTED PAY REWARD 30.00");
        java.math.BigDecimal deduct = com.aftersales.support.Statements.sum(s, "DEDUCT");
        java.math.BigDecimal pay = com.aftersales.support.Statements.sum(s, "PAY");
        assertThat(deduct).isEqualByComparingTo("45.00");
        assertThat(pay).isEqualByComparingTo("130.00");
        assertThat(s.getString("deduct")).isEqualTo("45.00");
        assertThat(s.getString("pay")).isEqualTo("130.00");
        assertThat(s.getString("net")).isEqualTo("85.00");
        assertThat(Api.get("/api/periods/2024-11/statements").statusCode(200).extract().jsonPath()
                .getString("find { it.employeeId == 'WANG' }.net")).isEqualTo("85.00");
    }
}
