package com.aftersales.payroll;

import static com.aftersales.support.WorkOrders.order;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.aftersales.support.Api;
import com.aftersales.support.Company;
import com.aftersales.support.Rosters;
import com.aftersales.support.TestDatabase;
import com.aftersales.support.WorkOrders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * LEGAL_LIMIT over HTTP and PostgreSQL (issue 10 point 6, RULES.md §9.5 L-4): HR gives WANG's monthly wage beside the
 * daily average wage and MIANXIAN's minimum wages as dated rows; an overcharge whose refund is more than 20 % of the
 * monthly wage, and which leaves less than the minimum wage, raises two informational flags whose details name the
 * limit, the figures and the excess in English and Chinese; the lines and totals are those of the month without
 * these inputs. Bad minimum wages are refused with problem+json naming the place.
 */
@QuarkusTest
class LegalLimitTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
        Rosters.oneOnTimeDay("2024-11-01", "WANG", "CHEN", "LI");
    }

    static JsonPath statement(String lang) {
        return Api.get("/api/periods/2024-11/statements/WANG?lang=" + lang).statusCode(200).extract().jsonPath();
    }

    static List<Map<String, Object>> legalFlags(JsonPath s) {
        List<Map<String, Object>> flags = s.getList("flags");
        return flags.stream().filter(f -> "LEGAL_LIMIT".equals(f.get("code"))).toList();
    }

    @Test
    void theStatementFlagsBothLimitsWithTheFiguresAndTheAmountsStayAsTheyWere() {
        // the refund of 200.01 to the customer is a loss compensated; the fine of 100 is not
        WorkOrders.post(order("O1", "WANG").set("feeStandard", "150").set("feeCharged", "350.01")
                .set("feeHandedOver", "150"));
        Api.run("2024-11");
        JsonPath before = statement("en");
        assertThat(legalFlags(before)).isEmpty();
        assertThat(before.getString("deduct")).isEqualTo("300.01");

        Api.put("/api/periods/2024-11/wages", List.of(Map.of("employeeId", "WANG", "dailyAvgWage", "180",
                "monthlyWage", "1000"))).statusCode(200);
        Api.put("/api/branches/MIANXIAN/minimum-wages", List.of(Map.of("effectiveFrom", "2024-01-01", "amount", "800"),
                Map.of("effectiveFrom", "2024-12-01", "amount", "900"))).statusCode(200)
                .body("effectiveFrom", equalTo(List.of("2024-01-01", "2024-12-01")))
                .body("amount", equalTo(List.of(800.00f, 900.00f)));
        Api.get("/api/branches/MIANXIAN/minimum-wages").statusCode(200).body("amount[0]", equalTo(800.00f));
        Api.run("2024-11");

        JsonPath en = statement("en");
        assertThat(en.getList("lines")).isEqualTo(before.getList("lines"));
        assertThat(List.of(en.getString("deduct"), en.getString("pay"), en.getString("net")))
                .isEqualTo(List.of(before.getString("deduct"), before.getString("pay"), before.getString("net")));
        assertThat(legalFlags(en)).extracting(f -> f.get("ruleId") + " " + f.get("date") + ": " + f.get("detail"))
                .containsExactlyInAnyOrder(
                        "LEGAL-LOSS-SHARE 2024-11-30: L-4, informational: the deductions for compensation of losses of "
                                + "the month, 200.01 (PEN-OVERCHARGE 200.01), exceed 20% of the monthly wage 1000.00, "
                                + "the limit 200.00, by 0.01; the amounts are unchanged",
                        "LEGAL-MIN-WAGE 2024-11-30: L-4, informational: the pay after all deductions of the month, "
                                + "699.99 (monthly wage 1000.00 less deductions 300.01), falls below the minimum wage "
                                + "800.00 of branch MIANXIAN (in force from 2024-01-01) by 100.01; the amounts are "
                                + "unchanged");
        assertThat(en.getList("flags.code", String.class)).contains("LEGAL_LIMIT");

        JsonPath zh = statement("zh");
        assertThat(legalFlags(zh)).extracting(f -> (String) f.get("detail")).containsExactlyInAnyOrder(
                "L-4 法定限额提示：本月赔偿经济损失的扣款 200.01 元（PEN-OVERCHARGE 200.01）超过月工资 1000.00 元的 20%，"
                        + "即限额 200.00 元，超出 0.01 元；金额未作调整",
                "L-4 法定限额提示：本月扣除全部扣款后的工资 699.99 元（月工资 1000.00 元减扣款 300.01 元）低于分公司 "
                        + "MIANXIAN 自 2024-01-01 起执行的最低工资标准 800.00 元，差 100.01 元；金额未作调整");
        assertThat(zh.getList("lines")).hasSameSizeAs(before.getList("lines"));
        assertThat(zh.getString("deduct")).isEqualTo("300.01");
    }

    @Test
    void withoutAMinimumWageOnlyTheLossShareIsCheckedAndWithoutAMonthlyWageNothing() {
        WorkOrders.post(order("O1", "WANG").set("feeStandard", "150").set("feeCharged", "400")
                .set("feeHandedOver", "150"));
        Api.put("/api/periods/2024-11/wages", List.of(Map.of("employeeId", "WANG", "dailyAvgWage", "180",
                "monthlyWage", "1000"))).statusCode(200);
        Api.run("2024-11");
        assertThat(legalFlags(statement("en"))).extracting(f -> f.get("ruleId")).containsExactly("LEGAL-LOSS-SHARE");

        Api.put("/api/periods/2024-11/wages", List.of(Map.of("employeeId", "WANG", "dailyAvgWage", "180")))
                .statusCode(200);
        Api.put("/api/branches/MIANXIAN/minimum-wages", List.of(Map.of("effectiveFrom", "2024-01-01", "amount",
                "5000"))).statusCode(200);
        Api.run("2024-11");
        assertThat(legalFlags(statement("en"))).isEmpty();
    }

    @Test
    void minimumWagesAreWrittenToTheAuditLogAndReplacedAsAList() {
        Api.put("/api/branches/MIANXIAN/minimum-wages", List.of(Map.of("effectiveFrom", "2024-01-01", "amount",
                "1950"))).statusCode(200);
        Api.put("/api/branches/MIANXIAN/minimum-wages", List.of(Map.of("effectiveFrom", "2025-01-01", "amount",
                "2100"))).statusCode(200);
        Api.get("/api/branches/MIANXIAN/minimum-wages").statusCode(200)
                .body("effectiveFrom", equalTo(List.of("2025-01-01")));
        JsonPath audit = Api.get("/api/audit?entity=branch_minimum_wage").statusCode(200).extract().jsonPath();
        assertThat(audit.getList("", Map.class)).extracting(e -> e.get("action") + " " + e.get("entityId"))
                .containsExactlyInAnyOrder("CREATED MIANXIAN:2024-01-01", "CREATED MIANXIAN:2025-01-01",
                        "DELETED MIANXIAN:2024-01-01");
        assertThat(audit.getList("actor", String.class)).containsOnly("tester");
    }

    @Test
    void badMinimumWagesAreRefusedWithTheirPlaceAndNothingIsStored() {
        Api.put("/api/branches/MIANXIAN/minimum-wages", List.of(Map.of("effectiveFrom", "2024-01-01", "amount", "800")))
                .statusCode(200);
        Api.put("/api/branches/MIANXIAN/minimum-wages", List.of(Map.of("effectiveFrom", "2024-02-01", "amount", "900"),
                Map.of("effectiveFrom", "2024-03-01", "amount", "-1"))).statusCode(400)
                .contentType("application/problem+json").body("errors.location", hasItem("/1/amount"));
        Api.put("/api/branches/MIANXIAN/minimum-wages", List.of(Map.of("effectiveFrom", "2024-02-30", "amount", "900")))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.location", hasItem("/0/effectiveFrom"));
        Api.put("/api/branches/MIANXIAN/minimum-wages", List.of(Map.of("effectiveFrom", "2024-02-01", "amount", "900"),
                Map.of("effectiveFrom", "2024-02-01", "amount", "950"))).statusCode(400)
                .contentType("application/problem+json").body("errors.location", hasItem("/1/effectiveFrom"));
        Api.put("/api/branches/NOWHERE/minimum-wages", List.of(Map.of("effectiveFrom", "2024-02-01", "amount", "900")))
                .statusCode(404).contentType("application/problem+json").body("errors.location", hasItem("branchId"));
        Api.get("/api/branches/NOWHERE/minimum-wages").statusCode(404).contentType("application/problem+json");
        Api.get("/api/branches/MIANXIAN/minimum-wages").statusCode(200)
                .body("effectiveFrom", equalTo(List.of("2024-01-01"))).body("amount", equalTo(List.of(800.00f)));
    }

    @Test
    void onlyHrWritesMinimumWages() {
        given().contentType("application/json").body(Map.of("password", "a-good-password", "roles", List.of("clerk"),
                "branches", List.of("MIANXIAN"))).put("/api/users/clerk.m").then().statusCode(
                org.hamcrest.Matchers.oneOf(200, 201));
        given().auth().preemptive().basic("clerk.m", "a-good-password").contentType("application/json")
                .body(List.of(Map.of("effectiveFrom", "2024-01-01", "amount", "800")))
                .put("/api/branches/MIANXIAN/minimum-wages").then().statusCode(403)
                .contentType("application/problem+json");
        Api.get("/api/branches/MIANXIAN/minimum-wages").statusCode(200).body("size()", equalTo(0));
    }
}
