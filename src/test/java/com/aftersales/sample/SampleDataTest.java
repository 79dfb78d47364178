package com.aftersales.sample;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.record.RecordType;
import com.aftersales.support.Api;
import com.aftersales.support.Statement;
import com.aftersales.support.TestDatabase;
import io.quarkus.arc.All;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample company of the README: five branches, twelve employees, a month of roster and punches and
 * a few incidents, loaded and scored; and every record kind's sample file name is its endpoint.
 */
@QuarkusTest
class SampleDataTest {

    @Inject
    TestDatabase db;

    @Inject
    SampleData sample;

    @Inject
    @All
    List<RecordType<?>> types;

    @Test
    void loadsTheSampleCompanyAndScoresNovember() {
        db.reset();
        SampleData.Loaded loaded = sample.loadIfEmpty().orElseThrow();

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.branches()).isEqualTo(5);
        assertThat(loaded.employees()).isEqualTo(12);
        assertThat(loaded.records()).containsEntry("shifts.csv", 324).containsEntry("punches.csv", 643)
                .containsEntry("incidents.json", 4);
        assertThat(loaded.runs()).singleElement().satisfies(r -> {
            assertThat(r.period()).isEqualTo("2024-11");
            assertThat(r.employees()).isEqualTo(12);
            assertThat(r.status()).isEqualTo("DONE");
        });
        assertThat(Api.get("/api/branches").statusCode(200).extract().jsonPath().getList("name", String.class))
                .contains("勉县分公司", "城固分公司", "西乡分公司", "汉中分公司", "洋县分公司");
        assertThat(Api.get("/api/periods/2024-11/statements").statusCode(200).extract().jsonPath()
                .getList("employeeId", String.class)).hasSize(12);

        assertThat(Statement.of("2024-11", "WANG").lines("ATT-"))
                .containsExactly("ATT-LATE-1 5.00 2024-11-04", "ATT-LATE-3 20.00 2024-11-12");
        assertThat(Statement.of("2024-11", "CHEN").lines("ATT-")).containsExactly("ATT-LATE-2 10.00 2024-11-08");
        assertThat(Statement.of("2024-11", "LIU").lines("ATT-")).containsExactly("ATT-ABSENT-1 340.00 2024-11-19");
        assertThat(Statement.of("2024-11", "MA").lines("ATT-")).containsExactly("ATT-ABSENT-HALF 110.00 2024-11-26");
        Statement he = Statement.of("2024-11", "HE");
        assertThat(he.lines("ATT-")).isEmpty();
        assertThat(he.flags("ATT-")).containsExactly("REVIEW ATT-INSTALLER-CLOCK 2024-11-21");
        assertThat(Statement.of("2024-11", "ZHOU").lines("ATT-")).containsExactly("ATT-PROXY-1 200.00 2024-11-06");
        Statement li = Statement.of("2024-11", "LI");
        assertThat(li.lines("ATT-")).containsExactly("ATT-PROXY-1 100.00 2024-11-06");
        assertThat(li.flags("ATT-")).containsExactly("REVIEW ATT-PROXY-1 2024-11-06");
        Statement sun = Statement.of("2024-11", "SUN");
        assertThat(sun.lines("ATT-")).containsExactly("ATT-ABSENT-1 340.00 2024-11-06");
        assertThat(sun.flags("ATT-")).isEmpty();
        Statement zhao = Statement.of("2024-11", "ZHAO");
        assertThat(zhao.lines("ATT-")).containsExactly("ATT-UNREPORTED 30.00 2024-11-07");
        assertThat(zhao.flags("ATT-")).containsExactly("REVIEW ATT-UNREPORTED 2024-11-07");
        for (String clean : List.of("GAO", "WU", "XU")) {
            Statement s = Statement.of("2024-11", clean);
            assertThat(s.lines("ATT-")).as(clean).isEmpty();
            assertThat(s.flags("ATT-")).as(clean).isEmpty();
        }

        assertThat(sample.loadIfEmpty()).as("a database with employees gets nothing").isEmpty();
    }

    @Test
    void everyRecordKindsSampleFileIsNamedAfterItsEndpoint() {
        assertThat(types).isNotEmpty();
        for (RecordType<?> t : types) {
            int status = given().contentType("application/json").body("[]").when().post("/api/" + t.path())
                    .then().extract().statusCode();
            assertThat(status).as("POST /api/%s of kind %s", t.path(), t.name()).isEqualTo(400);
        }
    }
}
