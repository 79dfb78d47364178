package com.aftersales.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import com.aftersales.support.Api;
import com.aftersales.support.Company;
import com.aftersales.support.Incidents;
import com.aftersales.support.Policies;
import com.aftersales.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Authentication and roles over real HTTP (issue 10, acceptance 1): who may read and change what, 401 and 403 as
 * problem+json, branch scope of supervisors and clerks, four eyes on activation, users managed by HR.
 */
@QuarkusTest
class AccessTest {

    static final String PASSWORD = "a-good-password";

    @Inject
    TestDatabase db;

    @Inject
    Policies policies;

    @BeforeEach
    void aCompanyOfTwoBranchesRunForNovember() {
        db.reset();
        Company.examples("2024-11");
        Incidents.post(Incidents.incident("AC-1", "WANG", "2024-11-04", "PEN-UNIFORM", null),
                Incidents.incident("AC-2", "CHEN", "2024-11-05", "PEN-UNIFORM", null));
        Api.run("2024-11");
        user("sup.mianxian", List.of("supervisor"), List.of("MIANXIAN"));
        user("clerk.mianxian", List.of("clerk"), List.of("MIANXIAN"));
        user("auditor.qian", List.of("auditor"), List.of());
        user("hr.sun", List.of("hr"), List.of());
    }

    @AfterEach
    void shippedRevisions() {
        policies.reset();
    }

    static void user(String name, List<String> roles, List<String> branches) {
        given().contentType("application/json").body(Map.of("password", PASSWORD, "roles", roles, "branches", branches))
                .put("/api/users/" + name).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    static RequestSpecification as(String name) {
        return given().auth().preemptive().basic(name, PASSWORD);
    }

    static String lineOf(String employee) {
        return Api.statement("2024-11", employee).jsonPath().getString("lines[0].lineId");
    }

    @Test
    void aSupervisorOfOneBranchGets403ForAnotherBranchsStatementAndExplanation() {
        String wangLine = lineOf("WANG");
        String chenLine = lineOf("CHEN");
        as("sup.mianxian").get("/api/periods/2024-11/statements/WANG").then().statusCode(200);
        as("sup.mianxian").get("/api/lines/" + wangLine + "/explanation").then().statusCode(200);
        as("sup.mianxian").get("/api/periods/2024-11/statements/CHEN").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("CHENGGU"));
        as("sup.mianxian").get("/api/lines/" + chenLine + "/explanation").then().statusCode(403)
                .contentType("application/problem+json").body("status", org.hamcrest.Matchers.is(403));
        List<String> listed = as("sup.mianxian").get("/api/periods/2024-11/statements").then().statusCode(200)
                .extract().jsonPath().getList("branch", String.class);
        assertThat(listed).isNotEmpty().containsOnly("MIANXIAN");
        as("sup.mianxian").get("/api/periods/2024-11/statements?branch=CHENGGU").then().statusCode(403);
    }

    @Test
    void aClerkCannotRunAMonthButPostsTheRecordsOfTheirOwnBranchOnly() {
        as("clerk.mianxian").post("/api/periods/2024-11/runs").then().statusCode(403)
                .contentType("application/problem+json");
        as("clerk.mianxian").get("/api/periods/2024-11/statements/WANG").then().statusCode(403);
        as("clerk.mianxian").contentType("application/json")
                .body(List.of(Incidents.incident("AC-3", "ZHAO", "2024-11-06", "PEN-UNIFORM", null)))
                .post("/api/incidents").then().statusCode(200);
        JsonPath refused = as("clerk.mianxian").contentType("application/json")
                .body(List.of(Incidents.incident("AC-4", "WANG", "2024-11-06", "PEN-UNIFORM", null),
                        Incidents.incident("AC-5", "CHEN", "2024-11-06", "PEN-UNIFORM", null)))
                .post("/api/incidents").then().statusCode(403).contentType("application/problem+json")
                .extract().jsonPath();
        assertThat(refused.getList("errors.location", String.class)).containsExactly("/1");
        assertThat(refused.getString("errors[0].message")).contains("CHENGGU");
        as("clerk.mianxian").get("/api/audit").then().statusCode(403);
    }

