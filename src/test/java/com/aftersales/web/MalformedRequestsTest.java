package com.aftersales.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Company;
import com.aftersales.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Requests as a fuzzer sends them: each malformed one is a 400 problem+json saying where; a fault of
 * the service is a 500 with an error id, and the log holds that id with the cause.
 */
@QuarkusTest
class MalformedRequestsTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
    }

    private static JsonPath badRequest(io.restassured.response.Response r) {
        return r.then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
    }

    @Nested
    class LeaveCsv {

        private JsonPath post(String csv) {
            return badRequest(given().contentType("text/csv").body(csv).post("/api/leave"));
        }

        @Test
        void aHeaderThatNamesNoLeaveFieldIsRefusedAtRowOne() {
            JsonPath p = post("clockIn,clockOut\n08:30,17:30\n");
            assertThat(p.getString("errors[0].location")).isEqualTo("row 1");
            assertThat(p.getString("errors[0].message")).contains("unknown column(s) clockIn, clockOut").contains("employeeId");
        }

        @Test
        void tabSeparatedColumnsAreRefusedAtRowOneSayingSo() {
            JsonPath p = post("id\temployeeId\ttype\tstart\tend\thours\tstatus\nL1\tWANG\tPERSONAL\t2024-11-05\t"
                    + "2024-11-05\t8\tAPPROVED\n");
            assertThat(p.getString("errors[0].location")).isEqualTo("row 1");
            assertThat(p.getString("errors[0].message")).contains("separated by tabs");
        }

        @Test
        void semicolonSeparatedColumnsAreRefusedAtRowOneSayingSo() {
            JsonPath p = post("id;employeeId;type;start;end;hours;status\nL1;WANG;PERSONAL;2024-11-05;2024-11-05;8;"
                    + "APPROVED\n");
            assertThat(p.getString("errors[0].location")).isEqualTo("row 1");
            assertThat(p.getString("errors[0].message")).contains("separated by semicolons");
        }

        @Test
        void aRowWithoutItsDatesIsRefusedAtItsCellsNotAnswered500() {
            JsonPath p = post("id,employeeId,type,hours,status\nL1,WANG,PERSONAL,8,APPROVED\n");
            assertThat(p.getList("errors.location", String.class)).contains("row 2, column start", "row 2, column end");
        }
    }

    @Test
    void aNulInAPolicyIdIsABadRequestNamingTheParameter() {
        JsonPath p = badRequest(given().urlEncodingEnabled(false).get("/api/policies/attendance%00/revisions"));
        assertThat(p.getString("errors[0].location")).isEqualTo("policyId");
    }

    @Test
    void aNulInARevisionIdIsABadRequestNamingTheParameter() {
        JsonPath p = badRequest(given().urlEncodingEnabled(false)
                .get("/api/policies/attendance/revisions/2024-01-01%00/files/policy.yaml"));
        assertThat(p.getString("errors[0].location")).isEqualTo("revision");
    }

    @Test
    void malformedJsonForEmployeesIsAProblemSayingWhere() {
        JsonPath cut = badRequest(given().contentType("application/json").body("[{\"employeeId\": \"X1\",").post(
                "/api/employees"));
        assertThat(cut.getString("title")).isEqualTo("Bad request");
        assertThat(cut.getString("errors[0].location")).isEqualTo("/0");
        assertThat(cut.getString("errors[0].message")).contains("end-of-input");
        JsonPath broken = badRequest(given().contentType("application/json").body("[{\"employeeId\" \"X1\"}]").post(
                "/api/employees"));
        assertThat(broken.getString("errors[0].location")).isNotBlank();
        assertThat(broken.getString("errors[0].message")).isNotBlank();
    }

    @Test
    void anUnknownRecordKindIsANotFoundProblem() {
        given().contentType("application/json").body("[]").post("/api/nonsense").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aFaultInsideAnImportIsA500WithAnErrorIdThatTheLogHoldsWithTheCause() {
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(ProblemMappers.class.getName());
        log.addHandler(capture);
        try {
            JsonPath p = given().contentType("application/json")
                    .body("[{\"id\": \"E1\", \"employeeId\": \"WANG\", \"date\": \"2024-11-05\"}]").post("/api/explosions")
                    .then().statusCode(500).contentType("application/problem+json").extract().jsonPath();
            String id = p.getString("errorId");
            assertThat(id).isNotBlank();
            assertThat(p.getString("detail")).contains(id).doesNotContain(ExplodingRecordType.BUG);
            assertThat(logged).anySatisfy(r -> {
                assertThat(((ExtLogRecord) r).getFormattedMessage()).contains(id).contains("/api/explosions");
                assertThat(r.getThrown()).hasMessage(ExplodingRecordType.BUG);
            });
        } finally {
            log.removeHandler(capture);
        }
    }
}
