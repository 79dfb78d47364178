package com.aftersales.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.rules.PrefixMatchingEdit;
import com.aftersales.support.Policies;
import com.aftersales.support.Runs;
import com.aftersales.support.TestDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * No revision can crash a run: an uploaded attendance revision whose rules use {@code str[startsWith]} with
 * bindings (the constraints that break MVEL's JIT in Drools 10.2.0) is validated, activated and scores a
 * generated month of 150 employees, thousands of evaluations past the JIT's threshold, without a crash.
 */
@QuarkusTest
class UploadedPrefixMatchAtVolumeTest {

    static final YearMonth NOVEMBER = YearMonth.of(2024, 11);

    @Inject
    TestDatabase db;

    @Inject
    Policies policies;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;


    @AfterEach
    void shippedRevisionsOnly() {
        policies.reset();
    }

    @Test
    void aMonthScoredWithAnUploadedStrOperatorRunsPastTheJitThreshold() throws Exception {
        policies.reset();
        db.reset();
        GeneratedCompany company = new CompanyGenerator(3, NOVEMBER).generate(150);
        try (Connection c = dataSource.getConnection()) {
            new CompanyDatabase(json).write(c, company);
        }
        Policies.upload("attendance", "2024-11-01", "prefix matches with str[startsWith]",
                Map.of(PrefixMatchingEdit.FILE, PrefixMatchingEdit.absenceDrl())).statusCode(201);
        Policies.activate("attendance", "2024-11-01", null).statusCode(200);

        JsonPath run = Runs.awaitDone(Runs.start(NOVEMBER.toString())).jsonPath();

        assertThat(run.getList("revisions.findAll { it.policy == 'attendance' }.revision")).containsExactly("2024-11-01");
        assertThat(run.getInt("lines")).isGreaterThan(1000);
        assertThat(TableDump.rows(dataSource, "select count(*) from result_line where rule_id like 'ATT-LATE-%' and "
                + "run_id = '" + run.getString("runId") + "'").get(0)).satisfies(n -> assertThat(Integer.parseInt(n))
                .isGreaterThan(100));
    }
}