    @Test
    void anUnauthenticatedCallGets401AsProblemJsonWithTheBasicChallenge() {
        given().auth().none().get("/api/periods/2024-11/statements").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", startsWith("Basic"))
                .body("status", org.hamcrest.Matchers.is(401));
        given().auth().none().contentType("application/json")
                .body(List.of(Incidents.incident("AC-6", "WANG", "2024-11-06", "PEN-UNIFORM", null)))
                .post("/api/incidents").then().statusCode(401).contentType("application/problem+json");
        given().auth().preemptive().basic("sup.mianxian", "wrong-password").get("/api/policies").then()
                .statusCode(401).contentType("application/problem+json");
        given().auth().preemptive().basic("nobody", "whatever").get("/api/policies").then().statusCode(401);
    }

    @Test
    void aPersonLogsInWithTheFormAndTheCookieAuthenticatesTheirCalls() {
        io.restassured.response.Response login = given().auth().none().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("j_username", "sup.mianxian")
                .formParam("j_password", PASSWORD).post("/j_security_check");
        assertThat(login.statusCode()).isEqualTo(302);
        String cookie = login.getCookie("quarkus-credential");
        assertThat(cookie).isNotBlank();
        given().auth().none().cookie("quarkus-credential", cookie).get("/api/me").then().statusCode(200)
                .body("username", org.hamcrest.Matchers.is("sup.mianxian"));
        io.restassured.response.Response wrong = given().auth().none().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("j_username", "sup.mianxian")
                .formParam("j_password", "wrong").post("/j_security_check");
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(wrong.header("Location")).contains("/login?error");
    }

    @Test
    void healthAndTheOpenApiDocumentNeedNoUser() {
        given().auth().none().get("/q/health/live").then().statusCode(200);
        given().auth().none().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void anAuditorReadsEverythingAndChangesNothing() {
        as("auditor.qian").get("/api/periods/2024-11/statements/CHEN").then().statusCode(200);
        as("auditor.qian").get("/api/periods/2024-11/statements/WANG").then().statusCode(200);
        as("auditor.qian").get("/api/users").then().statusCode(200);
        as("auditor.qian").post("/api/periods/2024-11/runs").then().statusCode(403)
                .contentType("application/problem+json");
        as("auditor.qian").contentType("application/json")
                .body(List.of(Incidents.incident("AC-7", "WANG", "2024-11-06", "PEN-UNIFORM", null)))
                .post("/api/incidents").then().statusCode(403).contentType("application/problem+json");
        as("auditor.qian").contentType("application/json").body(Map.of("name", "x", "foundingDate", "2020-01-01",
                "shiftStart", "08:30", "shiftEnd", "17:30")).put("/api/branches/NEW").then().statusCode(403);
        as("auditor.qian").contentType("application/json").body(Map.of("password", PASSWORD, "roles", List.of("hr")))
                .put("/api/users/auditor.qian").then().statusCode(403);
    }

    @Test
    void anActivationByTheUploaderAloneIsRefusedWhileFourEyesIsOn() {
        byte[] table = com.aftersales.support.Workbooks.set(Policies.download("attendance", "2024-01-01",
                "attendance.drl.xlsx"), "Lateness!G15", "see HR");
        Policies.upload("attendance", "2025-03-01", "four eyes", Map.of("attendance.drl.xlsx", table)).statusCode(201);
        given().auth().preemptive().basic("admin.wu", "admin-wu-pass")
                .post("/api/policies/attendance/revisions/2025-03-01/activate").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("four eyes"));
        assertThat(Api.get("/api/policies/attendance/revisions/2025-03-01").extract().jsonPath().getString("status"))
                .isEqualTo("CANDIDATE");
        as("hr.sun").post("/api/policies/attendance/revisions/2025-03-01/activate").then().statusCode(403);
        Policies.activate("attendance", "2025-03-01", null).statusCode(200);
        JsonPath audit = Api.get("/api/policies/attendance/audit?revision=2025-03-01").extract().jsonPath();
        assertThat(audit.getString("find { it.action == 'ACTIVATION_REFUSED' }.actor")).isEqualTo("admin.wu");
        assertThat(audit.getString("find { it.action == 'ACTIVATED' }.actor")).isEqualTo("admin.zhao");
    }

