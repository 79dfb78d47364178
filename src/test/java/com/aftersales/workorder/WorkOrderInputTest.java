package com.aftersales.workorder;

import static com.aftersales.support.WorkOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.aftersales.support.Api;
import com.aftersales.support.Company;
import com.aftersales.support.Rosters;
import com.aftersales.support.Statements;
import com.aftersales.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/work-orders and the conduct incidents: JSON and CSV, upserts, bad input, explanations. */
@QuarkusTest
class WorkOrderInputTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
    }

    @Test
    void aWorkOrderCompletedBeforeItWasDispatchedIsRefusedWithItsLocationAndNothingIsStored() {
        Api.post("/api/work-orders", List.of(order("OK", "WANG").json(),
                        order("BAD", "WANG").dispatched("2024-11-05T09:00").completed("2024-11-04T15:00").json()))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.location", hasItem("/1/completedAt"))
                .body("errors.find { it.location == '/1/completedAt' }.message",
                        org.hamcrest.Matchers.containsString("before it was dispatched"));
        Api.post("/api/work-orders", List.of(order("OK", "WANG").json())).statusCode(200)
                .body("created", equalTo(1));
    }

    @Test
    void everyBadRowIsListed() {
        Api.post("/api/work-orders", List.of(
                        order("A", "NOBODY").json(),
                        order("B", "WANG").set("serviceType", "PAINT").json(),
                        order("C", "WANG").reworkOf("MISSING", "2024-11-08T10:00").json(),
                        order("D", "WANG").set("distanceKm", null).json()))
                .statusCode(400)
                .body("errors.location", hasItem("/0/installerIds"))
                .body("errors.location", hasItem("/1/serviceType"))
                .body("errors.location", hasItem("/2/reworkOfOrderId"))
                .body("errors.location", hasItem("/3/distanceKm"));
    }

    @Test
    void anIncidentCodeThatIsNotARuleIdIsRefusedWithItsLocation() {
        Api.post("/api/incidents", List.of(Map.of("id", "I1", "employeeId", "WANG", "date", "2024-11-04",
                        "code", "PEN-UNIFORM"), Map.of("id", "I2", "employeeId", "WANG", "date", "2024-11-04",
                        "code", "PEN-NAP-ON-SOFA"), Map.of("id", "I3", "employeeId", "WANG", "date", "2024-11-04",
                        "code", "PEN-CUSTOMER-ITEMS", "orderId", "NO-SUCH-ORDER")))
                .statusCode(400)
                .body("errors.location", hasItem("/1/code"))
                // an order not stored yet is no error (records in any order): resolved when the month is run
                .body("errors.location", org.hamcrest.Matchers.not(hasItem("/2/orderId")))
                .body("errors.find { it.location == '/1/code' }.message",
                        org.hamcrest.Matchers.containsString("PEN-NAP-ON-SOFA"));
    }

    @Test
    void csvWithSharedInstallersAndANestedDecisionIsReadAndPostingItAgainChangesNothing() {
        String csv = "id,installerIds,productCategory,serviceType,serviceMode,distanceKm,dispatchedAt,acceptedAt,"
                + "appointmentCallAt,completedAt,feeStandard,feeCharged,feeHandedOver,managementDecision.overchargeMultiplier\n"
                + "C1,WANG|CHEN,AC_FLOOR,INSTALL,ONSITE,25,2024-11-05T09:00,2024-11-05T09:00,2024-11-05T09:10,"
                + "2024-11-05T15:00,150,230,150,2\n";
        Api.postCsv("/api/work-orders", csv).statusCode(200).body("created", equalTo(1));
        Api.postCsv("/api/work-orders", csv).statusCode(200).body("created", equalTo(0))
                .body("unchanged", equalTo(1));
        Rosters.oneOnTimeDay("2024-11-01", "WANG", "CHEN");
        Api.run("2024-11");
        for (String who : List.of("WANG", "CHEN")) {
            JsonPath s = Statements.read("2024-11", who);
            assertThat(Statements.lines(s)).contains("PEN-OVERCHARGE DEDUCT FINE 200.00",
                    "COMM-ILLUS-RATE PAY COMMISSION 40.00", "COMM-ILLUS-REMOTE PAY ALLOWANCE 5.00");
        }
    }

    @Test
    void aPenaltyLineIsExplainedWithItsClauseQuoteValuesAndArithmetic() {
        Rosters.oneOnTimeDay("2024-11-01", "WANG");
        Api.records("/api/work-orders", List.of(order("O1", "WANG").accepted("2024-11-05T09:00")
                .called("2024-11-05T09:45").json()));
        JsonPath s = Statements.runAndRead("2024-11", "WANG");
        String lineId = s.getString("lines.find { it.ruleId == 'PEN-APPT-CALL-30MIN' }.lineId");
        JsonPath e = Api.get("/api/lines/" + lineId + "/explanation").statusCode(200).extract().jsonPath();
        assertThat(e.getString("quote")).contains("30分钟内不与用户电话预约");
        assertThat(e.getString("document")).isEqualTo("售后作业人员奖惩办法");
        assertThat(e.getString("arithmetic")).isEqualTo("1 × 5.00 = 5.00");
        assertThat(e.getList("values.name", String.class)).contains("appointmentCallMinutes", "limitMinutes");
        assertThat(e.getString("values.find { it.name == 'appointmentCallMinutes' }.value")).isEqualTo("45");
        assertThat(e.getString("explanation.zh")).contains("接单至预约(分钟):45", "时限(分钟):30");
        assertThat(e.getString("explanation.en")).contains("minutes from acceptance to the call 45");
        assertThat(e.getString("records[0].type")).isEqualTo("workOrder");
        assertThat(e.getString("records[0].values.appointmentCallAt")).startsWith("2024-11-05T09:45");
    }
}
