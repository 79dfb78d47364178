package com.aftersales.record;

import static com.aftersales.support.Visits.visit;
import static com.aftersales.support.WorkOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Attendance;
import com.aftersales.support.Company;
import com.aftersales.support.Incidents;
import com.aftersales.support.Rosters;
import com.aftersales.support.Runs;
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
 * Records in any order, as the call centre's sheet and the ERP export arrive separately: a visit posted before its
 * work order (or its delivery) is stored and scores as if posted after it; what is still unresolved when the month
 * is run is listed on the run as its data problems, and the statement of the employee concerned is flagged REVIEW.
 * Required fields as RULES.md §0.3/§0.4 say: a logistics visit assesses its delivery's one-person crew, a staff
 * survey may be completed without a rating.
 */
@QuarkusTest
class RecordsInAnyOrderTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
        Rosters.oneOnTimeDay("2024-11-01", "WANG", "CHEN");
    }

    private static WorkOrders.Order late() {
        return order("LATE", "WANG", "CHEN").on("2024-11-05").set("complaintType", "SLOW_OR_IMPROPER")
                .set("detectedBy", "COMPLAINT").arrived("2024-11-05T14:20").flag("customerComplainedToCompany");
    }

    private static List<Visits.Visit> visits() {
        return List.of(visit("LATE-V1", "AS_ONSITE", "2024-11-07T10:00").order("LATE").result("D"),
                visit("LATE-V2", "AS_ONSITE", "2024-11-12T10:00").order("LATE").second().result("VD"));
    }

    @Test
    void aVisitPostedBeforeItsWorkOrderScoresTheSameAsAfterIt() {
        WorkOrders.post(late());
        Visits.post(visits());
        JsonPath after = Statement.afterRun("2024-11", "WANG").json();
        assertThat(Statement.of("2024-11", "WANG").lines("COMP-")).containsExactly("COMP-SECOND-DISSAT 0.00 2024-11-05");

        db.reset();
        Company.examples("2024-11");
        Rosters.oneOnTimeDay("2024-11-01", "WANG", "CHEN");
        Visits.post(visits());
        WorkOrders.post(late());
        String runId = Runs.start("2024-11");
        Runs.awaitDone(runId);
        JsonPath before = Api.statement("2024-11", "WANG").jsonPath();
        assertThat(before.getList("lines.ruleId")).isEqualTo(after.getList("lines.ruleId"));
        assertThat(before.getList("lines.amount")).isEqualTo(after.getList("lines.amount"));
        assertThat(before.getList("flags.code")).isEqualTo(after.getList("flags.code"));
        assertThat(Api.get("/api/runs/" + runId + "/problems").statusCode(200).extract().jsonPath().getList("$"))
                .isEmpty();
    }

    @Test
    void aRunListsWhatIsStillUnresolvedAndFlagsTheEmployeeForReview() {
        Visits.post(List.of(visit("GV1", "AS_ONSITE", "2024-11-07T10:00").order("GHOST").result("D")));
        Incidents.post(Map.of("id", "IN1", "employeeId", "WANG", "date", "2024-11-06", "code", "ATT-PROXY-1",
                "orderId", "GHOST"));
        String runId = Runs.start("2024-11");
        Runs.awaitDone(runId);
        JsonPath problems = Api.get("/api/runs/" + runId + "/problems").statusCode(200).extract().jsonPath();
        assertThat(problems.getList("recordId")).containsExactly("IN1", "GV1");
        assertThat(problems.getList("field")).containsExactly("orderId", "orderId");
        assertThat(problems.getList("missingId")).containsExactly("GHOST", "GHOST");
        assertThat(problems.getString("[0].employeeId")).isEqualTo("WANG");
        assertThat(problems.getString("[0].message")).isEqualTo("incident IN1: orderId names work order GHOST, which is not stored");
        assertThat(problems.getString("[0].messageZh")).isEqualTo("违规记录 IN1：orderId 所指的派工单 GHOST 尚未录入");
        assertThat(Statement.of("2024-11", "WANG").flags("DATA-PROBLEM")).containsExactly("REVIEW DATA-PROBLEM 2024-11-06");
        Api.get("/api/runs/no-such-run/problems").statusCode(404);
    }

    @Test
    void aLogisticsVisitWithoutItsStaffAssessesTheDeliverysOnePersonCrewThoughPostedBeforeTheDelivery() {
        Company.employee("MA", "马配送", "MIANXIAN", "物流", false, false, false, "2020-01-01", null);
        Company.wages("2024-11", Map.of("MA", "110"));
        Attendance.of("MA").worked("2024-11-04", "08:30", "17:30").post();
        Visits.post(List.of(visit("V-c", "LOGISTICS", "2024-11-08T10:00").delivery("D-c").rated("配送时效", "S")));
        Api.records("/api/deliveries", List.of(Visits.delivery("D-c", "LOCAL", "2024-11-04T09:00", "2024-11-05T15:00", "MA")));
        assertThat(Statement.afterRun("2024-11", "MA").lines("VISIT-")).containsExactly("VISIT-PEN-LOG-TIME 20.00 2024-11-05");
    }

    @Test
    void aStaffSurveyCompletedWithoutARatingIsAccepted() {
        Api.post("/api/visits", List.of(Map.of("id", "S1", "branch", "MIANXIAN", "visitKind", "INTERNAL", "visitNo", 1,
                "attemptAt", "2024-11-08 10:00", "outcome", "COMPLETED"))).statusCode(200);
        Api.post("/api/visits", List.of(Map.of("id", "S2", "branch", "MIANXIAN", "visitKind", "SALES", "visitNo", 1,
                "attemptAt", "2024-11-08 10:00", "outcome", "COMPLETED", "responsibleEmployeeId", "WANG")))
                .statusCode(400);
    }
}
