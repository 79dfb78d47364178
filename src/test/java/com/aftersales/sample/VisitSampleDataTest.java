package com.aftersales.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Statement;
import com.aftersales.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The sample company's visits, deliveries, sales volumes and commendations of November 2024: loaded,
 * scored into the statements, and summed up in the month's visit KPI.
 */
@QuarkusTest
class VisitSampleDataTest {

    @Inject
    TestDatabase db;

    @Inject
    SampleData sample;

    @Test
    void theSampleMonthHasVisitPenaltiesRewardsAndAKpi() {
        db.reset();
        SampleData.Loaded loaded = sample.loadIfEmpty().orElseThrow();
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.records()).containsEntry("visits.json", 147).containsEntry("deliveries.json", 19)
                .containsEntry("sales-volumes.json", 5).containsEntry("commendations.json", 8);

        assertThat(Statement.of("2024-11", "ZHAO").lines("VISIT-"))
                .containsExactly("VISIT-PEN-LOG-TIME 20.00 2024-11-09", "VISIT-PEN-SALES-ATTITUDE 20.00 2024-11-09");
        assertThat(Statement.of("2024-11", "GAO").lines("VISIT-"))
                .containsExactly("VISIT-PEN-SALES-ATTITUDE 20.00 2024-11-15", "VISIT-PEN-SALES-SAT 20.00 2024-11-15");
        assertThat(Statement.of("2024-11", "MA").lines("VISIT-")).containsExactly("VISIT-PEN-LOG-TIME 20.00 2024-11-23");
        assertThat(Statement.of("2024-11", "XU").lines("VISIT-")).containsExactly("VISIT-PEN-LOG-SAT 20.00 2024-11-15");
        assertThat(Statement.of("2024-11", "WANG").lines("BONUS-")).containsExactly(
                "BONUS-MEDIA-CITY-PRINT 30.00 2024-11-15", "BONUS-MEDIA-PROV-TV 500.00 2024-11-18",
                "BONUS-LOSS-PREVENTED 30.00 2024-11-22", "BONUS-PEER-HELP 50.00 2024-11-30");
        assertThat(Statement.of("2024-11", "LIU").lines("BONUS-")).isEmpty();
        assertThat(Statement.of("2024-11", "HE").lines("BONUS-")).containsExactly("BONUS-TOP-PERFORMER 50.00 2024-11-30");
        assertThat(Statement.of("2024-11", "WU").flags("BONUS-")).containsExactly("REVIEW BONUS-MEDIA-UNLISTED 2024-11-20");

        JsonPath kpi = Api.get("/api/periods/2024-11/kpi?asOf=2024-12-31").statusCode(200).extract().jsonPath();
        assertThat(kpi.getList("branch", String.class))
                .containsExactly("CHENGGU", "HANZHONG", "MIANXIAN", "XIXIANG", "YANGXIAN");
        assertThat(kpi.getList("find { it.branch == 'YANGXIAN' }.flags.findAll { it.code == 'KPI_BREACH' }.ruleId",
                String.class)).contains("VISIT-SCOPE-SALES");
        assertThat(kpi.getList("find { it.branch == 'XIXIANG' }.flags.findAll { it.code == 'KPI_BREACH' }.ruleId",
                String.class)).contains("VISIT-SCOPE-INTERNAL");
        assertThat(kpi.getList("find { it.branch == 'MIANXIAN' }.scope.findAll { it.visitKind in ['SALES', 'LOGISTICS', "
                + "'INTERNAL'] }.met", Boolean.class)).containsExactly(true, true, true);
        assertThat(kpi.getList("find { it.branch == 'CHENGGU' }.findings.findAll { it.ruleId == 'VISIT-REFUSED-RETRY' }"
                + ".record.id", String.class)).containsExactly("V-CHENGGU-SALE-R");

        assertThat(kpi.getMap("find { it.branch == 'MIANXIAN' }")).containsEntry("visits", 29)
                .containsEntry("dissatisfied", 1).containsEntry("satisfactionRate", "96.55")
                .containsEntry("improvementPlanRequired", false);
        assertThat(kpi.getMap("find { it.branch == 'HANZHONG' }")).containsEntry("visits", 13)
                .containsEntry("dissatisfied", 2).containsEntry("satisfactionRate", "84.62")
                .containsEntry("improvementPlanRequired", true);
        assertThat(breaches(kpi, "MIANXIAN")).containsExactlyInAnyOrder(
                "VISIT-FIRST-DEADLINE WO-20241106-LIU", "VISIT-SECOND-DEADLINE V-WO-20241105-WANG-1");
        assertThat(breaches(kpi, "HANZHONG")).containsExactly("VISIT-LIAISON V-WO-20241112-HE-1");
        assertThat(breaches(kpi, "CHENGGU")).containsExactly("VISIT-FIRST-DEADLINE WO-20241103-CHEN");
        assertThat(kpi.getString("find { it.branch == 'CHENGGU' }.findings.find { it.orderId == 'WO-20241103-CHEN' }"
                + ".status")).isEqualTo("MISSING");

    }

    /** "RULE-ID record" of a branch's deadline breaches (the sampling minimums left out). */
    private static java.util.List<String> breaches(JsonPath kpi, String branch) {
        return kpi.getList("find { it.branch == '" + branch + "' }.flags.findAll { it.code == 'KPI_BREACH' && "
                + "!it.ruleId.startsWith('VISIT-SCOPE') }.collect { it.ruleId + ' ' + it.records[0].id }", String.class);
    }
}
