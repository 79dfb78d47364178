package com.aftersales.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.time.Duration;

/** Month runs over HTTP as clients see them: a job started with 202, polled at {@code GET /api/runs/{runId}}. */
public final class Runs {

    /** Long enough for a generated month of a thousand employees on a busy two-core machine. */
    public static final Duration PATIENCE = Duration.ofMinutes(10);

    private Runs() {
    }

    /** Starts a run of the period and answers its id (202, with a Location). */
    public static String start(String period) {
        return started(given().when().post("/api/periods/" + period + "/runs"));
    }

    /** Starts a run of one branch of the period and answers its id. */
    public static String start(String period, String branch) {
        return started(given().queryParam("branch", branch).when().post("/api/periods/" + period + "/runs"));
    }

    private static String started(Response r) {
        r.then().statusCode(202).header("Location", org.hamcrest.Matchers.endsWith("/api/runs/" + r.jsonPath()
                .getString("runId")));
        assertThat(r.jsonPath().getString("status")).isEqualTo("RUNNING");
        return r.jsonPath().getString("runId");
    }

    /** Polls the run until it ends and answers its last state, whatever it is. */
    public static Response await(String runId) {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Response r = given().when().get("/api/runs/" + runId).then().statusCode(200).extract().response();
            if (!"RUNNING".equals(r.jsonPath().getString("status"))) {
                return r;
            }
            assertThat(System.nanoTime()).as("run %s still going after %s: %s", runId, PATIENCE, r.asString())
                    .isLessThan(until);
            sleep(50);
        }
    }

    /** Polls the run until it ends and expects it done. */
    public static Response awaitDone(String runId) {
        Response r = await(runId);
        assertThat(r.jsonPath().getString("status")).as("run %s: %s", runId, r.asString()).isEqualTo("DONE");
        return r;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
