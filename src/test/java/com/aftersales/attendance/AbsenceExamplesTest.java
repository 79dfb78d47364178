package com.aftersales.attendance;

import static com.aftersales.support.Incidents.incident;
import static com.aftersales.support.Incidents.unreported;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Attendance;
import com.aftersales.support.Company;
import com.aftersales.support.Incidents;
import com.aftersales.support.Statement;
import com.aftersales.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Examples EX-11 to EX-16 of handbook/examples.md (absenteeism, proxy clocking, unreported special
 * situations) through the HTTP API. Only the scheduled days named are rostered.
 */
@QuarkusTest
class AbsenceExamplesTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
    }

    @Test
    void ex11_twoConsecutiveDaysCostThreeTimesTheWageEach() {
        Attendance.of("CHEN").absent("2024-11-12").absent("2024-11-13").post();
        Statement s = Statement.afterRun("2024-11", "CHEN");
        assertThat(s.deduct()).isEqualTo("900.00");
        assertThat(s.lines("ATT-")).containsExactly("ATT-ABSENT-2 900.00 2024-11-12");
        assertThat(s.flags("ATT-")).isEmpty();
    }

    @Test
    void ex12_threeConsecutiveDaysCostFourTimesTheWageEachAndSeparateOnTheThirdDay() {
        Attendance.of("CHEN").absent("2024-11-12").absent("2024-11-13").absent("2024-11-14").post();
        Statement s = Statement.afterRun("2024-11", "CHEN");
        assertThat(s.deduct()).isEqualTo("1800.00");
        assertThat(s.lines("ATT-")).containsExactly("ATT-ABSENT-3 1800.00 2024-11-12");
        assertThat(s.flags("ATT-")).containsExactly("SEPARATION ATT-ABSENT-3 2024-11-14");
    }

    @Test
    void ex13a_anApprovedRestDayBetweenTwoAbsencesMakesOneRunOfTwo() {
        Attendance.of("WANG").absent("2024-11-09").shift("2024-11-10").absent("2024-11-11").post();
        Api.records("/api/leave", List.of(Map.of("id", "WANG-REST-1110", "employeeId", "WANG", "type", "REST",
                "start", "2024-11-10", "end", "2024-11-10", "hours", 8, "status", "APPROVED")));
        Statement s = Statement.afterRun("2024-11", "WANG");
        assertThat(s.deduct()).isEqualTo("1080.00");
        assertThat(s.lines("ATT-")).containsExactly("ATT-ABSENT-2 1080.00 2024-11-09");
    }

    @Test
    void ex13b_aWorkedDayBetweenTwoAbsencesMakesTwoRunsOfOne() {
        Attendance.of("WANG").absent("2024-11-12").worked("2024-11-13", "08:30", "17:30").absent("2024-11-14").post();
        Statement s = Statement.afterRun("2024-11", "WANG");
        assertThat(s.deduct()).isEqualTo("720.00");
        assertThat(s.lines("ATT-")).containsExactly("ATT-ABSENT-1 360.00 2024-11-12",
                "ATT-ABSENT-1 360.00 2024-11-14");
    }

    @Test
    void ex14_theThirdOccurrenceOverTheEmploymentAdvisesResignation() {
        Company.wages("2024-03", Map.of("ZHAO", "120"));
        Company.wages("2024-07", Map.of("ZHAO", "120"));
        Attendance.of("ZHAO").absent("2024-03-05").post();
        assertThat(Statement.afterRun("2024-03", "ZHAO").flags("ATT-")).isEmpty();
        Attendance.of("ZHAO").absent("2024-07-22").post();
        Statement july = Statement.afterRun("2024-07", "ZHAO");
        assertThat(july.lines("ATT-")).containsExactly("ATT-ABSENT-1 240.00 2024-07-22");
        assertThat(july.flags("ATT-")).isEmpty();
        Attendance.of("ZHAO").absent("2024-11-20").post();
        Statement s = Statement.afterRun("2024-11", "ZHAO");
        assertThat(s.deduct()).isEqualTo("240.00");
        assertThat(s.lines("ATT-")).containsExactly("ATT-ABSENT-1 240.00 2024-11-20");
        assertThat(s.flags("ATT-")).containsExactly("ADVISE_RESIGNATION ATT-ABSENT-REPEAT 2024-11-20");
    }

    @Test
    void ex15_proxySignInFinesTheProxyAndTheConcealerAndTheBeneficiaryIsAbsent() {
        Attendance.of("SUN").signedIn("2024-11-06", "08:28", "17:32").post();
        Attendance.of("ZHOU").signedIn("2024-11-06", "08:27", "17:33").post();
        Attendance.of("LI").worked("2024-11-06", "08:25", "17:40").post();
        Incidents.post(incident("PROXY-1106-ZHOU", "ZHOU", "2024-11-06", "ATT-PROXY-1", "200"),
                incident("PROXY-1106-LI", "LI", "2024-11-06", "ATT-PROXY-1", null),
                incident("PROXY-1106-SUN", "SUN", "2024-11-06", "ATT-PROXY-2", null));
        Api.run("2024-11");
        Statement zhou = Statement.of("2024-11", "ZHOU");
        assertThat(zhou.deduct()).isEqualTo("200.00");
        assertThat(zhou.lines("ATT-")).containsExactly("ATT-PROXY-1 200.00 2024-11-06");
        assertThat(zhou.flags("ATT-")).isEmpty();
        Statement li = Statement.of("2024-11", "LI");
        assertThat(li.deduct()).isEqualTo("100.00");
        assertThat(li.lines("ATT-")).containsExactly("ATT-PROXY-1 100.00 2024-11-06");
        assertThat(li.flags("ATT-")).containsExactly("REVIEW ATT-PROXY-1 2024-11-06");
        Statement sun = Statement.of("2024-11", "SUN");
        assertThat(sun.deduct()).isEqualTo("340.00");
        assertThat(sun.lines("ATT-")).containsExactly("ATT-ABSENT-1 340.00 2024-11-06");
        assertThat(sun.flags("ATT-")).isEmpty();
    }

    @Test
    void ex16_aVerifiedSituationNotReportedCostsThirtyForReviewAndIsNoAbsence() {
        Attendance.of("ZHAO").absent("2024-11-07").post();
        Incidents.post(unreported("UNREP-1107-ZHAO", "ZHAO", "2024-11-07", true, false, false));
        Statement s = Statement.afterRun("2024-11", "ZHAO");
        assertThat(s.deduct()).isEqualTo("30.00");
        assertThat(s.lines("ATT-")).containsExactly("ATT-UNREPORTED 30.00 2024-11-07");
        assertThat(s.flags("ATT-")).containsExactly("REVIEW ATT-UNREPORTED 2024-11-07");
    }

    @Test
    void ex16_reportedAtOnceWithTheFormalitiesCompletedCostsNothing() {
        Attendance.of("ZHAO").absent("2024-11-07").post();
        Incidents.post(unreported("UNREP-1107-ZHAO", "ZHAO", "2024-11-07", true, true, true));
        Statement s = Statement.afterRun("2024-11", "ZHAO");
        assertThat(s.deduct()).isEqualTo("0.00");
        assertThat(s.lines("ATT-")).isEmpty();
        assertThat(s.flags("ATT-")).isEmpty();
    }
}
