package com.aftersales.visit;

import static com.aftersales.support.Visits.visit;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Attendance;
import com.aftersales.support.Company;
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
 * EX-37 of handbook/examples.md through HTTP: sales and logistics visit penalties on the cashier and
 * the delivery crew, in their month statements, with their explanations.
 */
@QuarkusTest
class VisitPenaltyExamplesTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
        Company.employee("QIAN", "钱收银", "MIANXIAN", "门店", false, false, false, "2020-01-01", null);
        Company.employee("MA", "马配送", "MIANXIAN", "物流", false, false, false, "2020-01-01", null);
        Company.wages("2024-11", Map.of("QIAN", "100", "MA", "110"));
        Attendance.of("QIAN").worked("2024-11-04", "08:30", "17:30").post();
        Attendance.of("MA").worked("2024-11-04", "08:30", "17:30").post();
    }

    private static JsonPath statement(String employee) {
        Api.run("2024-11");
        return Api.statement("2024-11", employee).jsonPath();
    }

    private static void delivery(String id, String zone, String paid, String delivered, String timeliness) {
        Api.records("/api/deliveries", List.of(Visits.delivery(id, zone, paid, delivered, "MA")));
        Visits.post(List.of(visit("V-" + id, "LOGISTICS", "2024-11-08T10:00").delivery(id).by("MA")
                .rated("配送时效", timeliness)));
    }

    @Test
    void ex37a_attitudeRatedNeutralCostsTheCashierTwenty() {
        Visits.post(List.of(visit("V-a", "SALES", "2024-11-05T10:00").by("QIAN").rated("服务态度", "一般")
                .rated("用户满意度", "满意")));
        JsonPath s = statement("QIAN");
        assertThat(s.getString("deduct")).isEqualTo("20.00");
        assertThat(s.getList("lines.ruleId", String.class)).containsExactly("VISIT-PEN-SALES-ATTITUDE");
        assertThat(s.getString("lines[0].policy")).isEqualTo("visits");
    }

    @Test
    void ex37b_bothItemsDissatisfiedCostForty() {
        Visits.post(List.of(visit("V-b", "SALES", "2024-11-05T10:00").by("QIAN").result("D")
                .rated("SERVICE_ATTITUDE", "D").rated("SATISFACTION", "D")));
        JsonPath s = statement("QIAN");
        assertThat(s.getString("deduct")).isEqualTo("40.00");
        assertThat(s.getList("lines.amount", String.class)).containsExactly("20.00", "20.00");
    }

    @Test
    void ex37c_aLocalDelivery30HoursAfterPaymentCostsTwentyThoughRatedSatisfied() {
        delivery("D-c", "LOCAL", "2024-11-04T09:00", "2024-11-05T15:00", "S");
        JsonPath s = statement("MA");
        assertThat(s.getString("deduct")).isEqualTo("20.00");
        assertThat(s.getList("lines.ruleId", String.class)).containsExactly("VISIT-PEN-LOG-TIME");
        assertThat(s.getString("lines[0].date")).isEqualTo("2024-11-05");
    }

    @Test
    void ex37d_anOtherCountyDeliveryIn70HoursRatedVerySatisfiedCostsNothing() {
        delivery("D-d", "OTHER_COUNTY", "2024-11-04T09:00", "2024-11-07T07:00", "VS");
        JsonPath s = statement("MA");
        assertThat(s.getString("deduct")).isEqualTo("0.00");
        assertThat(s.getList("lines")).isEmpty();
    }

    @Test
    void ex37e_late30HoursAndRatedDissatisfiedCostsTwentyOnce() {
        delivery("D-e", "LOCAL", "2024-11-04T09:00", "2024-11-05T15:00", "D");
        JsonPath s = statement("MA");
        assertThat(s.getString("deduct")).isEqualTo("20.00");
        assertThat(s.getList("lines")).hasSize(1);
        assertThat(s.getList("lines[0].records.id", String.class)).containsExactly("D-e", "V-D-e");
    }

    @Test
    void ex37f_exactly24HoursRatedSatisfiedCostsNothing() {
        delivery("D-f", "LOCAL", "2024-11-04T09:00", "2024-11-05T09:00", "S");
        assertThat(statement("MA").getString("deduct")).isEqualTo("0.00");
    }

    @Test
    void aLateDeliveryIsExplainedWithClauseQuoteValuesAndArithmetic() {
        delivery("D-x", "LOCAL", "2024-11-04T09:00", "2024-11-05T15:00", "D");
        String lineId = statement("MA").getString("lines[0].lineId");
        JsonPath e = Api.get("/api/lines/" + lineId + "/explanation").statusCode(200).extract().jsonPath();
        assertThat(e.getString("ruleId")).isEqualTo("VISIT-PEN-LOG-TIME");
        assertThat(e.getString("document")).isEqualTo("回访管理制度(2016年修订)");
        assertThat(e.getString("quote")).contains("本地区24小时");
        assertThat(e.getString("arithmetic")).isEqualTo("1 × 20.00 = 20.00");
        assertThat(e.getList("values.label.zh", String.class)).contains("付款至送达用时", "配送时效标准", "评价");
        assertThat(e.getList("values.value", String.class)).contains("30 h 00 min", "24 h", "D");
        assertThat(e.getString("explanation.zh")).contains("回访管理制度").contains("扣款 1 × 20.00 = 20.00");
    }
}
