package com.aftersales.workorder;

import static com.aftersales.support.Visits.visit;
import static com.aftersales.support.WorkOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Company;
import com.aftersales.support.Rosters;
import com.aftersales.support.Statement;
import com.aftersales.support.TestDatabase;
import com.aftersales.support.Visits;
import com.aftersales.support.WorkOrders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * COMP-SECOND-DISSAT through the HTTP API: a slow or improper service complaint still dissatisfied at the
 * second visit. The visits name only the order; the month run brings them to the order's installers.
 */
@QuarkusTest
class SecondVisitExamplesTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
        Rosters.oneOnTimeDay("2024-11-01", "WANG", "CHEN");
    }

    private static WorkOrders.Order slowOrImproper(String id, String date, String... installers) {
        return order(id, installers).on(date).set("complaintType", "SLOW_OR_IMPROPER").set("detectedBy", "COMPLAINT");
    }

    private static Visits.Visit second(String orderId, String at, String result) {
        return visit(orderId + "-V2", "AS_ONSITE", at).order(orderId).second().result(result);
    }

    @Test
    void aLateArrivalStillDissatisfiedAtTheSecondVisitIsChargedOnceToEachInstaller() {
        WorkOrders.post(slowOrImproper("LATE", "2024-11-05", "WANG", "CHEN").arrived("2024-11-05T14:20")
                .flag("customerComplainedToCompany"));
        Visits.post(List.of(visit("LATE-V1", "AS_ONSITE", "2024-11-07T10:00").order("LATE").result("D"),
                second("LATE", "2024-11-12T10:00", "VD")));
        Statement wang = Statement.afterRun("2024-11", "WANG");
        assertThat(wang.lines("PEN-")).containsExactly("PEN-LATE-ARRIVAL 10.00 2024-11-05");
        assertThat(wang.lines("COMP-")).containsExactly("COMP-SECOND-DISSAT 0.00 2024-11-05");
        assertThat(wang.flags("COMP-")).isEmpty();
        assertThat(wang.deduct()).isEqualTo("10.00");
        assertThat(Statement.of("2024-11", "CHEN").lines("COMP-")).containsExactly("COMP-SECOND-DISSAT 0.00 2024-11-05");
    }

    @Test
    void theZeroLineExplainsWhichPenaltyItReliesOn() {
        WorkOrders.post(slowOrImproper("LATE", "2024-11-05", "WANG").arrived("2024-11-05T14:20")
                .flag("customerComplainedToCompany"));
        Visits.post(List.of(second("LATE", "2024-11-12T10:00", "VD")));
        String id = Statement.afterRun("2024-11", "WANG").lineId("COMP-SECOND-DISSAT");
        JsonPath e = Api.get("/api/lines/" + id + "/explanation").statusCode(200).extract().jsonPath();
        assertThat(e.getString("policy")).isEqualTo("complaints");
        assertThat(e.getString("clause")).startsWith("八.3.D");
        assertThat(e.getString("quote")).contains("若二次回访用户还是不满意");
        assertThat(e.getString("amount")).isEqualTo("0.00");
        assertThat(e.getList("records.id", String.class)).containsExactlyInAnyOrder("LATE", "LATE-V2");
        assertThat(e.getString("values.find { it.name == 'appliedUnder' }.value")).isEqualTo("PEN-LATE-ARRIVAL");
        assertThat(e.getString("values.find { it.name == 'appliedUnder' }.label.zh")).isNotEqualTo("appliedUnder");
        assertThat(e.getString("values.find { it.name == 'secondVisitResult' }.value")).isEqualTo("VD");
        assertThat(e.getString("arithmetic")).contains("PEN-LATE-ARRIVAL", "10.00");
    }

    @Test
    void withNoMatchingPenaltyTheOrderAndItsSecondVisitAreReviewed() {
        WorkOrders.post(slowOrImproper("OK", "2024-11-06", "WANG"));
        Visits.post(List.of(second("OK", "2024-11-13T10:00", "D")));
        Statement wang = Statement.afterRun("2024-11", "WANG");
        assertThat(wang.lines("COMP-")).isEmpty();
        assertThat(wang.flags("COMP-")).containsExactly("REVIEW COMP-SECOND-DISSAT 2024-11-06");
        List<Map<String, Object>> flags = wang.json().getList("flags.findAll { it.ruleId == 'COMP-SECOND-DISSAT' }");
        assertThat(flags.get(0).get("detail").toString()).contains("OK", "OK-V2", "M-8");
        assertThat(wang.deduct()).isEqualTo("0.00");
    }

    @Test
    void aSecondVisitWeeksAfterTheOrderStillReachesTheOrdersMonth() {
        WorkOrders.post(slowOrImproper("EARLY", "2024-11-04", "WANG"));
        Visits.post(List.of(second("EARLY", "2024-12-20T10:00", "VD")));
        Statement wang = Statement.afterRun("2024-11", "WANG");
        assertThat(wang.flags("COMP-")).containsExactly("REVIEW COMP-SECOND-DISSAT 2024-11-04");
    }

    @Test
    void aSatisfiedSecondVisitEndsTheComplaint() {
        WorkOrders.post(slowOrImproper("LATE", "2024-11-05", "WANG").arrived("2024-11-05T14:20")
                .flag("customerComplainedToCompany"));
        Visits.post(List.of(second("LATE", "2024-11-12T10:00", "S")));
        Statement wang = Statement.afterRun("2024-11", "WANG");
        assertThat(wang.lines("COMP-")).isEmpty();
        assertThat(wang.flags("COMP-")).isEmpty();
        assertThat(wang.lines("PEN-")).containsExactly("PEN-LATE-ARRIVAL 10.00 2024-11-05");
    }
}
