package com.aftersales.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Company;
import com.aftersales.support.Incidents;
import com.aftersales.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit log (issue 10, acceptance 4): every write says who, when, what, and the hash of the content before
 * and after; HR and auditors ask it who changed an employee's records in a month, what a user did, and what
 * happened to one record.
 */
@QuarkusTest
class AuditLogTest {

    static final String PASSWORD = "audit-test-password";

    @Inject
    TestDatabase db;

    @BeforeEach
    void twoClerksAndAnIntegration() {
        db.reset();
        Company.examples("2025-03");
        user("clerk.wu", List.of("clerk"), List.of("MIANXIAN"));
        user("clerk.chen", List.of("clerk"), List.of("CHENGGU"));
        user("erp", List.of("integration"), List.of());
        user("auditor.li", List.of("auditor"), List.of());
    }

    static void user(String name, List<String> roles, List<String> branches) {
        given().contentType("application/json").body(Map.of("password", PASSWORD, "roles", roles, "branches", branches))
                .put("/api/users/" + name).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    static void post(String user, List<Map<String, Object>> incidents) {
        given().auth().preemptive().basic(user, PASSWORD).contentType("application/json").body(incidents)
                .post("/api/incidents").then().statusCode(200);
    }

    static JsonPath audit(String query) {
        return given().auth().preemptive().basic("auditor.li", PASSWORD).get("/api/audit?" + query).then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void whoChangedThisEmployeesRecordsInMarch() {
        post("clerk.wu", List.of(Incidents.incident("M-1", "WANG", "2025-03-04", "PEN-UNIFORM", null),
                Incidents.incident("F-1", "WANG", "2025-02-27", "PEN-UNIFORM", null)));
        post("clerk.chen", List.of(Incidents.incident("M-2", "CHEN", "2025-03-05", "PEN-UNIFORM", null)));
        post("erp", List.of(Incidents.incident("M-1", "WANG", "2025-03-06", "PEN-UNIFORM", null)));
        // the same content again changes nothing, and logs nothing
        post("erp", List.of(Incidents.incident("M-1", "WANG", "2025-03-06", "PEN-UNIFORM", null)));

        JsonPath march = audit("period=2025-03&employee=WANG&entity=record");
        // without the entity filter, the other writes concerning WANG in March come too (the month's wage)
        assertThat(audit("period=2025-03&employee=WANG").getList("entity", String.class)).contains("wage", "record");
        assertThat(march.getList("entityId", String.class)).containsExactly("incident:M-1", "incident:M-1");
        assertThat(march.getList("actor", String.class)).containsExactly("clerk.wu", "erp");
        assertThat(march.getList("action", String.class)).containsExactly("CREATED", "UPDATED");
        assertThat(march.getString("[0].hashBefore")).isNull();
        assertThat(march.getString("[0].hashAfter")).hasSize(64);
        assertThat(march.getString("[1].hashBefore")).isEqualTo(march.getString("[0].hashAfter"));
        assertThat(march.getString("[1].hashAfter")).isNotEqualTo(march.getString("[1].hashBefore"));
        assertThat(march.getString("[0].at")).isNotBlank();
        assertThat(march.getList("[0].employeeIds", String.class)).containsExactly("WANG");

        assertThat(audit("user=clerk.chen").getList("entityId", String.class)).containsExactly("incident:M-2");
        assertThat(audit("record=M-1").getList("actor", String.class)).containsExactly("clerk.wu", "erp");
        assertThat(audit("record=incident:F-1&period=2025-02").getList("actor", String.class))
                .containsExactly("clerk.wu");
    }

    @Test
    void runsPeriodsUsersAndReferenceDataAreLoggedToo() {
        Api.run("2025-03");
        Api.post("/api/periods/2025-03/close", Map.of("reason", "paid")).statusCode(200);
        Api.post("/api/periods/2025-03/reopen", Map.of("reason", "a correction")).statusCode(200);
        JsonPath period = audit("period=2025-03");
        assertThat(period.getList("entity", String.class)).contains("run", "period", "wage");
        assertThat(period.getList("findAll { it.entity == 'period' }.action", String.class))
                .containsExactly("CLOSED", "REOPENED");
        assertThat(period.getString("find { it.action == 'REOPENED' }.detail.reason")).isEqualTo("a correction");
        assertThat(period.getList("findAll { it.entity == 'period' }.actor", String.class)).containsOnly("tester");
        JsonPath users = audit("entity=user");
        assertThat(users.getList("entityId", String.class)).contains("auditor.li", "erp");
        assertThat(users.getString("find { it.entityId == 'erp' }.detail.roles[0]")).isEqualTo("integration");
        assertThat(audit("entity=employee&employee=WANG").getList("action", String.class)).containsExactly("CREATED");
        // HR reads it as well; an unknown period is a bad request with its location
        Api.get("/api/audit?employee=WANG").statusCode(200);
        Api.get("/api/audit?period=2025-13").statusCode(400).contentType("application/problem+json");
    }
}
