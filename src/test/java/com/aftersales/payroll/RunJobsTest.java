package com.aftersales.payroll;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.bench.CompanyDatabase;
import com.aftersales.bench.CompanyGenerator;
import com.aftersales.support.Api;
import com.aftersales.support.Policies;
import com.aftersales.support.RunResults;
import com.aftersales.support.Runs;
import com.aftersales.support.TestDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;

/**
 * Runs are jobs: a run is answered at once (202) and followed at {@code GET /api/runs/{id}}; one run of a period
 * (and branch) goes at a time, a second request is a 409 naming it, and no line of the run going is lost; a run
 * that fails leaves the period's previous statements as they were.
 */
@QuarkusTest
class RunJobsTest {

    static final YearMonth NOVEMBER = YearMonth.of(2024, 11);
    /** Three partitions of 25 (the test profile's partition size). */
    static final int EMPLOYEES = 60;

    @Inject
    TestDatabase db;

    @Inject
    Policies policies;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    Scheduler quartz;

    @BeforeEach
    void aGeneratedCompany() throws Exception {
        db.reset();
        try (Connection c = dataSource.getConnection()) {
            new CompanyDatabase(json).write(c, new CompanyGenerator(20241120, NOVEMBER).generate(EMPLOYEES));
        }
    }

    @AfterEach
    void schedulerRunningAndShippedRevisions() throws Exception {
        if (quartz.isInStandbyMode()) {
            quartz.start();
        }
        policies.reset();
    }

    @Test
    void aRunIsAnsweredAtOnceAndFollowedUntilItIsDone() {
        Response started = given().when().post("/api/periods/2024-11/runs").then().statusCode(202).extract().response();
        String runId = started.jsonPath().getString("runId");
        assertThat(started.header("Location")).endsWith("/api/runs/" + runId);
        assertThat(started.jsonPath().getString("status")).isEqualTo("RUNNING");
        assertThat(started.jsonPath().getInt("total")).isEqualTo(EMPLOYEES);
        assertThat(started.jsonPath().getInt("partitions")).isEqualTo(3);
        assertThat(started.jsonPath().getList("revisions.policy")).contains("attendance", "conduct", "visits");

        JsonPath done = Runs.awaitDone(runId).jsonPath();
        assertThat(done.getInt("done")).isEqualTo(EMPLOYEES);
        assertThat(done.getInt("partitionsDone")).isEqualTo(3);
        assertThat(done.getInt("lines")).isGreaterThan(EMPLOYEES);
        assertThat(done.getLong("elapsedMs")).isPositive();
        assertThat(done.getString("finishedAt")).isNotNull();
        assertThat(done.getMap("problem")).isNull();
        assertThat(Api.get("/api/periods/2024-11/statements").statusCode(200).extract().jsonPath().getList("employeeId"))
                .hasSize(EMPLOYEES);
        assertThat(Api.get("/api/periods/2024-11/runs").statusCode(200).extract().jsonPath().getList("runId"))
                .containsExactly(runId);
        Api.get("/api/runs/no-such-run").statusCode(404);
    }

    @Test
    void ofTwoRequestsForOnePeriodAtOnceOneRunsTheOtherIsRefusedAndNoLineIsLost() throws Exception {
        String reference = Runs.awaitDone(Runs.start("2024-11")).jsonPath().getString("runId");
        Map<String, List<String>> expected = RunResults.of(dataSource, reference);

        quartz.standby(); // the first run stays going while the second request is answered
        List<Response> answers = together(() -> given().when().post("/api/periods/2024-11/runs").then().extract()
                .response(), 2);
        List<Integer> statuses = answers.stream().map(Response::statusCode).sorted().toList();
        assertThat(statuses).containsExactly(202, 409);
        Response accepted = answers.stream().filter(r -> r.statusCode() == 202).findFirst().orElseThrow();
        Response refused = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        String runId = accepted.jsonPath().getString("runId");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("detail")).contains(runId);
        quartz.start();

