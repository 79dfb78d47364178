package com.aftersales.workorder;

import static com.aftersales.support.Statements.lines;
import static com.aftersales.support.WorkOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Attendance;
import com.aftersales.support.Company;
import com.aftersales.support.Leave;
import com.aftersales.support.Statements;
import com.aftersales.support.TestDatabase;
import com.aftersales.support.WorkOrders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * EX-49 (an installer's month netted) and EX-50 (ILLUSTRATIVE placeholder commission) through the HTTP
 * API, and a month statement that nets attendance, conduct, leave and commission lines.
 */
@QuarkusTest
class CommissionExamplesTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
    }

    @Test
    void ex50_theMonthsPlaceholderCommissionIs240AndTheReturnCostsFifty() {
        Attendance.of("WANG").worked("2024-11-01", "08:30", "17:30").post();
        WorkOrders.post(
                order("O1", "WANG").on("2024-11-04").install("AC_WALL").distance("1.5"),
                order("O2", "WANG").on("2024-11-05").install("AC_WALL").distance("1.5"),
                order("O3", "WANG").on("2024-11-06").install("AC_FLOOR").distance("25"),
                order("O4", "WANG").on("2024-11-07").repair("WATER_HEATER").distance("1"),
                order("O5", "WANG").on("2024-11-08").install("AC_FLOOR").distance("3").flag("returnExchangeCausedByWork"),
                order("O6", "WANG").reworkOf("O1", "2024-11-11T10:00"),
                order("O7", "WANG").on("2024-11-12").repair("TV").carryIn());
        JsonPath s = Statements.runAndRead("2024-11", "WANG");
        // 240.00 placeholder commission, and 90.00 for three unused rest days (LEAVE-REST-SUBSIDY)
        assertThat(s.getString("pay")).isEqualTo("330.00");
        assertThat(s.getString("deduct")).isEqualTo("50.00");
        assertThat(s.getString("net")).isEqualTo("280.00");
        assertThat(lines(s)).containsExactly(
                "COMM-ILLUS-RATE PAY COMMISSION 50.00",
                "COMM-ILLUS-RATE PAY COMMISSION 50.00",
                "COMM-ILLUS-RATE PAY COMMISSION 80.00",
                "COMM-ILLUS-REMOTE PAY ALLOWANCE 10.00",
                "COMM-ILLUS-RATE PAY COMMISSION 25.00",
                "COMM-FORFEIT-RETURN PAY COMMISSION 0.00",
                "COMM-FORFEIT-RETURN PAY ALLOWANCE 0.00",
                "PEN-RETURN-EXCHANGE DEDUCT FINE 50.00",
                "COMM-REWORK-NONE PAY COMMISSION 0.00",
                "COMM-ILLUS-RATE PAY COMMISSION 25.00",
                "LEAVE-REST-SUBSIDY PAY SUBSIDY 90.00");
        assertThat(s.getList("lines.summary", String.class)).filteredOn(t -> t.startsWith("提成"))
                .allSatisfy(t -> assertThat(t).contains("示例占位"));
    }

    @Test
    void theMonthStatementNetsAttendanceConductAndCommissionAndItsTotalsAreTheSumOfItsLines() {
        Attendance.of("WANG").worked("2024-11-04", "08:34", "17:30").worked("2024-11-05", "08:30", "17:30").post();
        Api.records("/api/incidents", List.of(Map.of("id", "I1", "employeeId", "WANG", "date", "2024-11-05",
                "code", "PEN-UNIFORM")));
        WorkOrders.post(order("O1", "WANG").on("2024-11-05").install("AC_FLOOR").distance("25")
                        .accepted("2024-11-05T09:00").called("2024-11-05T09:45"),
                order("O2", "WANG", "CHEN").on("2024-11-05").install("WATER_HEATER").distance("1"));
        JsonPath s = Statements.runAndRead("2024-11", "WANG");
        assertThat(lines(s)).containsExactly(
                "ATT-LATE-1 DEDUCT FINE 5.00",
                "COMM-ILLUS-RATE PAY COMMISSION 80.00",
                "COMM-ILLUS-RATE PAY COMMISSION 20.00",
                "COMM-ILLUS-REMOTE PAY ALLOWANCE 10.00",
                "PEN-APPT-CALL-30MIN DEDUCT FINE 5.00",
                "PEN-UNIFORM DEDUCT FINE 10.00",
                "LEAVE-REST-SUBSIDY PAY SUBSIDY 90.00");
        BigDecimal deduct = Statements.sum(s, "DEDUCT");
        BigDecimal pay = Statements.sum(s, "PAY");
        assertThat(deduct).isEqualByComparingTo("20.00");
        assertThat(pay).isEqualByComparingTo("200.00");
        assertThat(new BigDecimal(s.getString("deduct"))).isEqualByComparingTo(deduct);
        assertThat(new BigDecimal(s.getString("pay"))).isEqualByComparingTo(pay);
        assertThat(new BigDecimal(s.getString("net"))).isEqualByComparingTo(pay.subtract(deduct));
        JsonPath list = Api.get("/api/periods/2024-11/statements").statusCode(200).extract().jsonPath();
        assertThat(list.getString("find { it.employeeId == 'WANG' }.net")).isEqualTo("180.00");
    }

    @Test
    void ex49_anInstallersMonthNetsTwentyOfDeductionsAgainstThirtyOfSubsidy() {
        Attendance.of("WANG").worked("2024-11-04", "08:34", "17:30").worked("2024-11-05", "08:30", "17:30")
                .worked("2024-11-06", "08:30", "17:30").post();
        // a product without a placeholder rate (OTHER), so no commission joins the example's lines
        WorkOrders.post(order("O1", "WANG").on("2024-11-05").install("OTHER").distance("1")
                .accepted("2024-11-05T09:00").called("2024-11-05T09:45"));
        Api.records("/api/incidents", List.of(Map.of("id", "I1", "employeeId", "WANG", "date", "2024-11-06",
                "code", "PEN-UNIFORM")));
        Leave.of("WANG").rest("2024-11-09", "2024-11-10").post();
        JsonPath s = Statements.runAndRead("2024-11", "WANG");
        assertThat(lines(s)).containsExactly(
                "ATT-LATE-1 DEDUCT FINE 5.00",
                "PEN-APPT-CALL-30MIN DEDUCT FINE 5.00",
                "PEN-UNIFORM DEDUCT FINE 10.00",
                "LEAVE-REST-SUBSIDY PAY SUBSIDY 30.00");
        assertThat(s.getString("deduct")).isEqualTo("20.00");
        assertThat(s.getString("pay")).isEqualTo("30.00");
        assertThat(s.getString("net")).isEqualTo("10.00");
    }
}
