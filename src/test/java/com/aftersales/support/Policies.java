package com.aftersales.support;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Policy revisions through the API for service tests: download a file, upload files as a new
 * revision, activate; and {@link #reset()} puts the shipped revisions back as imported, so a test that
 * activates an upload leaves no trace for the next test class.
 */
@ApplicationScoped
public class Policies {

    private final AgroalDataSource db;

    public Policies(AgroalDataSource db) {
        this.db = db;
    }

    /** Deletes uploaded revisions and their audit trail, and reactivates the shipped revisions. */
    public void reset() {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("delete from policy_audit where action <> 'IMPORTED'");
            s.execute("delete from policy_revision where source <> 'SHIPPED'");
            s.execute("update policy_revision set status = 'ACTIVE' where source = 'SHIPPED' and status <> 'REJECTED'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] download(String policy, String revision, String name) {
        return given().when().get("/api/policies/" + policy + "/revisions/" + revision + "/files/" + name).then()
                .statusCode(200).extract().asByteArray();
    }

    /** Uploads files (name → bytes) as a new revision of {@code policy} effective {@code from}. */
    public static ValidatableResponse upload(String policy, String from, String note, Map<String, byte[]> files) {
        return upload(policy, from, note, files, null);
    }

    /** The same, answered in {@code language} (Accept-Language; null: the default language). */
    public static ValidatableResponse upload(String policy, String from, String note, Map<String, byte[]> files,
            String language) {
        RequestSpecification r = given().auth().preemptive().basic("admin.wu", "admin-wu-pass").multiPart("effectiveFrom", from);
        if (language != null) {
            r = r.header("Accept-Language", language);
        }
        if (note != null) {
            r = r.multiPart("note", note);
        }
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            r = r.multiPart("file", f.getKey(), f.getValue(), "application/octet-stream");
        }
        return r.when().post("/api/policies/" + policy + "/revisions").then();
    }

    public static ValidatableResponse activate(String policy, String revision, String effectiveFrom) {
        // four eyes: a second policy admin activates what admin.wu uploaded
        RequestSpecification r = given().auth().preemptive().basic("admin.zhao", "admin-zhao-pass");
        if (effectiveFrom != null) {
            r = r.queryParam("effectiveFrom", effectiveFrom);
        }
        return r.when().post("/api/policies/" + policy + "/revisions/" + revision + "/activate").then();
    }

    /** The revision of {@code policy} in force today, as GET /api/policies says. */
    public static String active(String policy) {
        return given().when().get("/api/policies").then().statusCode(200).extract().jsonPath()
                .getString("find { it.policyId == '" + policy + "' }.activeRevision");
    }

    public static int revisionCount(String policy) {
        return given().when().get("/api/policies/" + policy + "/revisions").then().statusCode(200).extract()
                .jsonPath().getList("revision").size();
    }
}
