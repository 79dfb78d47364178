package com.aftersales.leave;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import com.aftersales.support.Attendance;
import com.aftersales.support.Company;
import com.aftersales.support.Statements;
import com.aftersales.support.TestDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Leave records through POST /api/leave: JSON and CSV, idempotent upsert, all or nothing; every bad row
 * answered 400 with its location and nothing stored; a request over two months split by date.
 */
@QuarkusTest
class LeaveInputTest {

    private static final String GOOD = "{\"id\":\"OK1\",\"employeeId\":\"WANG\",\"type\":\"PERSONAL\",\"start\":\"2024-11-05\","
            + "\"end\":\"2024-11-05\",\"hours\":8,\"status\":\"APPROVED\"}";

    @Inject
    TestDatabase db;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11", "2024-12");
    }

    private static ValidatableResponse post(String contentType, String body) {
        return given().contentType(contentType).body(body).when().post("/api/leave").then();
    }

    private static ValidatableResponse badJson(String row) {
        return post("application/json", "[" + GOOD + "," + row + "]").statusCode(400)
                .contentType("application/problem+json").body("status", is(400));
    }

    private int stored() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from record where kind = 'leave'")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A sick-leave row with some fields replaced, e.g. {@code row("end", "2024-11-04")}. */
    private static String row(Object... fields) {
        java.util.Map<String, Object> r = new java.util.LinkedHashMap<>(java.util.Map.of("id", "B1", "employeeId", "WANG",
                "type", "SICK", "start", "2024-11-06", "end", "2024-11-06", "hours", 8, "status", "APPROVED"));
        for (int i = 0; i < fields.length; i += 2) {
            r.put((String) fields[i], fields[i + 1]);
        }
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(r);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRequestEndingBeforeItStartsIsRefusedAtItsEndAndNothingIsStored() {
        badJson(row("end", "2024-11-04")).body("errors.location", hasItem("/1/end"));
        assertThat(stored()).isZero();
    }

    @Test
    void zeroOrNegativeHoursAreRefusedAtTheirHours() {
        badJson(row("hours", 0)).body("errors.location", hasItem("/1/hours"));
        badJson(row("hours", -4)).body("errors.location", hasItem("/1/hours"));
        badJson(row("hours", 25)).body("errors.location", hasItem("/1/hours"));
        assertThat(stored()).isZero();
    }

    @Test
    void anUnknownTypeIsRefusedAtItsType() {
        badJson(row("type", "HOLIDAY")).body("errors.location", hasItem("/1/type"));
        assertThat(stored()).isZero();
    }

    @Test
    void anUnknownEmployeeOrApprovalRoleIsRefusedWhereItIsNamed() {
        badJson(row("employeeId", "NOBODY")).body("errors.location", hasItem("/1/employeeId"));
        badJson(row("approvalChain", java.util.List.of("DIRECT_SUPERIOR", "MY_MUM")))
                .body("errors.location", hasItem("/1/approvalChain/1"));
        assertThat(stored()).isZero();
    }

    @Test
    void everyBadRowOfACsvIsListedWithRowAndColumnAndNothingIsStored() {
        String csv = "id,employeeId,type,start,end,hours,status,approvalChain\n"
                + "C1,WANG,PERSONAL,2024-11-05,2024-11-05,8,APPROVED,DIRECT_SUPERIOR|INDIRECT_SUPERIOR\n"
                + "C2,WANG,PERSONAL,2024-11-07,2024-11-06,8,APPROVED,\n"
                + "C3,NOBODY,SICK,2024-11-05,2024-11-05,8,APPROVED,\n"
                + "C4,WANG,NAP,2024-11-05,2024-11-05,8,APPROVED,\n";
        post("text/csv", csv).statusCode(400)
                .body("errors.location", hasItems("row 3, column end", "row 4, column employeeId", "row 5, column type"));
        assertThat(stored()).isZero();
    }

    @Test
    void aCsvIsStoredAndPostingItAgainChangesNothingWhileAChangedRowIsUpdated() {
        String csv = "id,employeeId,type,start,end,hours,status,approvalChain\n"
                + "C1,WANG,PERSONAL,2024-11-05,2024-11-05,8,APPROVED,DIRECT_SUPERIOR|INDIRECT_SUPERIOR|BRANCH_FINANCE\n"
                + "C2,LI,REST,2024-11-06,2024-11-06,4,APPROVED,\n";
        post("text/csv", csv).statusCode(200).body("created", is(2));
        post("text/csv", csv).statusCode(200).body("unchanged", is(2)).body("created", is(0));
        post("text/csv", csv.replace("2024-11-06,4", "2024-11-06,8")).statusCode(200).body("updated", is(1));
        assertThat(stored()).isEqualTo(2);
        Attendance.of("WANG").shift("2024-11-05").post();
        JsonPath wang = Statements.runAndRead("2024-11", "WANG");
        assertThat(LeaveMonth.leaveDeductions(wang)).containsExactly("LEAVE-PERSONAL-DAILY DEDUCT WAGE_DEDUCTION 40.00");
        assertThat(Statements.flags(wang)).isEmpty();
    }

    @Test
    void aRequestOverTwoMonthsIsSplitByDateAndEachMonthPricesItsOwnHours() {
        LeaveMonth.file("X1", "WANG", "PERSONAL", "2024-11-29", "2024-12-02", "32");
        assertThat(LeaveMonth.leaveDeductions(Statements.runAndRead("2024-11", "WANG")))
                .containsExactly("LEAVE-PERSONAL-DAILY DEDUCT WAGE_DEDUCTION 80.00");
        JsonPath dec = Statements.runAndRead("2024-12", "WANG");
        assertThat(LeaveMonth.leaveDeductions(dec)).containsExactly("LEAVE-PERSONAL-DAILY DEDUCT WAGE_DEDUCTION 80.00");
        assertThat(dec.getString("lines.find { it.ruleId == 'LEAVE-PERSONAL-DAILY' }.date")).isEqualTo("2024-12-31");
    }
}
