package com.aftersales.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import com.aftersales.support.Api;
import com.aftersales.support.Attendance;
import com.aftersales.support.Company;
import com.aftersales.support.Statements;
import com.aftersales.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A part-day leave sent as RULES.md §0.3 describes it, {@code start}/{@code end} date-times, is the part-day
 * window: it prices exactly like the same leave sent with {@code startTime}/{@code endTime} (the late arrival
 * after the leave is still late), and what cannot be held exactly is refused, never truncated. Daily average
 * wages are rates of up to 4 decimals.
 */
@QuarkusTest
class PartDayLeaveFromDateTimesTest {

    @Inject
    TestDatabase db;

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
    }

    private static Map<String, Object> leave(Map<String, Object> window) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("id", "L1");
        l.put("employeeId", "WANG");
        l.put("type", "PERSONAL");
        l.put("hours", "2");
        l.put("status", "APPROVED");
        l.put("approvalChain", List.of(LeaveMonth.UP_TO_FIVE_DAYS));
        l.putAll(window);
        return l;
    }

    /** Morning leave 08:30–10:30, clocked in 10:47 and out 17:30: 17 minutes late after the leave. */
    private JsonPath month(Map<String, Object> window) {
        Attendance.of("WANG").worked("2024-11-05", "10:47", "17:30").worked("2024-11-06", "08:25", "17:31").post();
        Api.post("/api/leave", List.of(leave(window))).statusCode(200);
        return Statements.runAndRead("2024-11", "WANG");
    }

    @Test
    void aLeaveWithDateTimesPricesLikeTheSameLeaveWithStartAndEndTimes() {
        JsonPath times = month(Map.of("start", "2024-11-05", "end", "2024-11-05", "startTime", "08:30",
                "endTime", "10:30"));
        List<String> expected = Statements.lines(times);
        List<String> expectedFlags = Statements.flags(times);
        assertThat(expected).anyMatch(l -> l.startsWith("ATT-LATE"));
        assertThat(expected).anyMatch(l -> l.startsWith("LEAVE-"));

        db.reset();
        Company.examples("2024-11");
        JsonPath dateTimes = month(Map.of("start", "2024-11-05T08:30", "end", "2024-11-05 10:30"));
        assertThat(Statements.lines(dateTimes)).isEqualTo(expected);
        assertThat(Statements.flags(dateTimes)).isEqualTo(expectedFlags);
    }

    @Test
    void aDateTimeWithSecondsOrContradictingItsTimeIsRefusedNotTruncated() {
        Api.post("/api/leave", List.of(leave(Map.of("start", "2024-11-05T08:30:15", "end", "2024-11-05T10:30"))))
                .statusCode(400).body("errors.location", hasItem("/0/start"));
        Api.post("/api/leave", List.of(leave(Map.of("start", "2024-11-05T08:30", "end", "2024-11-05T10:30",
                "endTime", "11:00")))).statusCode(400).body("errors.location", hasItem("/0/endTime"));
        io.restassured.RestAssured.given().contentType("application/json").header("Accept-Language", "zh-CN")
                .body(List.of(leave(Map.of("start", "2024-11-05T08:30:15", "end", "2024-11-05T10:30"))))
                .when().post("/api/leave").then().statusCode(400)
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("请假时间精确到分钟"));
    }

    @Test
    void anEndAtMidnightIsTheWholePreviousDay() {
        Api.post("/api/leave", List.of(leave(Map.of("start", "2024-11-05T13:30", "end", "2024-11-07T00:00",
                "hours", "20")))).statusCode(200);
        try (var c = dataSource.getConnection(); var st = c.createStatement();
                var rs = st.executeQuery("select payload->>'start', payload->>'startTime', payload->>'end', "
                        + "payload->>'endTime' from record where kind = 'leave' and id = 'L1'")) {
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                    .containsExactly("2024-11-05", "13:30:00", "2024-11-06");
            assertThat(rs.getString(4)).isNull();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDailyAverageWageHasUpToFourDecimalsAndPricesWithThem() {
        Company.wages("2024-11", Map.of("WANG", "150.125"));
        Attendance.of("WANG").absent("2024-11-05").worked("2024-11-06", "08:25", "17:31").post();
        JsonPath s = Statements.runAndRead("2024-11", "WANG");
        List<Map<String, Object>> lines = s.getList("lines");
        Map<String, Object> absence = lines.stream().filter(l -> String.valueOf(l.get("ruleId")).startsWith("ATT-ABS"))
                .findFirst().orElseThrow();
        assertThat(String.valueOf(absence.get("summary"))).contains("150.125");
        assertThat(new BigDecimal(String.valueOf(absence.get("amount"))).scale()).isEqualTo(2);
        Api.put("/api/periods/2024-11/wages", List.of(Map.of("employeeId", "WANG", "dailyAvgWage", "150.12345")))
                .statusCode(400);
    }
}
