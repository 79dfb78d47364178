package com.aftersales.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.rules.BrokenRevisions;
import com.aftersales.support.Api;
import com.aftersales.support.Attendance;
import com.aftersales.support.Company;
import com.aftersales.support.Statement;
import com.aftersales.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A revision folder whose DRL or decision table does not compile, or whose parameter value its rules
 * do not implement, is stored REJECTED with the location of its errors; the service starts anyway and
 * scores later months with the revision before it.
 */
@QuarkusTest
@TestProfile(BrokenRevisionsProfile.class)
class BrokenRevisionTest {

    @Inject
    TestDatabase db;

    @Test
    void brokenRevisionsAreRefusedWithTheirLocationAndTheGoodOneKeepsScoring() {
        JsonPath revisions = Api.get("/api/policies/attendance/revisions").statusCode(200).extract().jsonPath();
        assertThat(revisions.getList("revision", String.class)).containsExactly("2024-01-01", "2024-06-01", "2024-07-01",
                "2024-08-01");
        assertThat(revisions.getList("status", String.class)).containsExactly("ACTIVE", "REJECTED", "REJECTED",
                "REJECTED");
        assertThat(revisions.getList("[1].report.errors.location", String.class))
                .containsExactly("absence.drl:" + BrokenRevisions.brokenDrlLine());
        assertThat(revisions.getList("[2].report.errors.location", String.class)).singleElement()
                .asString().matches("Lateness![A-Z]+" + BrokenRevisions.BROKEN_ROW);
        assertThat(revisions.getList("[3].report.errors.location", String.class)).containsExactly("Parameters!B4");
        assertThat(revisions.getString("[3].report.errors[0].message")).isEqualTo("P_ABSENT_REPEAT_WINDOW is "
                + "ROLLING_12, but the rules of this revision implement only EMPLOYMENT, CALENDAR_YEAR or ROLLING_12M: "
                + "did you mean ROLLING_12M?");
        String goodSha = revisions.getString("[0].sha256");

        db.reset();
        Company.examples("2024-11");
        Attendance.of("WANG").worked("2024-11-05", "08:36", "17:30").post();
        Statement s = Statement.afterRun("2024-11", "WANG");
        assertThat(s.lines("ATT-")).containsExactly("ATT-LATE-2 10.00 2024-11-05");
        assertThat(s.json().getString("lines[0].revision")).isEqualTo("2024-01-01");
        JsonPath explanation = Api.get("/api/lines/" + s.lineId("ATT-LATE-2") + "/explanation").statusCode(200)
                .extract().jsonPath();
        assertThat(explanation.getString("sha256")).isEqualTo(goodSha);
    }
}
