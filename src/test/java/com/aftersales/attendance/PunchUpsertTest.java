package com.aftersales.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.aftersales.support.Api;
import com.aftersales.support.Company;
import com.aftersales.support.Statement;
import com.aftersales.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Posting the same ids again is an idempotent upsert: identical content changes nothing, changed content updates. */
@QuarkusTest
class PunchUpsertTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
        Api.records("/api/shifts", List.of(Map.of("id", "S1", "employeeId", "WANG", "date", "2024-11-05",
                "start", "08:30", "end", "17:30")));
    }

    private static List<Map<String, Object>> punches(String clockIn) {
        return List.of(
                Map.of("id", "P1", "employeeId", "WANG", "at", "2024-11-05T" + clockIn, "source", "FINGERPRINT"),
                Map.of("id", "P2", "employeeId", "WANG", "at", "2024-11-05T17:30", "source", "FINGERPRINT"));
    }

    private static ValidatableResponse summary(ValidatableResponse r, int created, int updated, int unchanged) {
        return r.statusCode(200).body("kind", is("punch")).body("received", is(created + updated + unchanged))
                .body("created", is(created)).body("updated", is(updated)).body("unchanged", is(unchanged));
    }

    @Test
    void postingTheSameRecordsTwiceChangesNothing() {
        summary(Api.post("/api/punches", punches("08:36")), 2, 0, 0);
        summary(Api.post("/api/punches", punches("08:36")), 0, 0, 2);
    }

    @Test
    void theSameContentAsCsvIsUnchangedToo() {
        summary(Api.post("/api/punches", punches("08:36")), 2, 0, 0);
        summary(Api.postCsv("/api/punches", "id,employeeId,at,source\n"
                + "P1,WANG,2024-11-05T08:36:00,FINGERPRINT\nP2,WANG,2024-11-05T17:30,FINGERPRINT\n"), 0, 0, 2);
    }

    @Test
    void changedContentUpdatesTheRecordAndTheNextRunUsesIt() {
        summary(Api.post("/api/punches", punches("08:36")), 2, 0, 0);
        assertThat(Statement.afterRun("2024-11", "WANG").lines("ATT-")).containsExactly("ATT-LATE-2 10.00 2024-11-05");
        summary(Api.post("/api/punches", punches("08:46")), 0, 1, 1);
        assertThat(Statement.afterRun("2024-11", "WANG").lines("ATT-")).containsExactly("ATT-LATE-3 20.00 2024-11-05");
    }

    @Test
    void aRecordMovedToAnotherDayIsNoLongerFoundOnTheOldOne() {
        summary(Api.post("/api/punches", punches("08:36")), 2, 0, 0);
        summary(Api.post("/api/punches", List.of(Map.of("id", "P1", "employeeId", "WANG", "at", "2024-11-06T08:36",
                "source", "FINGERPRINT"))), 0, 1, 0);
        Statement s = Statement.afterRun("2024-11", "WANG");
        assertThat(s.lines("ATT-")).isEmpty();
        assertThat(s.flags("ATT-")).containsExactly("REVIEW ATT-METHOD 2024-11-05");
    }
}
