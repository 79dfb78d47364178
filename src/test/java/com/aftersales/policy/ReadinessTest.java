package com.aftersales.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Policies;
import com.aftersales.support.RunResults;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /q/health/ready} says whether the service can score a month now: UP once the rule books in force are
 * compiled, DOWN while they are being compiled and when no policy revision is in force.
 */
@QuarkusTest
class ReadinessTest {

    @Inject
    RuleBookCompilations compilations;

    @Inject
    RuleBookCache cache;

    @Inject
    Policies policies;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void shippedRevisions() {
        policies.reset();
    }

    @Test
    void readyOnceTheRuleBooksInForceAreCompiled() throws Exception {
        JsonPath ready = awaitReady();
        assertThat(ready.getString("checks.find { it.name == 'rule-books' }.status")).isEqualTo("UP");
        assertThat(ready.getInt("checks.find { it.name == 'rule-books' }.data.revisionsInForce")).isEqualTo(5);
        assertThat(ready.getInt("checks.find { it.name == 'rule-books' }.data.cached")).isPositive();
    }

    @Test
    void notReadyWhileTheRuleBooksInForceAreCompiled() throws Exception {
        awaitReady();
        List<String> attendance = RunResults.rows(dataSource, "select policy_id, sha256 from policy_revision "
                + "where policy_id = 'attendance' and status = 'ACTIVE'");
        String[] revision = attendance.get(0).split("\t");
        assertThat(cache.evict(revision[0], revision[1], List.of())).isPositive();

        Future<?> compiling = compilations.prepareInForce();
        JsonPath during = given().when().get("/q/health/ready").then().statusCode(503).extract().jsonPath();
        assertThat(during.getString("checks.find { it.name == 'rule-books' }.status")).isEqualTo("DOWN");
        assertThat(during.getBoolean("checks.find { it.name == 'rule-books' }.data.compiling")).isTrue();

        compiling.get(10, TimeUnit.MINUTES);
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void notReadyWhenNoRevisionIsInForce() throws Exception {
        awaitReady();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("update policy_revision set status = 'RETIRED' where status = 'ACTIVE'");
        }
        JsonPath down = given().when().get("/q/health/ready").then().statusCode(503).extract().jsonPath();
        assertThat(down.getString("checks.find { it.name == 'rule-books' }.status")).isEqualTo("DOWN");
        assertThat(down.getInt("checks.find { it.name == 'rule-books' }.data.revisionsInForce")).isZero();
    }

    /** Waits for the compile at start (the rule books in force), however long the machine takes. */
    private static JsonPath awaitReady() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (true) {
            var r = given().when().get("/q/health/ready").then().extract().response();
            if (r.statusCode() == 200) {
                return r.jsonPath();
            }
            assertThat(System.nanoTime()).as("ready within 10 minutes: %s", r.asString()).isLessThan(until);
            Thread.sleep(200);
        }
    }
}
