package com.aftersales.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Attendance;
import com.aftersales.support.Company;
import com.aftersales.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Examples EX-01 to EX-16 of handbook/examples.md through the HTTP API: post, run, read the statement. */
@QuarkusTest
class AttendanceExamplesTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-10", "2024-11");
    }

    private static JsonPath statement(String period, String employee) {
        Api.run(period);
        return Api.statement(period, employee).jsonPath();
    }

    @Test
    void ex01_lateExactlyFiveMinutesCostsFive() {
        Attendance.of("WANG").worked("2024-11-04", "08:35:48", "17:30").post();
        JsonPath s = statement("2024-11", "WANG");
        assertThat(s.getString("deduct")).isEqualTo("5.00");
        assertThat(s.getList("lines.ruleId", String.class)).containsExactly("ATT-LATE-1");
    }

    @Test
    void ex08_theBriefsMonthCosts385() {
        Attendance.of("WANG").worked("2024-10-02", "08:33", "17:30").worked("2024-10-09", "08:47", "17:30")
                .worked("2024-10-14", "08:30", "17:30").absent("2024-10-15").worked("2024-10-16", "08:30", "17:30")
                .post();
        JsonPath s = statement("2024-10", "WANG");
        assertThat(s.getString("deduct")).isEqualTo("385.00");
        assertThat(s.getList("lines.ruleId", String.class))
                .containsExactly("ATT-LATE-1", "ATT-LATE-3", "ATT-ABSENT-1");
        List<String> amounts = s.getList("lines.amount", String.class);
        assertThat(amounts).containsExactly("5.00", "20.00", "360.00");
    }
}
