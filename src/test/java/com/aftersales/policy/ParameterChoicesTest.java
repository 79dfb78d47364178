package com.aftersales.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Policies;
import com.aftersales.support.Workbooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Parameters value the rules of the revision do not implement, a typo, or a text where a number is
 * read refuses the upload at the Value cell in words (422, nothing stored, the revision in force
 * unchanged); an alternative the rules do implement uploads as any other change.
 */
@QuarkusTest
class ParameterChoicesTest {

    @Inject
    Policies policies;

    @BeforeEach
    @AfterEach
    void shippedRevisionsOnly() {
        policies.reset();
    }

    /** Sets one cell of a shipped workbook, uploads it and expects 422; returns the problem body. */
    private static JsonPath refused(String policy, String file, String at, Object value) {
        byte[] edited = Workbooks.set(Policies.download(policy, "2024-01-01", file), at, value);
        JsonPath p = Policies.upload(policy, "2024-12-16", "a parameter", Map.of(file, edited)).statusCode(422)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(Policies.active(policy)).isEqualTo("2024-01-01");
        assertThat(Policies.revisionCount(policy)).isEqualTo(1);
        return p;
    }

    private static void locatedAt(JsonPath p, String location, String words) {
        assertThat(p.getList("errors", Map.class)).as(p.prettify())
                .anyMatch(e -> location.equals(e.get("location")) && e.get("message").toString().contains(words));
    }

    @Test
    void anAlternativeTheRulesDoNotImplementIsRefusedAtItsCell() {
        JsonPath p = refused("conduct", "conduct.drl.xlsx", "Parameters!B4", "JIANGCHENG");
        locatedAt(p, "Parameters!B4", "P_INSTALLER_ATTENDANCE_SOURCE is JIANGCHENG, but the rules of this revision "
                + "implement only KAOQIN (JIANGCHENG is a RULES.md §10 alternative not available in this revision");
        assertThat(p.getList("errors")).hasSize(1);
        JsonPath audit = Api.get("/api/policies/conduct/audit").statusCode(200).extract().jsonPath();
        assertThat(audit.getList("find { it.action == 'REFUSED' }.detail.errors.location", String.class))
                .containsExactly("Parameters!B4");
    }

    @Test
    void aTypoIsRefusedWithTheReadingItWasProbablyMeantAs() {
        JsonPath p = refused("attendance", "attendance.drl.xlsx", "Parameters!B4", "CALENDAR_YAER");
        locatedAt(p, "Parameters!B4", "P_ABSENT_REPEAT_WINDOW is CALENDAR_YAER, but the rules of this revision "
                + "implement only EMPLOYMENT, CALENDAR_YEAR or ROLLING_12M: did you mean CALENDAR_YEAR?");
    }

    @Test
    void textInANumericParameterIsRefusedBeforeItCanBreakAMonthRun() {
        JsonPath p = refused("visits", "visits.drl.xlsx", "Parameters!B2", "九成五");
        locatedAt(p, "Parameters!B2", "P_SAT_TARGET is \"九成五\", not a number: write a number from 0 up to 1");
        JsonPath q = refused("complaints", "complaints.drl.xlsx", "Parameters!B2", 2.5);
        locatedAt(q, "Parameters!B2", "P_REWORK_LIMIT is 2.5, not a whole number");
    }

    @Test
    void aRowTheRevisionDoesNotDeclareIsRefusedAtItsName() {
        JsonPath p = refused("complaints", "complaints.drl.xlsx", "Parameters!A3", "P_MEDIA_STACKING");
        locatedAt(p, "Parameters!A3", "P_MEDIA_STACKING is not a parameter of this revision");
    }

    @Test
    void anImplementedAlternativeUploads() {
        byte[] table = Workbooks.set(Policies.download("attendance", "2024-01-01", "attendance.drl.xlsx"),
                "Parameters!B4", "CALENDAR_YEAR");
        JsonPath up = Policies.upload("attendance", "2024-12-16", "A-5: count occurrences per calendar year",
                Map.of("attendance.drl.xlsx", table)).statusCode(201).extract().jsonPath();
        assertThat(up.getString("status")).isEqualTo("CANDIDATE");
        assertThat(up.getList("report.errors")).isEmpty();
        assertThat(up.getList("report.warnings.location", String.class)).doesNotContain("Parameters!B4", "policy.yaml");
    }

    @Test
    void aManifestWithoutParametersUploadsWithAWarningThatNothingIsChecked() {
        String yaml = new String(Policies.download("complaints", "2024-01-01", "policy.yaml"), StandardCharsets.UTF_8);
        String unchecked = yaml.substring(0, yaml.indexOf("parameters:"));
        byte[] table = Workbooks.set(Policies.download("complaints", "2024-01-01", "complaints.drl.xlsx"),
                "Parameters!B2", 3);
        JsonPath up = Policies.upload("complaints", "2024-12-16", null, Map.of("policy.yaml",
                unchecked.getBytes(StandardCharsets.UTF_8), "complaints.drl.xlsx", table)).statusCode(201)
                .extract().jsonPath();
        assertThat(up.getList("report.warnings", Map.class)).anyMatch(w -> "policy.yaml".equals(w.get("location"))
                && w.get("message").toString().contains("has no parameters section"));
    }
}