    @Test
    void hrManagesUsersAndAnUnknownRoleIsABadRequestAtItsIndex() {
        JsonPath bad = as("hr.sun").contentType("application/json")
                .body(Map.of("password", PASSWORD, "roles", List.of("hr", "boss"))).put("/api/users/new.one").then()
                .statusCode(400).contentType("application/problem+json").extract().jsonPath();
        assertThat(bad.getList("errors.location", String.class)).containsExactly("/roles/1");
        assertThat(bad.getString("errors[0].message")).contains("boss");
        as("hr.sun").contentType("application/json").body(Map.of("password", "short", "roles", List.of("hr")))
                .put("/api/users/new.one").then().statusCode(400).body("errors[0].location", org.hamcrest.Matchers
                        .is("/password"));
        as("hr.sun").contentType("application/json").body(Map.of("password", PASSWORD, "roles", List.of("supervisor")))
                .put("/api/users/new.one").then().statusCode(400).body("errors[0].location", org.hamcrest.Matchers
                        .is("/branches"));
        as("hr.sun").contentType("application/json").body(Map.of("password", PASSWORD, "roles",
                List.of("supervisor", "clerk"), "branches", List.of("CHENGGU"))).put("/api/users/new.one").then()
                .statusCode(201).body("roles", org.hamcrest.Matchers.contains("supervisor", "clerk"))
                .body("password", org.hamcrest.Matchers.nullValue());
        as("new.one").get("/api/me").then().statusCode(200).body("username", org.hamcrest.Matchers.is("new.one"))
                .body("branches", org.hamcrest.Matchers.contains("CHENGGU"));
        as("new.one").get("/api/periods/2024-11/statements/CHEN").then().statusCode(200);
        as("new.one").get("/api/users").then().statusCode(403);
        as("hr.sun").delete("/api/users/new.one").then().statusCode(204);
        as("new.one").get("/api/me").then().statusCode(401);
        as("hr.sun").delete("/api/users/hr.sun").then().statusCode(409);
    }

    @Inject
    UserService users;

    @Test
    void theBootstrapUsersAreNamePasswordRolesAndBranchesCreatedOnlyWhenNoUserExists() {
        assertThat(BootstrapUsers.parse("a:pw1:hr+auditor, b:pw2:supervisor:X+Y")).containsExactly(
                new BootstrapUsers.Entry("a", "pw1", List.of("hr", "auditor"), List.of()),
                new BootstrapUsers.Entry("b", "pw2", List.of("supervisor"), List.of("X", "Y")));
        assertThatThrownBy(() -> BootstrapUsers.parse("c:pw:boss")).hasMessageContaining("unknown role boss");
        assertThatThrownBy(() -> BootstrapUsers.parse("ok:pw:hr,d:pw")).hasMessageContaining("entry 2");
        // the %test users were created at start from app.bootstrap.users; a second bootstrap changes nothing
        assertThat(users.find("admin.wu")).get().extracting(UserService.UserView::roles).isEqualTo(List.of("policy-admin"));
        assertThat(users.bootstrap(BootstrapUsers.parse("intruder:pw:hr"))).isFalse();
        assertThat(users.find("intruder")).isEmpty();
    }
}
