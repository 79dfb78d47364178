package com.aftersales.attendance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.aftersales.support.Company;
import com.aftersales.support.TestDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Bad punches and shifts, each answered 400 (or 415) as problem+json that locates every error, with
 * nothing stored: a bulk request is all or nothing. CSV rows are numbered as a spreadsheet shows
 * them: the header is row 1, the first record row 2.
 */
@QuarkusTest
class PunchInputTest {

    private static final String HEADER = "id,employeeId,at,source\n";

    @Inject
    TestDatabase db;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
    }

    private static ValidatableResponse post(String contentType, byte[] body) {
        return given().contentType(contentType).body(body).when().post("/api/punches").then();
    }

    private static ValidatableResponse postJson(String body) {
        return post("application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static ValidatableResponse postCsv(String body) {
        return post("text/csv", body.getBytes(StandardCharsets.UTF_8));
    }

    private static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status).contentType("application/problem+json").body("status", org.hamcrest.Matchers.is(status));
    }

    private int stored(String kind) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from record where kind = '" + kind + "'")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String storedField(String kind, String id, String field) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select payload->>'" + field + "' from record where kind = '" + kind
                        + "' and id = '" + id + "'")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Nested
    class Csv {

        @Test
        void aMalformedCellIsLocatedByRowAndColumnAsASpreadsheetShowsThem() {
            String csv = HEADER + "P1,WANG,2024-11-04T08:30,FINGERPRINT\n" + "P2,WANG,2024-11-04 8h30,FINGERPRINT\n";
            problem(postCsv(csv), 400).body("errors.location", hasItem("row 3, column at"));
            assertThat(stored("punch")).isZero();
        }

        @Test
        void theFirstRecordIsRowTwo() {
            problem(postCsv(HEADER + "P1,WANG,yesterday,FINGERPRINT\n"), 400)
                    .body("errors.location", hasItem("row 2, column at"));
        }

        @Test
        void anEmptyLineIsARowAsInASpreadsheetAndAQuotedLineBreakIsNot() {
            String csv = HEADER + "P1,WANG,2024-11-04T08:30,FINGERPRINT\n\n"
                    + "\"P\n2\",WANG,2024-11-04T17:30,FINGERPRINT\n" + "P3,WANG,noon,FINGERPRINT\n";
            problem(postCsv(csv), 400).body("errors.location", hasItem("row 5, column at"))
                    .body("errors.location", hasItem("row 4, column id"));
        }

        @Test
        void emptyLinesAreSkipped() {
            postCsv(HEADER + "\nP1,WANG,2024-11-04T08:30,FINGERPRINT\n\n\nP2,WANG,2024-11-04T17:30,FINGERPRINT\n\n")
                    .statusCode(200).body("created", org.hamcrest.Matchers.is(2));
        }

        @Test
        void aRowWithTooFewCellsIsLocatedByItsRow() {
            String csv = HEADER + "P1,WANG,2024-11-04T08:30,FINGERPRINT\n" + "P2,WANG\n";
            problem(postCsv(csv), 400).body("errors.location", hasItem("row 3"));
            assertThat(stored("punch")).isZero();
        }

        @Test
        void anUnclosedQuoteIsLocatedByTheRowItStartsIn() {
            String csv = HEADER + "P1,WANG,2024-11-04T08:30,FINGERPRINT\n" + "P2,\"WANG,2024-11-04T17:30,FINGERPRINT\n";
            problem(postCsv(csv), 400).body("errors.location", hasItem(startsWith("row 3")));
            assertThat(stored("punch")).isZero();
        }

        @Test
        void everyBadRowIsListed() {
            String csv = HEADER + "P1,WANG,2024-11-04T08:30,FACE\n" + "P2,NOBODY,2024-11-04T17:30,FINGERPRINT\n"
                    + "P3,WANG,2024-11-05T08:30,FINGERPRINT\n" + "P4,WANG,,FINGERPRINT\n";
            problem(postCsv(csv), 400).body("errors.location", hasItem("row 2, column source"))
                    .body("errors.location", hasItem("row 3, column employeeId"))
                    .body("errors.location", hasItem("row 5, column at"));
            assertThat(stored("punch")).isZero();
        }

        @Test
        void gb18030IsReadWhenTheContentTypeSaysSo() {
            String csv = "id,employeeId,date,code,amount,note\n"
                    + "I1,ZHOU,2024-11-06,ATT-PROXY-1,200,代孙师傅签到\n";
            given().contentType("text/csv; charset=GB18030").body(csv.getBytes(Charset.forName("GB18030")))
                    .when().post("/api/incidents").then().statusCode(200);
            assertThat(storedField("incident", "I1", "note")).isEqualTo("代孙师傅签到");
        }

        @Test
        void aUtf8ByteOrderMarkIsAccepted() {
            byte[] csv = ("\uFEFF" + HEADER + "P1,WANG,2024-11-04T08:30,FINGERPRINT\n").getBytes(StandardCharsets.UTF_8);
            given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                    .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                    .contentType("text/csv").body(csv).when().post("/api/punches").then().statusCode(200)
                    .body("created", org.hamcrest.Matchers.is(1));
            assertThat(storedField("punch", "P1", "employeeId")).isEqualTo("WANG");
        }

        @Test
        void aByteOrderMarkWinsOverACharsetLabel() {
            byte[] csv = ("\uFEFF" + HEADER + "P1,WANG,2024-11-04T08:30,FINGERPRINT\n").getBytes(StandardCharsets.UTF_8);
            post("text/csv; charset=ISO-8859-1", csv).statusCode(200).body("created", org.hamcrest.Matchers.is(1));
        }

        @Test
        void anUnknownCharsetIs415() {
            problem(post("text/csv; charset=KLINGON", HEADER.getBytes(StandardCharsets.UTF_8)), 415);
        }
    }

    @Nested
    class Json {

        @Test
        void aPunchForAnUnknownEmployeeIsRefused() {
            problem(postJson("[{\"id\":\"P1\",\"employeeId\":\"NOBODY\",\"at\":\"2024-11-04T08:30\","
                    + "\"source\":\"FINGERPRINT\"}]"), 400).body("errors.location", hasItem("/0/employeeId"));
            assertThat(stored("punch")).isZero();
        }

        @Test
        void aSyntaxErrorIsLocatedByLineAndColumn() {
            problem(postJson("[{\"id\":\"P1\",\n\"employeeId\" \"WANG\"}]"), 400)
                    .body("errors.location", hasItem(startsWith("line 2, column")));
        }

        @Test
        void aValueOfTheWrongTypeIsLocatedByItsPointer() {
            problem(postJson("[{\"id\":\"P1\",\"employeeId\":\"WANG\",\"at\":{\"h\":8},\"source\":\"FINGERPRINT\"}]"),
                    400).body("errors.location", hasItem("/0/at"));
        }

        @Test
        void anImpossibleDateIsRefused() {
            given().contentType("application/json").body("[{\"id\":\"S1\",\"employeeId\":\"WANG\",\"date\":\"2024-02-30\","
                    + "\"start\":\"08:30\",\"end\":\"17:30\"}]").when().post("/api/shifts").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.location", hasItem("/0/date"));
            assertThat(stored("shift")).isZero();
        }

        @Test
        void aDuplicateKeyIsRefused() {
            problem(postJson("[{\"id\":\"P1\",\"id\":\"P2\",\"employeeId\":\"WANG\",\"at\":\"2024-11-04T08:30\","
                    + "\"source\":\"FINGERPRINT\"}]"), 400).body("errors.message", hasItem(org.hamcrest.Matchers
                    .containsString("uplicate")));
            assertThat(stored("punch")).isZero();
        }

        @Test
        void trailingContentIsRefused() {
            problem(postJson("[{\"id\":\"P1\",\"employeeId\":\"WANG\",\"at\":\"2024-11-04T08:30\","
                    + "\"source\":\"FINGERPRINT\"}] []"), 400);
            assertThat(stored("punch")).isZero();
        }

        @Test
        void aNulCharacterIsRefused() {
            problem(postJson("[{\"id\":\"P1\",\"employeeId\":\"WANG\",\"at\":\"2024-11-04T08:30\","
                    + "\"source\":\"FINGERPRINT\",\"note\":\"a\\u0000b\"}]"), 400)
                    .body("errors.location", hasItem("/0/note"));
            assertThat(stored("punch")).isZero();
        }

        @Test
        void anUnknownEnumValueIsRefused() {
            problem(postJson("[{\"id\":\"P1\",\"employeeId\":\"WANG\",\"at\":\"2024-11-04T08:30\","
                    + "\"source\":\"FACE\"}]"), 400).body("errors.location", hasItem("/0/source"));
        }

        @Test
        void aBodyThatIsNotAnArrayIsRefused() {
            problem(postJson("{\"id\":\"P1\",\"employeeId\":\"WANG\",\"at\":\"2024-11-04T08:30\","
                    + "\"source\":\"FINGERPRINT\"}"), 400).body("errors.location", hasItem("/"));
        }

        @Test
        void anEmptyArrayIsRefused() {
            problem(postJson("[]"), 400);
        }

        @Test
        void aBadRowStopsTheGoodOnesBeingStored() {
            problem(postJson("[{\"id\":\"P1\",\"employeeId\":\"WANG\",\"at\":\"2024-11-04T08:30\",\"source\":\"FINGERPRINT\"},"
                    + "{\"id\":\"P2\",\"employeeId\":\"WANG\",\"source\":\"FINGERPRINT\"}]"), 400)
                    .body("errors.location", hasItem("/1/at"));
            assertThat(stored("punch")).isZero();
        }

        @Test
        void anotherMediaTypeIs415() {
            problem(post("text/plain", "P1,WANG".getBytes(StandardCharsets.UTF_8)), 415);
        }
    }

    @Nested
    class PathParameters {

        @Test
        void aMonthThirteenIsNotAPeriod() {
            problem(given().when().post("/api/periods/2024-13/runs").then(), 400)
                    .body("errors.location", hasItem("period"));
        }

        @Test
        void aPeriodNeedsTwoDigitsOfMonth() {
            problem(given().when().post("/api/periods/2024-1/runs").then(), 400);
            problem(given().when().get("/api/periods/2024-1/statements").then(), 400);
            problem(given().when().get("/api/periods/2024-1/statements/WANG").then(), 400);
        }

        @Test
        void anUnknownLineHasNoExplanation() {
            problem(given().when().get("/api/lines/L0000000000/explanation").then(), 404);
        }

        @Test
        void anEmployeeWithoutAStatementIs404() {
            problem(given().when().get("/api/periods/2024-11/statements/NOBODY").then(), 404);
        }
    }
}
