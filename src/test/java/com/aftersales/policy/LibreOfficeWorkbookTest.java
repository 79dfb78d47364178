package com.aftersales.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Policies;
import com.aftersales.support.Workbooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A workbook saved by LibreOffice Calc validates like one written by Apache POI. The fixture is the
 * shipped attendance table with ATT-LATE-2 set to 15 by POI, then re-saved by LibreOffice 7.4:
 * {@code libreoffice --headless --convert-to xlsx --outdir out attendance.drl.xlsx}. Regenerate it whenever
 * the shipped table changes (last: with the Catalogue's Cells and Deviation columns), so that both uploads
 * differ from the shipped table in E11 only, and both warn that ATT-LATE-2's quote no longer matches.
 */
@QuarkusTest
class LibreOfficeWorkbookTest {

    @Inject
    Policies policies;

    @BeforeEach
    @AfterEach
    void shippedRevisionsOnly() {
        policies.reset();
    }

    @Test
    void aLibreOfficeWorkbookUploadsAndValidatesTheSameAsAPoiOne() throws Exception {
        byte[] poi = Workbooks.set(Policies.download("attendance", "2024-01-01", PolicyUploadTest.TABLE),
                "Lateness!E11", 15);
        byte[] calc;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/libreoffice/attendance.drl.xlsx")) {
            calc = in.readAllBytes();
        }
        assertThat(calc).isNotEqualTo(poi);
        JsonPath a = Policies.upload("attendance", "2024-12-16", "POI", Map.of(PolicyUploadTest.TABLE, poi))
                .statusCode(201).extract().jsonPath();
        JsonPath b = Policies.upload("attendance", "2024-12-17", "LibreOffice", Map.of(PolicyUploadTest.TABLE, calc))
                .statusCode(201).extract().jsonPath();
        assertThat(b.getList("report.errors")).isEmpty();
        assertThat(b.getList("report.warnings")).isEqualTo(a.getList("report.warnings"));
        assertThat(b.getList("report.facts.tables")).isEqualTo(a.getList("report.facts.tables"));
        assertThat(b.getInt("report.tests.failed")).isEqualTo(a.getInt("report.tests.failed")).isPositive();
        assertThat(b.getList("report.tests.failures")).isEqualTo(a.getList("report.tests.failures"));

        JsonPath d = Api.get("/api/policies/attendance/revisions/2024-12-17/diff?against=2024-12-16").statusCode(200)
                .extract().jsonPath();
        assertThat(d.getList("cells")).as("the same values in every cell").isEmpty();
    }
}
