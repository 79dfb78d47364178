package com.aftersales.visit;

import static com.aftersales.support.Visits.visit;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Company;
import com.aftersales.support.StoredWorkOrders;
import com.aftersales.support.TestDatabase;
import com.aftersales.support.Visits;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Examples EX-34 to EX-36 of handbook/examples.md through GET /api/periods/{period}/kpi. */
@QuarkusTest
class VisitKpiExamplesTest {

    @Inject
    TestDatabase db;

    @Inject
    AgroalDataSource dataSource;

    StoredWorkOrders orders;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
        orders = new StoredWorkOrders(dataSource);
    }

    private static JsonPath kpi(String period, String query) {
        return Api.get("/api/periods/" + period + "/kpi?asOf=2024-12-31" + query).statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> branch(JsonPath kpi, String branch) {
        return kpi.getMap("find { it.branch == '" + branch + "' }");
    }

    /** Completed first visits of orders {@code prefix1..}, rated in the order given: {@code counts} per result. */
    private static List<Visits.Visit> firstVisits(String branch, String prefix, Map<String, Integer> counts) {
        List<Visits.Visit> out = new ArrayList<>();
        int i = 0;
        for (var e : counts.entrySet()) {
            for (int k = 0; k < e.getValue(); k++) {
                i++;
                out.add(visit(prefix + "-V" + i, "AS_ONSITE", "2024-11-20T10:00").branch(branch).order(prefix + i)
                        .result(e.getKey()));
            }
        }
        return out;
    }

    @Test
    void ex34_satisfactionAroundTheNinetyFivePercentTarget() {
        orders.completed("MX", 200, "MIANXIAN", "ONSITE", "2024-11-04T10:00");
        orders.completed("CG", 180, "CHENGGU", "ONSITE", "2024-11-04T10:00");
        List<Visits.Visit> visits = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            visits.add(visit("MX-R" + i, "AS_ONSITE", "2024-11-06T10:00").order("MX" + i).refused());
        }
        visits.addAll(firstVisits("MIANXIAN", "MX", new java.util.LinkedHashMap<>(Map.of("VS", 120, "S", 50, "N", 20,
                "D", 8, "VD", 2))));
        visits.addAll(firstVisits("CHENGGU", "CG", new java.util.LinkedHashMap<>(Map.of("S", 170, "D", 10))));
        Visits.post(visits);

        JsonPath k = kpi("2024-11", "");
        assertThat(branch(k, "MIANXIAN")).containsEntry("visits", 200).containsEntry("dissatisfied", 10)
                .containsEntry("satisfactionRate", "95.00").containsEntry("improvementPlanRequired", false);
        assertThat(branch(k, "CHENGGU")).containsEntry("visits", 180).containsEntry("dissatisfied", 10)
                .containsEntry("satisfactionRate", "94.44").containsEntry("improvementPlanRequired", true);
        assertThat(k.getList("find { it.branch == 'CHENGGU' }.flags.findAll { it.code == 'IMPROVEMENT_PLAN_REQUIRED' }"
                + ".ruleId", String.class)).containsExactly("VISIT-SAT-TARGET");
        assertThat(branch(k, "YANGXIAN")).containsEntry("visits", 0).containsEntry("satisfactionRate", null)
                .containsEntry("improvementPlanRequired", false);
        assertThat(k.getString("find { it.branch == 'MIANXIAN' }.satisfactionTarget")).isEqualTo("95.00");
    }

    private void ex35(String reply, String secondVisit) {
        orders.completed("O-35", "MIANXIAN", "ONSITE", "2024-11-08T15:00");
        Visits.post(List.of(
                visit("V-35-1", "AS_ONSITE", "2024-11-12T10:00").order("O-35").result("D")
                        .liaison("2024-11-12T11:00", reply + "T16:00", "2024-11-15T12:00"),
                visit("V-35-2", "AS_ONSITE", secondVisit + "T10:00").order("O-35").second().result("S")));
    }

    private static Map<String, Object> finding(JsonPath k, String ruleId) {
        return k.getMap("find { it.branch == 'MIANXIAN' }.findings.find { it.ruleId == '" + ruleId + "' }");
    }

    private static List<String> deadlineBreaches(JsonPath k) {
        return k.getList("find { it.branch == 'MIANXIAN' }.flags.findAll { it.code == 'KPI_BREACH' && "
                + "!it.ruleId.startsWith('VISIT-SCOPE') }.ruleId", String.class);
    }

    @Test
    void ex35_deadlinesOfTheFirstVisitTheLiaisonReplyAndTheSecondVisit() {
        ex35("2024-11-14", "2024-11-18");
        JsonPath k = kpi("2024-11", "&branch=MIANXIAN");
        assertThat(finding(k, "VISIT-FIRST-DEADLINE")).containsEntry("from", "2024-11-08")
                .containsEntry("deadline", "2024-11-19").containsEntry("done", "2024-11-12").containsEntry("status", "ON_TIME");
        assertThat(finding(k, "VISIT-LIAISON")).containsEntry("deadline", "2024-11-14").containsEntry("status", "ON_TIME");
        assertThat(finding(k, "VISIT-SECOND-DEADLINE")).containsEntry("from", "2024-11-15")
                .containsEntry("deadline", "2024-11-18").containsEntry("done", "2024-11-18").containsEntry("status", "ON_TIME");
        assertThat(k.getList("[0].statuses.visitId", String.class)).containsExactly("V-35-1", "V-35-2");
        assertThat(k.getList("[0].statuses[0].status", String.class)).containsExactly("VISITED", "AFTER_SALES_NOTIFIED");
        assertThat(k.getList("[0].statuses[1].status", String.class))
                .containsExactly("VISITED", "AFTER_SALES_NOTIFIED", "COMPLETED");
        assertThat(deadlineBreaches(k)).isEmpty();
    }

    @Test
    void ex35_aSecondVisitOnTheNineteenthIsAKpiBreach() {
        ex35("2024-11-14", "2024-11-19");
        JsonPath k = kpi("2024-11", "&branch=MIANXIAN");
        assertThat(finding(k, "VISIT-SECOND-DEADLINE")).containsEntry("status", "LATE");
        assertThat(deadlineBreaches(k)).containsExactly("VISIT-SECOND-DEADLINE");
        assertThat(k.getBoolean("[0].kpiBreach")).isTrue();
        JsonPath issues = kpi("2024-11", "&branch=MIANXIAN&findings=issues");
        assertThat(issues.getList("[0].findings.ruleId", String.class)).containsExactly("VISIT-SECOND-DEADLINE");
    }

    @Test
    void ex35_aReplyOnTheFifteenthIsAKpiBreach() {
        ex35("2024-11-15", "2024-11-18");
        JsonPath k = kpi("2024-11", "&branch=MIANXIAN");
        assertThat(finding(k, "VISIT-LIAISON")).containsEntry("status", "LATE");
        assertThat(deadlineBreaches(k)).containsExactly("VISIT-LIAISON");
    }

    private void ex36(int salesVisits) {
        Api.records("/api/sales-volumes", List.of(Visits.sales("SV-MX-2024-11", "MIANXIAN", "2024-11", 137)));
        List<Map<String, Object>> deliveries = new ArrayList<>();
        for (int i = 1; i <= 85; i++) {
            deliveries.add(Visits.delivery("DL" + i, "LOCAL", "2024-11-05T09:00", "2024-11-05T16:00"));
        }
        Api.records("/api/deliveries", deliveries);
        orders.completed("ON", 64, "MIANXIAN", "ONSITE", "2024-11-06T10:00");
        orders.completed("CI", 15, "MIANXIAN", "CARRY_IN", "2024-11-06T10:00");
        List<Visits.Visit> visits = new ArrayList<>();
        for (int i = 1; i <= salesVisits; i++) {
            visits.add(visit("SALE-V" + i, "SALES", "2024-11-10T10:00").by("ZHAO"));
        }
        for (int i = 1; i <= 43; i++) {
            visits.add(visit("DL-V" + i, "LOGISTICS", "2024-11-07T10:00").delivery("DL" + i).by("ZHAO"));
        }
        for (int i = 1; i <= 64; i++) {
            visits.add(visit("ON-V" + i, "AS_ONSITE", "2024-11-08T10:00").order("ON" + i));
        }
        for (int i = 1; i <= 8; i++) {
            visits.add(visit("CI-V" + i, "AS_CARRYIN", "2024-11-08T10:00").order("CI" + i));
        }
        visits.add(visit("STAFF-1", "INTERNAL", "2024-11-25T10:00"));
        Visits.post(visits);
    }

    @Test
    void ex36_minimumSamplingIs42_43_64_8_1() {
        ex36(42);
        JsonPath k = kpi("2024-11", "&branch=MIANXIAN");
        assertThat(k.getList("[0].scope.visitKind", String.class))
                .containsExactly("SALES", "LOGISTICS", "AS_ONSITE", "AS_CARRYIN", "INTERNAL");
        assertThat(k.getList("[0].scope.minimum", Integer.class)).containsExactly(42, 43, 64, 8, 1);
        assertThat(k.getList("[0].scope.eligible", Integer.class)).containsExactly(137, 85, 64, 15, 0);
        assertThat(k.getList("[0].scope.met", Boolean.class)).containsOnly(true);
        assertThat(k.getList("[0].flags.findAll { it.code == 'KPI_BREACH' }.ruleId", String.class))
                .noneMatch(r -> r.startsWith("VISIT-SCOPE"));
    }

    @Test
    void ex36_fortyOneSalesVisitsAreABreach() {
        ex36(41);
        JsonPath k = kpi("2024-11", "&branch=MIANXIAN");
        assertThat(k.getMap("[0].scope.find { it.visitKind == 'SALES' }")).containsEntry("visited", 41)
                .containsEntry("minimum", 42).containsEntry("met", false);
        assertThat(k.getList("[0].flags.findAll { it.code == 'KPI_BREACH' && it.ruleId.startsWith('VISIT-SCOPE') }"
                + ".ruleId", String.class)).containsExactly("VISIT-SCOPE-SALES");
    }

    @Test
    void anOrderPostedWithoutABranchCountsInItsInstallersBranch() {
        com.aftersales.support.WorkOrders.post(com.aftersales.support.WorkOrders.order("O-REAL", "WANG").on("2024-11-08"));
        Visits.post(List.of(visit("V-REAL", "AS_ONSITE", "2024-11-20T10:00").order("O-REAL").result("VS")));
        JsonPath k = kpi("2024-11", "&branch=MIANXIAN");
        assertThat(k.getInt("[0].visits")).isEqualTo(1);
        assertThat(finding(k, "VISIT-FIRST-DEADLINE")).containsEntry("orderId", "O-REAL")
                .containsEntry("deadline", "2024-11-19").containsEntry("done", "2024-11-20").containsEntry("status", "LATE");
        assertThat(k.getMap("[0].scope.find { it.visitKind == 'AS_ONSITE' }")).containsEntry("eligible", 1)
                .containsEntry("visited", 1);
    }
}
