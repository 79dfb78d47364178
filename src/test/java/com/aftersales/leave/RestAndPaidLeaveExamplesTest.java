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
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * EX-26, EX-27, EX-28(a), EX-31 and EX-33 of handbook/examples.md through the HTTP API, and what
 * approvals that fall short, and a month mixing several kinds of personal leave, cost.
 */
@QuarkusTest
class RestAndPaidLeaveExamplesTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-10", "2024-11");
    }

    @Test
    void ex26_unusedRestDaysArePaidThirtyToCommissionPaidStaffSixtyToManagementAndReviewedForOthers() {
        file("R1", "WANG", "REST", "2024-11-11", "2024-11-11", "8");
        file("R2", "LI", "REST", "2024-11-11", "2024-11-11", "4");
        file("R3", "ZHAO", "REST", "2024-11-11", "2024-11-11", "8");
        JsonPath wang = statement("2024-11", "WANG");
        assertThat(wang.getString("pay")).isEqualTo("60.00");
        assertThat(lines(wang, "LEAVE-")).containsExactly("LEAVE-REST-SUBSIDY PAY SUBSIDY 60.00");
        JsonPath li = Statements.read("2024-11", "LI");
        assertThat(li.getString("pay")).isEqualTo("150.00");
        assertThat(li.getString("lines.find { it.ruleId == 'LEAVE-REST-SUBSIDY' }.summary")).contains("2.5 × 60.00 = 150.00");
        JsonPath zhao = Statements.read("2024-11", "ZHAO");
        assertThat(zhao.getString("pay")).isEqualTo("0.00");
        assertThat(Statements.flags(zhao)).containsExactly("REVIEW LEAVE-REST-SUBSIDY");
    }

    @Test
    void ex27_aFourthRestDayIsOneDayOfPersonalLeaveAndNoSubsidyIsPaid() {
        file(Leave.request("R1", "WANG", "REST", "2024-11-18", "2024-11-21", "32")
                .chain("DIRECT_SUPERIOR", "INDIRECT_SUPERIOR", "COMPANY", "BRANCH_FINANCE"), "WANG", "2024-11-18", "2024-11-21");
        JsonPath wang = statement("2024-11", "WANG");
        assertThat(wang.getString("deduct")).isEqualTo("40.00");
        assertThat(wang.getString("pay")).isEqualTo("0.00");
        assertThat(Statements.lines(wang)).containsExactly("LEAVE-PERSONAL-DAILY DEDUCT WAGE_DEDUCTION 40.00");
        assertThat(Statements.flags(wang)).isEmpty();
    }

    @Test
    void ex28a_aRestDayInTheNationalDayPeriodIsRejectedAndStayingAwayIsAbsenteeism() {
        file("R1", "WANG", "REST", "2024-10-03", "2024-10-03", "8");
        JsonPath wang = statement("2024-10", "WANG");
        assertThat(Statements.flags(wang)).containsExactly("LEAVE_REJECTED LEAVE-REST-BLACKOUT");
        assertThat(lines(wang, "ATT-")).containsExactly("ATT-ABSENT-1 DEDUCT WAGE_DEDUCTION 360.00");
    }

    @Test
    void approvalsThatFallShortLeaveTheDaysAbsenteeismInOneRun() {
        file(Leave.request("P1", "WANG", "PERSONAL", "2024-11-05", "2024-11-06", "16")
                .chain("DIRECT_SUPERIOR", "BRANCH_FINANCE"), "WANG", "2024-11-05", "2024-11-06");
        JsonPath wang = statement("2024-11", "WANG");
        assertThat(Statements.flags(wang)).containsExactly("APPROVAL_MISSING LEAVE-APPROVAL-2");
        assertThat(wang.getString("flags.find { it.code == 'APPROVAL_MISSING' }.detail"))
                .contains("BRANCH_MANAGER or INDIRECT_SUPERIOR");
        assertThat(lines(wang, "ATT-")).containsExactly("ATT-ABSENT-2 DEDUCT WAGE_DEDUCTION 1080.00");
        assertThat(leaveDeductions(wang)).isEmpty();
    }

    @Test
    void aMonthOfAFiledHalfDayExcessRestAndPersonalLeaveIsPricedAsOneCumulativePersonalTotal() {
        Attendance.of("WANG").worked("2024-11-14", "09:01", "17:30").post();
        Leave.request("L4", "WANG", "PERSONAL", "2024-11-14", "2024-11-14", "4").late4()
                .chain(LeaveMonth.UP_TO_FIVE_DAYS).post();
        file(Leave.request("R1", "WANG", "REST", "2024-11-18", "2024-11-21", "32")
                .chain("DIRECT_SUPERIOR", "INDIRECT_SUPERIOR", "COMPANY", "BRANCH_FINANCE"), "WANG", "2024-11-18", "2024-11-21");
        file("P1", "WANG", "PERSONAL", "2024-11-26", "2024-11-27", "12");
        JsonPath wang = statement("2024-11", "WANG");
        assertThat(Statements.lines(wang)).containsExactly("ATT-LATE-4 DEDUCT FINE 20.00",
                "LEAVE-PERSONAL-LONG DEDUCT WAGE_DEDUCTION 540.00");
        String lineId = wang.getString("lines.find { it.ruleId == 'LEAVE-PERSONAL-LONG' }.lineId");
        JsonPath e = Api.get("/api/lines/" + lineId + "/explanation").statusCode(200).extract().jsonPath();
        assertThat(e.getString("arithmetic")).isEqualTo("3 × 180.00 = 540.00");
        assertThat(e.getList("records.id", String.class)).containsExactlyInAnyOrder("L4", "R1", "P1");
        assertThat(e.getString("values.find { it.name == 'leaveParts' }.value")).contains("ATT-LATE-4 4 h",
                "LEAVE-REST-EXCESS 8 h", "PERSONAL 12 h");
        assertThat(e.getString("explanation.zh")).contains("事假", "540.00");
        assertThat(e.getString("clause")).contains("第七条");
        assertThat(e.getString("quote")).contains("按请假人本月日均工资总额扣发");
        everyValueHasALabel(e);
    }

    @Test
    void theRestDaySubsidyIsExplainedWithItsDaysAndRate() {
        file("R1", "WANG", "REST", "2024-11-11", "2024-11-11", "8");
        String lineId = statement("2024-11", "WANG").getString("lines.find { it.ruleId == 'LEAVE-REST-SUBSIDY' }.lineId");
        JsonPath e = Api.get("/api/lines/" + lineId + "/explanation").statusCode(200).extract().jsonPath();
        assertThat(e.getString("arithmetic")).isEqualTo("2 × 30.00 = 60.00");
        assertThat(e.getString("quote")).contains("按提成计薪的员工每天补贴30元");
        assertThat(e.getString("explanation.en")).contains("unused rest days 2", "pay 2 × 30.00 = 60.00");
        everyValueHasALabel(e);
    }

    private static void everyValueHasALabel(JsonPath e) {
        java.util.List<Map<String, Object>> values = e.getList("values");
        assertThat(values).isNotEmpty().allSatisfy(v -> {
            @SuppressWarnings("unchecked")
            Map<String, String> label = (Map<String, String>) v.get("label");
            assertThat(label.get("zh")).as("labels.csv row of %s", v.get("name")).isNotEqualTo(v.get("name"));
            assertThat(label.get("en")).isNotBlank();
        });
    }

    @Test
    void ex31a_sevenCalendarDaysOfMarriageLeaveAreNotDeducted() {
        marriedWang(true);
        file(Leave.request("M1", "WANG", "MARRIAGE", "2024-11-09", "2024-11-15", "56")
                .chain(LeaveMonth.MORE_THAN_FIVE_DAYS), "WANG", "2024-11-09", "2024-11-15");
        JsonPath wang = statement("2024-11", "WANG");
        assertThat(wang.getString("deduct")).isEqualTo("0.00");
        assertThat(Statements.flags(wang)).isEmpty();
    }

    @Test
    void ex31b_anEmployeeWithoutASignedContractGetsNoMarriageLeaveAndItsDaysArePersonalLeave() {
        marriedWang(false);
        file(Leave.request("M1", "WANG", "MARRIAGE", "2024-11-09", "2024-11-15", "56")
                .chain(LeaveMonth.MORE_THAN_FIVE_DAYS), "WANG", "2024-11-09", "2024-11-15");
        JsonPath wang = statement("2024-11", "WANG");
        assertThat(Statements.flags(wang)).containsExactly("NOT_ELIGIBLE LEAVE-PAID-ELIGIBILITY");
        assertThat(leaveDeductions(wang)).containsExactly("LEAVE-PERSONAL-LONG DEDUCT WAGE_DEDUCTION 1260.00");
    }

    @Test
    void annualLeaveTakenEarlierInTheYearCountsAgainstTheEntitlement() {
        file("A1", "LI", "ANNUAL", "2024-03-11", "2024-03-13", "24");
        file(Leave.request("P0", "LI", "PERSONAL", "2024-03-20", "2024-03-20", "8").chain("DIRECT_SUPERIOR"),
                "LI", "2024-03-20", "2024-03-20");
        file("A2", "LI", "ANNUAL", "2024-11-18", "2024-11-20", "24");
        JsonPath li = statement("2024-11", "LI");
        assertThat(Statements.flags(li)).containsExactly("ENTITLEMENT_EXCEEDED LEAVE-ANNUAL");
        assertThat(li.getString("flags[0].detail")).contains("3 used earlier in 2024", "1 days count as personal leave");
        assertThat(leaveDeductions(li)).containsExactly("LEAVE-PERSONAL-DAILY DEDUCT WAGE_DEDUCTION 60.00");
    }

    @Test
    void ex33_fiveHoursOfOvertimeMayBeCompensatedFourMayNotAndNoneIsPaid() {
        Attendance.of("ZHAO").worked("2024-11-05", "08:30", "22:30").worked("2024-11-06", "08:30", "21:30").post();
        JsonPath zhao = statement("2024-11", "ZHAO");
        assertThat(zhao.getList("flags.findAll { it.ruleId == 'ATT-OVERTIME' }.date", String.class))
                .containsExactly("2024-11-05");
        assertThat(zhao.getString("flags.find { it.ruleId == 'ATT-OVERTIME' }.detail")).contains("overtime 5 h");
        assertThat(zhao.getString("pay")).isEqualTo("0.00");
        assertThat(lines(zhao, "ATT-OVERTIME")).isEmpty();
    }

    /** WANG, married on 2024-10-20, with or without a signed labour contract. */
    static void marriedWang(boolean formal) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", "王师傅");
        e.put("branch", "MIANXIAN");
        e.put("department", "售后");
        e.put("installer", true);
        e.put("commissionPaid", true);
        e.put("formalEmployee", formal);
        e.put("hireDate", "2022-11-16");
        e.put("marriageRegistrationDate", "2024-10-20");
        e.put("supervisorId", "LI");
        Api.put("/api/employees/WANG", e).statusCode(200);
    }
}