        JsonPath done = Runs.awaitDone(runId).jsonPath();
        assertThat(RunResults.of(dataSource, runId)).containsExactlyEntriesOf(expected);
        assertThat(done.getInt("lines")).isEqualTo(expected.get("lines").size());
    }

    @Test
    void aBranchRunsAloneOrBesideAnotherBranchNeverBesideTheWholePeriod() throws Exception {
        assertThat(Api.get("/api/periods/2024-11/runs").statusCode(200).extract().jsonPath().getList("$")).isEmpty();
        List<String> ids = RunResults.rows(dataSource, "select branch_id from branch order by 1");
        assertThat(ids).hasSizeGreaterThanOrEqualTo(2);

        quartz.standby();
        String whole = Runs.start("2024-11");
        Response refused = given().queryParam("branch", ids.get(0)).when().post("/api/periods/2024-11/runs").then()
                .statusCode(409).extract().response();
        assertThat(refused.jsonPath().getString("detail")).contains(whole);
        quartz.start();
        Runs.awaitDone(whole);

        quartz.standby();
        String first = Runs.start("2024-11", ids.get(0));
        String second = Runs.start("2024-11", ids.get(1));
        given().when().post("/api/periods/2024-11/runs").then().statusCode(409);
        given().queryParam("branch", ids.get(0)).when().post("/api/periods/2024-11/runs").then().statusCode(409);
        quartz.start();
        Runs.awaitDone(first);
        Runs.awaitDone(second);

        for (int i = 0; i < 2; i++) {
            String run = i == 0 ? first : second;
            assertThat(RunResults.rows(dataSource, "select run_id, count(*) from statement where branch_id = ? group by 1",
                    ids.get(i))).containsExactly(run + "\t" + RunResults.rows(dataSource,
                    "select count(*) from employee where branch_id = ?", ids.get(i)).get(0));
        }
        assertThat(RunResults.rows(dataSource, "select count(*) from statement")).containsExactly(String.valueOf(EMPLOYEES));
        for (String run : List.of(first, second)) {
            assertThat(RunResults.rows(dataSource, "select count(*) from result_line where run_id = ?", run))
                    .containsExactly(String.valueOf(Runs.await(run).jsonPath().getInt("lines")));
        }
    }

    @Test
    void aRunThatFailsLeavesThePreviousStatements() {
        String reference = Runs.awaitDone(Runs.start("2024-11")).jsonPath().getString("runId");
        Map<String, List<String>> before = RunResults.of(dataSource, reference);
        String employee = RunResults.rows(dataSource, "select employee_id from employee order by 1 limit 1").get(0);
        Policies.upload("attendance", "2024-11-01", "a rule that fails for one employee",
                Map.of("failing.drl", failingRule(employee).getBytes(StandardCharsets.UTF_8))).statusCode(201);
        Policies.activate("attendance", "2024-11-01", null).statusCode(200);

        JsonPath failed = Runs.await(Runs.start("2024-11")).jsonPath();

        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getInt("problem.status")).isEqualTo(500);
        assertThat(failed.getString("problem.detail")).contains("ATT-LATE-1 fails for one employee")
                .contains("no statement for " + employee);
        assertThat(RunResults.rows(dataSource, "select count(*) from result_line where run_id = ?",
                failed.getString("runId"))).containsExactly("0");
        assertThat(RunResults.of(dataSource, reference)).containsExactlyEntriesOf(before);
    }

    /** A rule of the attendance policy whose action throws for one employee. */
    private static String failingRule(String employee) {
        return "package attendance;\nimport com.aftersales.facts.*;\n\n"
                + "rule \"ATT-LATE-1 fails for one employee\"\nwhen\n    Profile(employeeId == \"" + employee + "\")\n"
                + "then\n    throw new IllegalStateException(\"no statement for " + employee + "\");\nend\n";
    }

    private static <T> List<T> together(Callable<T> call, int times) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            CyclicBarrier start = new CyclicBarrier(times);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
