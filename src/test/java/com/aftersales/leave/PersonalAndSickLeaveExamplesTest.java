package com.aftersales.leave;

import static com.aftersales.leave.LeaveMonth.file;
import static com.aftersales.leave.LeaveMonth.leaveDeductions;
import static com.aftersales.leave.LeaveMonth.lines;
import static com.aftersales.leave.LeaveMonth.statement;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Attendance;
import com.aftersales.support.Company;
import com.aftersales.support.Leave;
import com.aftersales.support.Statements;
import com.aftersales.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * EX-05 and EX-17 to EX-25 of handbook/examples.md through the HTTP API: leave filed, the month run,
 * the statement read; every deduction and its arithmetic as the handbook computes it.
 */
@QuarkusTest
class PersonalAndSickLeaveExamplesTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
    }

    private static void personal(String id, String employee, String start, String end, String hours) {
        file(id, employee, "PERSONAL", start, end, hours);
    }

    private static void sick(String id, String employee, String start, String end, String hours) {
        file(id, employee, "SICK", start, end, hours);
    }

    @Test
    void ex05_aFiledHalfDayAfter31MinutesLateCostsTheFineAndFourHoursOfPersonalLeave() {
        for (String who : new String[] {"WANG", "LI"}) {
            Attendance.of(who).worked("2024-11-14", "09:01", "17:30").post();
            Leave.request("L4-" + who, who, "PERSONAL", "2024-11-14", "2024-11-14", "4").late4()
                    .chain(LeaveMonth.UP_TO_FIVE_DAYS).post();
        }
        JsonPath wang = statement("2024-11", "WANG");
        assertThat(wang.getString("deduct")).isEqualTo("40.00");
        assertThat(Statements.lines(wang)).contains("ATT-LATE-4 DEDUCT FINE 20.00",
                "LEAVE-PERSONAL-HOURLY DEDUCT WAGE_DEDUCTION 20.00");
        JsonPath li = Statements.read("2024-11", "LI");
        assertThat(li.getString("deduct")).isEqualTo("52.00");
        assertThat(lines(li, "LEAVE-PERSONAL")).containsExactly("LEAVE-PERSONAL-HOURLY DEDUCT WAGE_DEDUCTION 32.00");
    }

    @Test
    void ex17_fiveHoursOfPersonalLeaveAreChargedByTheHour() {
        personal("P1", "WANG", "2024-11-05", "2024-11-05", "5");
        personal("P2", "LI", "2024-11-05", "2024-11-05", "5");
        assertThat(statement("2024-11", "WANG").getString("deduct")).isEqualTo("25.00");
        assertThat(Statements.read("2024-11", "LI").getString("deduct")).isEqualTo("40.00");
    }

    @Test
    void ex18_eightHoursAreOneDayOfTheDailyTier() {
        personal("P1", "WANG", "2024-11-05", "2024-11-05", "8");
        personal("P2", "LI", "2024-11-05", "2024-11-05", "8");
        JsonPath wang = statement("2024-11", "WANG");
        assertThat(leaveDeductions(wang)).containsExactly("LEAVE-PERSONAL-DAILY DEDUCT WAGE_DEDUCTION 40.00");
        assertThat(Statements.read("2024-11", "LI").getString("deduct")).isEqualTo("60.00");
    }

    @Test
    void ex19_twoRequestsOfTwoAndAHalfDaysAreChargedTogetherAtTheDailyTier() {
        personal("P1", "WANG", "2024-11-05", "2024-11-05", "8");
        personal("P2", "WANG", "2024-11-21", "2024-11-21", "12");
        personal("P3", "LI", "2024-11-05", "2024-11-05", "8");
        personal("P4", "LI", "2024-11-21", "2024-11-21", "12");
        JsonPath wang = statement("2024-11", "WANG");
        assertThat(wang.getString("deduct")).isEqualTo("100.00");
        assertThat(wang.getList("lines.records.id.flatten()", String.class)).contains("P1", "P2");
        assertThat(Statements.read("2024-11", "LI").getString("deduct")).isEqualTo("150.00");
    }

    @Test
    void ex20a_threeDaysOfPersonalLeaveCostTheDailyWageEach() {
        personal("P1", "CHEN", "2024-11-05", "2024-11-07", "24");
        JsonPath chen = statement("2024-11", "CHEN");
        assertThat(chen.getString("deduct")).isEqualTo("450.00");
        assertThat(leaveDeductions(chen)).containsExactly("LEAVE-PERSONAL-LONG DEDUCT WAGE_DEDUCTION 450.00");
    }

    @Test
    void ex20b_twentyThreeHoursStayInTheDailyTier() {
        personal("P1", "CHEN", "2024-11-05", "2024-11-07", "23");
        JsonPath chen = statement("2024-11", "CHEN");
        assertThat(chen.getString("deduct")).isEqualTo("115.00");
        String lineId = chen.getString("lines.find { it.ruleId == 'LEAVE-PERSONAL-DAILY' }.lineId");
        JsonPath e = Api.get("/api/lines/" + lineId + "/explanation").statusCode(200).extract().jsonPath();
        assertThat(e.getString("arithmetic")).isEqualTo("2.875 × 40.00 = 115.00");
        assertThat(e.getString("quote")).contains("累计1-3天以内的");
        assertThat(e.getString("date")).isEqualTo("2024-11-30");
    }

    @Test
    void ex21_threeSickDaysWithACertificateCostSixtyPercentOfTheWage() {
        file(Leave.request("S1", "CHEN", "SICK", "2024-11-05", "2024-11-07", "24").certificate()
                .chain(LeaveMonth.UP_TO_FIVE_DAYS), "CHEN", "2024-11-05", "2024-11-07");
        JsonPath chen = statement("2024-11", "CHEN");
        assertThat(leaveDeductions(chen)).containsExactly("LEAVE-SICK-LONG DEDUCT WAGE_DEDUCTION 270.00");
    }

    @Test
    void ex22_threeSickDaysWithoutACertificateArePersonalLeave() {
        sick("S1", "CHEN", "2024-11-05", "2024-11-07", "24");
        JsonPath chen = statement("2024-11", "CHEN");
        assertThat(leaveDeductions(chen)).containsExactly("LEAVE-PERSONAL-LONG DEDUCT WAGE_DEDUCTION 450.00");
    }

    @Test
    void ex23a_twoSickDaysAreTheDailySickTier() {
        sick("S1", "WANG", "2024-11-05", "2024-11-06", "16");
        sick("S2", "LI", "2024-11-05", "2024-11-06", "16");
        assertThat(statement("2024-11", "WANG").getString("deduct")).isEqualTo("40.00");
        assertThat(Statements.read("2024-11", "LI").getString("deduct")).isEqualTo("60.00");
    }

    @Test
    void ex23b_sixSickHoursAreChargedByTheHour() {
        sick("S1", "WANG", "2024-11-05", "2024-11-05", "6");
        sick("S2", "LI", "2024-11-05", "2024-11-05", "6");
        assertThat(statement("2024-11", "WANG").getString("deduct")).isEqualTo("18.00");
        assertThat(Statements.read("2024-11", "LI").getString("deduct")).isEqualTo("24.00");
    }

    @Test
    void ex24_personalAndSickLeaveAccumulateSeparately() {
        personal("P1", "WANG", "2024-11-05", "2024-11-05", "6");
        sick("S1", "WANG", "2024-11-12", "2024-11-12", "8");
        JsonPath wang = statement("2024-11", "WANG");
        assertThat(wang.getString("deduct")).isEqualTo("50.00");
        assertThat(leaveDeductions(wang)).contains("LEAVE-PERSONAL-HOURLY DEDUCT WAGE_DEDUCTION 30.00",
                "LEAVE-SICK-DAILY DEDUCT WAGE_DEDUCTION 20.00");
    }

    @Test
    void ex25_twoShortSickLeavesReachTheLongSickTierTogether() {
        sick("S1", "CHEN", "2024-11-04", "2024-11-05", "16");
        sick("S2", "CHEN", "2024-11-18", "2024-11-19", "16");
        JsonPath chen = statement("2024-11", "CHEN");
        assertThat(chen.getString("deduct")).isEqualTo("360.00");
        assertThat(leaveDeductions(chen)).containsExactly("LEAVE-SICK-LONG DEDUCT WAGE_DEDUCTION 360.00");
    }
}
