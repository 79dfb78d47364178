package com.aftersales.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;

/** Thin HTTP helpers over the public API, for service tests that post records and read statements. */
public final class Api {

    private Api() {
    }

    public static ValidatableResponse put(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().put(path).then();
    }

    public static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    public static ValidatableResponse postCsv(String path, String csv) {
        return given().contentType("text/csv").body(csv).when().post(path).then();
    }

    public static ValidatableResponse get(String path) {
        return given().when().get(path).then();
    }

    /** Posts records and expects them stored. */
    public static void records(String path, List<Map<String, Object>> records) {
        post(path, records).statusCode(200);
    }

    /** Runs a month (a job: 202, then polled until it ends) and expects it done; answers the finished run. */
    public static Response run(String period) {
        return Runs.awaitDone(Runs.start(period));
    }

    public static Response statement(String period, String employeeId) {
        return get("/api/periods/" + period + "/statements/" + employeeId).statusCode(200).extract().response();
    }

    /**
     * A statement's JSON with its {@code run} member (id and times of the run it comes from) taken out: the rest,
     * lines, flags and totals, is what two runs over the same records and revisions give byte for byte.
     */
    public static String withoutRun(String statement) {
        String out = statement.replaceFirst("\"run\":\\{.*?\\},\"stale\"", "\"stale\"");
        if (out.equals(statement)) {
            throw new AssertionError("the statement names no run: " + statement);
        }
        return out;
    }
}
