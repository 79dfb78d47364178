package com.aftersales.workorder;

import static com.aftersales.support.Statements.flags;
import static com.aftersales.support.Statements.lines;
import static com.aftersales.support.WorkOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Company;
import com.aftersales.support.Rosters;
import com.aftersales.support.Statements;
import com.aftersales.support.TestDatabase;
import com.aftersales.support.WorkOrders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Examples EX-40 to EX-46 of handbook/examples.md through the HTTP API. */
@QuarkusTest
class ConductExamplesTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
        Rosters.oneOnTimeDay("2024-11-01", "WANG", "CHEN", "LI");
    }

    static Map<String, Object> incident(String id, String employee, String date, String code) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("id", id);
        i.put("employeeId", employee);
        i.put("date", date);
        i.put("code", code);
        return i;
    }

    static List<String> deductions(JsonPath s) {
        return lines(s).stream().filter(l -> l.contains(" DEDUCT ")).toList();
    }

    @Test
    void ex40_drinkingBeforeTwoOrdersOfOneAfternoonCostsFiftyOnce() {
        WorkOrders.post(order("O1", "WANG").on("2024-11-21").flag("drinking").set("detectedBy", "VISIT"),
                order("O2", "WANG").on("2024-11-21").arrived("2024-11-21T16:00").completed("2024-11-21T17:00")
                        .agreed("2024-11-21T16:00").flag("drinking"));
        JsonPath s = Statements.runAndRead("2024-11", "WANG");
        assertThat(s.getString("deduct")).isEqualTo("50.00");
        assertThat(deductions(s)).containsExactly("PEN-DRINKING DEDUCT FINE 50.00");
        assertThat(s.getList("lines.find { it.ruleId == 'PEN-DRINKING' }.records.id", String.class))
                .containsExactly("O1", "O2");
    }

    @Test
    void ex41a_overchargingIsFinedAndTheExcessRefunded() {
        WorkOrders.post(order("O1", "WANG").set("feeStandard", "150").set("feeCharged", "230")
                .set("feeHandedOver", "150"));
        JsonPath s = Statements.runAndRead("2024-11", "WANG");
        assertThat(deductions(s)).containsExactly("PEN-OVERCHARGE DEDUCT FINE 100.00",
                "PEN-OVERCHARGE DEDUCT REFUND 80.00");
        assertThat(s.getString("deduct")).isEqualTo("180.00");
    }

    @Test
    void ex41b_keepingTheFeeIsConfiscatedAndFined() {
        WorkOrders.post(order("O1", "WANG").set("feeStandard", "150").set("feeCharged", "150")
                .set("feeHandedOver", "0"));
        JsonPath s = Statements.runAndRead("2024-11", "WANG");
        assertThat(deductions(s)).containsExactlyInAnyOrder("PEN-OVERCHARGE DEDUCT CONFISCATE 150.00",
                "PEN-OVERCHARGE DEDUCT FINE 100.00");
        assertThat(s.getString("deduct")).isEqualTo("250.00");
    }

    @Test
    void ex41c_doubledAndSevereOverchargingCosts200PlusTheRefundWithDismissalFlags() {
        WorkOrders.post(order("O1", "WANG").set("feeStandard", "150").set("feeCharged", "230")
                .set("feeHandedOver", "150").set("managementDecision", Map.of("overchargeMultiplier", 2, "severe", true)));
        JsonPath s = Statements.runAndRead("2024-11", "WANG");
        assertThat(deductions(s)).containsExactly("PEN-OVERCHARGE DEDUCT FINE 200.00",
                "PEN-OVERCHARGE DEDUCT REFUND 80.00");
        assertThat(flags(s)).containsExactlyInAnyOrder("DISMISSAL COMP-OVERCHARGE-SEVERE",
                "NEVER_REHIRE COMP-OVERCHARGE-SEVERE");
    }

    @Test
    void ex42_aReturnCausedByTheInstallationCostsFiftyAndForfeitsTheCommission() {
        WorkOrders.post(order("O1", "CHEN").install("AC_FLOOR").distance("3").flag("returnExchangeCausedByWork"));
        JsonPath s = Statements.runAndRead("2024-11", "CHEN");
        assertThat(s.getString("deduct")).isEqualTo("50.00");
        assertThat(s.getString("pay")).isEqualTo("90.00");
        assertThat(lines(s)).containsExactlyInAnyOrder("PEN-RETURN-EXCHANGE DEDUCT FINE 50.00",
                "COMM-FORFEIT-RETURN PAY COMMISSION 0.00", "COMM-FORFEIT-RETURN PAY ALLOWANCE 0.00",
                "LEAVE-REST-SUBSIDY PAY SUBSIDY 90.00");
    }

    @Test
    void ex43_damageNotHandledCostsWangFiftyHisLeaderFiftyAndLeavesA300Compensation() {
        WorkOrders.post(order("O1", "WANG").flag("damageCaused").flag("complaintEscalated")
                .set("compensationAssessed", "300"));
        Api.run("2024-11");
        JsonPath wang = Statements.read("2024-11", "WANG");
        JsonPath li = Statements.read("2024-11", "LI");
        assertThat(deductions(wang)).containsExactly("PEN-DAMAGE-ESCALATION DEDUCT FINE 50.00");
        assertThat(wang.getString("deduct")).isEqualTo("50.00");
        assertThat(deductions(li)).containsExactly("VISIT-LEADER-JOINT DEDUCT FINE 50.00");
        assertThat(li.getString("deduct")).isEqualTo("50.00");
        assertThat(wang.getList("flags.findAll { it.code == 'COMPENSATION' }.detail", String.class))
                .singleElement().asString().contains("300.00");
    }

    @Test
    void ex44_heightAndLiveWork() {
        WorkOrders.post(order("A", "WANG").on("2024-11-04").set("heightM", "2.0").flag("outdoor"),
                order("B", "WANG").on("2024-11-05").set("heightM", "1.8").flag("outdoor"),
                order("C", "WANG").on("2024-11-06").flag("liveWorking"),
                order("D", "WANG").on("2024-11-07").flag("liveWorking").set("heightM", "2.5"));
        JsonPath s = Statements.runAndRead("2024-11", "WANG");
        assertThat(deductions(s)).containsExactly("PEN-LIVE-WORK-HEIGHT DEDUCT FINE 50.00",
                "PEN-LIVE-WORK-HEIGHT DEDUCT FINE 50.00", "PEN-LIVE-WORK-HEIGHT DEDUCT FINE 50.00");
        assertThat(s.getList("lines.findAll { it.direction == 'DEDUCT' }.collect { it.records[0].id }", String.class))
                .containsExactly("A", "C", "D");
        assertThat(flags(s)).containsExactly("REVIEW PEN-LIVE-WORK-HEIGHT");
        assertThat(s.getString("deduct")).isEqualTo("150.00");
    }

    @Test
    void ex45_chensMonthOfDisciplineAndSettlementPenaltiesCosts170() {
        Map<String, Object> smoking = incident("I2", "CHEN", "2024-11-05", "PEN-SMOKING");
        smoking.put("distanceToFlammablesM", 3);
        Map<String, Object> insubordination = incident("I4", "CHEN", "2024-11-07", "PEN-INSUBORDINATION");
        insubordination.put("sanction", "FINE");
        Map<String, Object> lost = incident("I7", "CHEN", "2024-11-12", "PEN-CARD-LOST");
        lost.put("amount", "60");
        Api.records("/api/incidents", List.of(incident("I1", "CHEN", "2024-11-04", "PEN-UNIFORM"), smoking,
                incident("I3", "CHEN", "2024-11-06", "PEN-TOOLS-UNTIDY"), insubordination,
                incident("I5", "CHEN", "2024-11-08", "PEN-CARD-FILLING"),
                incident("I6", "CHEN", "2024-11-11", "PEN-CARD-FILLING"), lost));
        WorkOrders.post(order("P", "CHEN").on("2024-11-13").repair("FRIDGE_WASHER").flag("usedCustomerItemsWithoutConsent"),
                order("Q", "CHEN").on("2024-11-14").repair("FRIDGE_WASHER").flag("repeatVisitsComplaint")
                        .set("onsiteVisitCount", 3),
                order("R", "CHEN").on("2024-11-15").repair("WATER_HEATER").flag("misleadingRepairCallNoGuidance"));
        JsonPath s = Statements.runAndRead("2024-11", "CHEN");
        assertThat(deductions(s)).containsExactlyInAnyOrder("PEN-UNIFORM DEDUCT FINE 10.00",
                "PEN-SMOKING DEDUCT FINE 10.00", "PEN-TOOLS-UNTIDY DEDUCT FINE 5.00",
                "PEN-INSUBORDINATION DEDUCT FINE 20.00", "PEN-CARD-FILLING DEDUCT FINE 10.00",
                "PEN-CARD-FILLING DEDUCT FINE 10.00", "PEN-CARD-LOST DEDUCT FINE 60.00",
                "PEN-CUSTOMER-ITEMS DEDUCT FINE 20.00", "PEN-REPEAT-VISIT-COMPLAINT DEDUCT FINE 20.00",
                "PEN-NO-USAGE-GUIDANCE DEDUCT FINE 5.00");
        assertThat(s.getString("deduct")).isEqualTo("170.00");
    }

    @Test
    void ex46_theThirdReworkVisitRaisesTheLimitFlagAndReworkEarnsNothing() {
        WorkOrders.post(order("A", "WANG").on("2024-11-04"),
                order("R1", "WANG").reworkOf("A", "2024-11-08T10:00"),
                order("R2", "WANG").reworkOf("A", "2024-11-12T10:00"),
                order("R3", "WANG").reworkOf("A", "2024-11-15T10:00"));
        JsonPath s = Statements.runAndRead("2024-11", "WANG");
        assertThat(flags(s)).containsExactly("REWORK_LIMIT_EXCEEDED COMP-REWORK-LIMIT");
        assertThat(s.getString("flags[0].date")).isEqualTo("2024-11-15");
        assertThat(s.getList("lines.findAll { it.ruleId == 'COMM-REWORK-NONE' }.amount", String.class))
                .containsExactly("0.00", "0.00", "0.00");
        assertThat(s.getString("deduct")).isEqualTo("0.00");
    }
}
