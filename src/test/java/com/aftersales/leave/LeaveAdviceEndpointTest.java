package com.aftersales.leave;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Company;
import com.aftersales.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a clerk asks before filing, through HTTP: who approves a request (EX-28(b)(c), EX-32), whether a
 * rest day falls in a blackout period (EX-28(a)), and an employee's paid leave (EX-29, EX-30, EX-31).
 */
@QuarkusTest
class LeaveAdviceEndpointTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
    }

    private static JsonPath routing(String query) {
        return Api.get("/api/leave/routing?" + query).statusCode(200).extract().jsonPath();
    }

    private static JsonPath entitlements(String employee, String date) {
        return Api.get("/api/leave/entitlements?employeeId=" + employee + "&date=" + date).statusCode(200).extract()
                .jsonPath();
    }

    private static String days(JsonPath e, String type) {
        return e.getString("entitlements.find { it.type == '" + type + "' }.days");
    }

    @ParameterizedTest(name = "{0} days: {1}, {2} reviews, {3} approves")
    @CsvSource({
        "0.5, LEAVE-APPROVAL-1, DIRECT_SUPERIOR, INDIRECT_SUPERIOR",
        "1,   LEAVE-APPROVAL-1, DIRECT_SUPERIOR, INDIRECT_SUPERIOR",
        "1.5, LEAVE-APPROVAL-2, DIRECT_SUPERIOR, BRANCH_MANAGER|INDIRECT_SUPERIOR",
        "5,   LEAVE-APPROVAL-2, DIRECT_SUPERIOR, BRANCH_MANAGER|INDIRECT_SUPERIOR",
        "5.5, LEAVE-APPROVAL-3, HQ_HR,           GENERAL_MANAGER|CHAIRMAN",
    })
    void ex32_routesARequestByItsLength(String days, String tier, String reviewer, String approver) {
        JsonPath r = routing("type=PERSONAL&days=" + days + "&date=2024-11-01");
        assertThat(r.getString("tier")).isEqualTo(tier);
        assertThat(r.getList("steps.find { it.stage == 'REVIEW' }.roles", String.class))
                .containsExactly(reviewer.split("\\|"));
        assertThat(r.getList("steps.find { it.stage == 'APPROVE' }.roles", String.class))
                .containsExactly(approver.split("\\|"));
        assertThat(r.getList("steps.find { it.stage == 'FILE' }.roles", String.class)).containsExactly("BRANCH_FINANCE");
        assertThat(r.getString("revision")).isEqualTo("2024-01-01");
    }

    @Test
    void ex28b_threeRestDaysAreTierTwoAndTheDepartmentManagersBlock() {
        JsonPath r = routing("type=REST&start=2024-11-18&end=2024-11-20");
        assertThat(r.getString("days")).isEqualTo("3");
        assertThat(r.getString("tier")).isEqualTo("LEAVE-APPROVAL-2");
        assertThat(r.getList("steps.rolesZh.flatten()", String.class)).contains("直接上级", "分公司经理", "分公司财务部");
        assertThat(r.getList("steps.roles.flatten()", String.class)).doesNotContain("COMPANY");
        assertThat(r.getString("steps.find { it.stage == 'NOTE' }.note")).contains("部门经理");
        assertThat(r.getString("rejected")).isNull();
    }

    @Test
    void ex28c_fourRestDaysNeedTheCompanysApprovalOnTopOfTierTwo() {
        JsonPath r = routing("type=REST&start=2024-11-18&end=2024-11-21");
        assertThat(r.getString("tier")).isEqualTo("LEAVE-APPROVAL-2");
        assertThat(r.getList("steps.findAll { it.stage == 'APPROVE' }.ruleId", String.class))
                .containsExactly("LEAVE-APPROVAL-2", "LEAVE-REST-MAXRUN");
        assertThat(r.getList("steps.find { it.ruleId == 'LEAVE-REST-MAXRUN' && it.stage == 'APPROVE' }.roles",
                String.class)).containsExactly("COMPANY", "GENERAL_MANAGER", "CHAIRMAN");
    }

    @Test
    void ex28a_aRestDayInTheNationalDayPeriodWouldBeRejected() {
        JsonPath r = routing("type=REST&start=2024-10-03");
        assertThat(r.getString("rejected.ruleId")).isEqualTo("LEAVE-REST-BLACKOUT");
        assertThat(r.getList("rejected.dates", String.class)).containsExactly("2024-10-03");
        assertThat(r.getString("rejected.reason")).contains("国庆");
    }

    @Test
    void ex29_annualLeaveGrowsOneDayEveryTwoFullYearsUpToSeven() {
        int[] years = {0, 1, 2, 3, 4, 9, 13, 14, 20};
        String[] expected = {"0", "0", "1", "1", "2", "4", "6", "7", "7"};
        Company.branch("OLD", "老分公司", "1990-01-01");
        for (int i = 0; i < years.length; i++) {
            String id = "Y" + years[i];
            Company.employee(id, id, "OLD", "售后", true, false, true,
                    LocalDate.of(2024, 11, 15).minusYears(years[i]).toString(), null);
            JsonPath e = entitlements(id, "2024-11-15");
            assertThat(e.getInt("fullYears")).as(id).isEqualTo(years[i]);
            assertThat(days(e, "ANNUAL")).as(id).isEqualTo(expected[i]);
        }
    }

    @Test
    void ex30_seniorityCountsFromTheLaterOfHireDateAndBranchFoundingDate() {
        JsonPath li = entitlements("LI", "2024-11-15");
        assertThat(li.getString("seniorityStart")).isEqualTo("2013-06-18");
        assertThat(li.getInt("fullYears")).isEqualTo(11);
        assertThat(days(li, "ANNUAL")).isEqualTo("5");
        assertThat(days(entitlements("WANG", "2024-11-15"), "ANNUAL")).isEqualTo("0");
        assertThat(days(entitlements("WANG", "2024-11-16"), "ANNUAL")).isEqualTo("1");
    }

    @Test
    void ex31_marriageLeaveRunsSevenCalendarDaysAndTheOtherPaidLeaveTheirDays() {
        RestAndPaidLeaveExamplesTest.marriedWang(true);
        JsonPath e = entitlements("WANG", "2024-11-09");
        assertThat(e.getBoolean("entitlements.find { it.type == 'MARRIAGE' }.eligible")).isTrue();
        assertThat(days(e, "MARRIAGE")).isEqualTo("7");
        assertThat(e.getString("entitlements.find { it.type == 'MARRIAGE' }.lastDay")).isEqualTo("2024-11-15");
        assertThat(List.of(days(e, "BANQUET_SIBLING"), days(e, "BANQUET_CHILD"), days(e, "BEREAVEMENT"),
                days(e, "MATERNITY"), days(e, "PATERNITY"), days(e, "MISCARRIAGE")))
                .containsExactly("1", "3", "3", "98", "3", "7");
        assertThat(routing("type=MARRIAGE&start=2024-11-09&end=2024-11-15").getString("tier"))
                .isEqualTo("LEAVE-APPROVAL-3");
    }

    @Test
    void ex31b_anEmployeeWithoutASignedContractIsNotEligible() {
        RestAndPaidLeaveExamplesTest.marriedWang(false);
        JsonPath e = entitlements("WANG", "2024-11-09");
        assertThat(e.getBoolean("formalEmployee")).isFalse();
        assertThat(e.getList("entitlements.eligible", Boolean.class)).containsOnly(false);
        assertThat(e.getString("entitlements.find { it.type == 'MARRIAGE' }.ruleId")).isEqualTo("LEAVE-PAID-ELIGIBILITY");
    }

    @Test
    void badQuestionsAre400WithTheParameterAndAnUnknownEmployeeIs404() {
        Api.get("/api/leave/routing?type=HOLIDAY&days=1").statusCode(400)
                .body("errors.location", org.hamcrest.Matchers.hasItem("type"));
        Api.get("/api/leave/routing?type=REST&days=-1").statusCode(400)
                .body("errors.location", org.hamcrest.Matchers.hasItem("days"));
        Api.get("/api/leave/routing?type=REST&days=lots").statusCode(400);
        Api.get("/api/leave/routing?type=REST").statusCode(400);
        Api.get("/api/leave/routing?type=REST&start=2024-11-20&end=2024-11-18").statusCode(400)
                .body("errors.location", org.hamcrest.Matchers.hasItem("end"));
        Api.get("/api/leave/routing?type=REST&start=2024-13-01").statusCode(400);
        Api.get("/api/leave/entitlements?date=2024-11-15").statusCode(400);
        Api.get("/api/leave/entitlements?employeeId=NOBODY&date=2024-11-15").statusCode(404);
        Api.get("/api/leave/entitlements?employeeId=WANG&type=SICK").statusCode(400);
    }
}
