package com.aftersales.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Attendance;
import com.aftersales.support.Company;
import com.aftersales.support.Statement;
import com.aftersales.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Examples EX-01 to EX-10 of handbook/examples.md (lateness and early leave) through the HTTP API:
 * post the roster and punches, run the month, read the statement. Lines and flags of other policies
 * do not matter here, so they are filtered to the attendance rules (ATT-*).
 */
@QuarkusTest
class AttendanceExamplesTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-07", "2024-10", "2024-11");
    }

    @Test
    void ex01_lateExactlyFiveMinutesCostsFive() {
        Attendance.of("WANG").worked("2024-11-04", "08:35:48", "17:30").post();
        Statement s = Statement.afterRun("2024-11", "WANG");
        assertThat(s.deduct()).isEqualTo("5.00");
        assertThat(s.lines("ATT-")).containsExactly("ATT-LATE-1 5.00 2024-11-04");
    }

    @Test
    void ex02_lateSixMinutesCostsTen() {
        Attendance.of("WANG").worked("2024-11-05", "08:36", "17:30").post();
        Statement s = Statement.afterRun("2024-11", "WANG");
        assertThat(s.deduct()).isEqualTo("10.00");
        assertThat(s.lines("ATT-")).containsExactly("ATT-LATE-2 10.00 2024-11-05");
        assertThat(s.flags("ATT-")).isEmpty();
    }

    @Test
    void ex03_fifteenMinutesIsTierTwoAndSixteenTierThree() {
        Attendance.of("WANG").worked("2024-11-06", "08:45", "17:30").worked("2024-11-07", "08:46", "17:30").post();
        Statement s = Statement.afterRun("2024-11", "WANG");
        assertThat(s.deduct()).isEqualTo("30.00");
        assertThat(s.lines("ATT-")).containsExactly("ATT-LATE-2 10.00 2024-11-06", "ATT-LATE-3 20.00 2024-11-07");
    }

    @Test
    void ex04_thirtyMinutesLateAndThirtyMinutesEarlyAreTwoTierThreeEvents() {
        Attendance.of("WANG").worked("2024-11-12", "09:00", "17:30").worked("2024-11-13", "08:30", "17:00").post();
        Statement s = Statement.afterRun("2024-11", "WANG");
        assertThat(s.deduct()).isEqualTo("40.00");
        assertThat(s.lines("ATT-")).containsExactly("ATT-LATE-3 20.00 2024-11-12", "ATT-LATE-3 20.00 2024-11-13");
    }

    @Test
    void ex06_sixtyMinutesLateWithoutTheHalfDayLeaveIsHalfADayOfAbsenteeism() {
        Attendance.of("WANG").worked("2024-11-19", "09:30", "17:30").post();
        Statement s = Statement.afterRun("2024-11", "WANG");
        assertThat(s.deduct()).isEqualTo("180.00");
        assertThat(s.lines("ATT-")).containsExactly("ATT-ABSENT-HALF 180.00 2024-11-19");
        assertThat(s.flags("ATT-")).isEmpty();
    }

    @Test
    void ex07_sixtyOneMinutesLateIsForReviewWithNothingDeducted() {
        Attendance.of("WANG").worked("2024-11-19", "09:31", "17:30").post();
        Statement s = Statement.afterRun("2024-11", "WANG");
        assertThat(s.deduct()).isEqualTo("0.00");
        assertThat(s.lines("ATT-")).isEmpty();
        assertThat(s.flags("ATT-")).containsExactly("REVIEW ATT-LATE-GAP 2024-11-19");
    }

    @Test
    void ex08_theBriefsMonthCosts385() {
        Attendance.of("WANG").worked("2024-10-02", "08:33", "17:30").worked("2024-10-09", "08:47", "17:30")
                .worked("2024-10-14", "08:30", "17:30").absent("2024-10-15").worked("2024-10-16", "08:30", "17:30")
                .post();
        Statement s = Statement.afterRun("2024-10", "WANG");
        assertThat(s.deduct()).isEqualTo("385.00");
        assertThat(s.lines("ATT-")).containsExactly("ATT-LATE-1 5.00 2024-10-02", "ATT-LATE-3 20.00 2024-10-09",
                "ATT-ABSENT-1 360.00 2024-10-15");
    }

    @Test
    void ex09_lateAndEarlyOnTheSameDayAreTwoEvents() {
        Attendance.of("WANG").worked("2024-11-20", "08:33", "17:18").post();
        Statement s = Statement.afterRun("2024-11", "WANG");
        assertThat(s.deduct()).isEqualTo("15.00");
        assertThat(s.lines("ATT-")).containsExactlyInAnyOrder("ATT-LATE-1 5.00 2024-11-20",
                "ATT-LATE-2 10.00 2024-11-20");
    }

    @Test
    void ex10_anInstallerNeedsNoClockOutInPeakSeason() {
        peakSeason2024("2024-06-01", "2024-08-31");
        Attendance.of("CHEN").clockedInOnly("2024-07-16", "08:30").post();
        Statement s = Statement.afterRun("2024-07", "CHEN");
        assertThat(s.deduct()).isEqualTo("0.00");
        assertThat(s.lines("ATT-")).isEmpty();
        assertThat(s.flags("ATT-")).isEmpty();
    }

    @Test
    void ex10_outsidePeakSeasonTheMissingClockOutIsForReview() {
        Attendance.of("CHEN").clockedInOnly("2024-07-16", "08:30").post();
        Statement s = Statement.afterRun("2024-07", "CHEN");
        assertThat(s.deduct()).isEqualTo("0.00");
        assertThat(s.lines("ATT-")).isEmpty();
        assertThat(s.flags("ATT-")).containsExactly("REVIEW ATT-INSTALLER-CLOCK 2024-07-16");
    }

    /** Adds a peak season to the 2024 calendar, keeping its holidays (PUT /api/calendar/2024). */
    @SuppressWarnings("unchecked")
    private static void peakSeason2024(String from, String to) {
        Map<String, Object> year = Api.get("/api/calendar/2024").statusCode(200).extract().as(Map.class);
        List<Object> peak = new ArrayList<>((List<Object>) year.get("peakSeason"));
        peak.add(Map.of("from", from, "to", to, "name", "旺季"));
        year.put("peakSeason", peak);
        Api.put("/api/calendar/2024", year).statusCode(200);
    }
}
