package com.aftersales.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Policies;
import com.aftersales.support.Workbooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad uploads over HTTP: refused with a located problem+json, never a 500, storing no revision and
 * leaving the revision in force as it was; the size limits of the HTTP layer; a failing scenario that
 * blocks activation. What each check of the validation finds and where is UploadChecksTest's.
 */
@QuarkusTest
class BadSpreadsheetsTest {

    private static final String TABLE = PolicyUploadTest.TABLE;

    @Inject
    Policies policies;

    @BeforeEach
    @AfterEach
    void shippedRevisionsOnly() {
        policies.reset();
    }

    /** Uploads one file and expects it refused with {@code status}; returns the problem body. */
    private static JsonPath refused(String name, byte[] bytes, int status) {
        JsonPath p = Policies.upload("attendance", "2024-12-16", "bad", Map.of(name, bytes)).statusCode(status)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(Policies.active("attendance")).isEqualTo("2024-01-01");
        assertThat(Policies.revisionCount("attendance")).isEqualTo(1);
        return p;
    }

    private static void locatedAt(JsonPath p, String location, String words) {
        System.out.println("validation of a refused upload took " + p.getString("report.facts.validationMs") + " ms");
        assertThat(p.getList("errors", Map.class)).as(p.prettify())
                .anyMatch(e -> location.equals(e.get("location")) && e.get("message").toString().contains(words));
    }

    @Test
    void aFileThatIsNotASpreadsheet() {
        JsonPath p = refused(TABLE, "Rule,Amount\nATT-LATE-2,10\n".getBytes(StandardCharsets.UTF_8), 422);
        locatedAt(p, TABLE, "is not a spreadsheet (a text file)");
    }

    @Test
    void aBodyOverTheSizeLimitIsTooLargeAsProblemJson() {
        byte[] big = new byte[17 * 1024 * 1024];
        new Random(1).nextBytes(big);
        refused(TABLE, big, 413);
    }

    @Test
    void aFileOverTheFileLimitButUnderTheBodyLimitIsTooLarge() {
        byte[] big = new byte[6 * 1024 * 1024];
        new Random(2).nextBytes(big);
        JsonPath p = refused(TABLE, big, 413);
        assertThat(p.getString("detail")).contains("at most");
    }

    @Test
    void anUploadUnderTheLimitsPasses() {
        StringBuilder drl = new StringBuilder(new String(Policies.download("attendance", "2024-01-01", "absence.drl"),
                StandardCharsets.UTF_8));
        while (drl.length() < 4_900_000) {
            drl.append("// padding: an upload of almost the largest allowed size passes\n");
        }
        Policies.upload("attendance", "2024-12-16", null, Map.of("absence.drl",
                drl.toString().getBytes(StandardCharsets.UTF_8))).statusCode(201);
    }

    @Test
    void aScenarioThatFailsIsReportedAtItsCellAndBlocksActivation() {
        byte[] tests = Workbooks.set(Policies.download("attendance", "2024-01-01", "attendance-tests.drl.xlsx"),
                "Tests!G11", 11);
        JsonPath up = Policies.upload("attendance", "2024-12-16", null, Map.of("attendance-tests.drl.xlsx", tests))
                .statusCode(201).extract().jsonPath();
        assertThat(up.getList("report.tests.failures", Map.class))
                .anyMatch(f -> "Tests!G11".equals(f.get("location"))
                        && f.get("message").toString().contains("expected ATT-LATE-2 DEDUCT 11.00"));
        Policies.activate("attendance", "2024-12-16", null).statusCode(409);
        assertThat(Policies.active("attendance")).isEqualTo("2024-01-01");
    }
}
