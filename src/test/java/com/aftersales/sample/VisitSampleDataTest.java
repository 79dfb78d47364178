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
        assertThat(loaded.records()).containsEntry("visits.json", 37).containsEntry("deliveries.json", 19)
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
    }
}
