package com.aftersales.attendance;

import static com.aftersales.support.Incidents.incident;
import static com.aftersales.support.Incidents.unreported;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Attendance;
import com.aftersales.support.Company;
import com.aftersales.support.Incidents;
import com.aftersales.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Running a month again replaces its results with byte-identical statements, line and flag ids included. */
@QuarkusTest
class RepeatableRunTest {

    private static final List<String> EMPLOYEES = List.of("CHEN", "LI", "SUN", "WANG", "ZHAO", "ZHOU");

    @Inject
    TestDatabase db;

    @BeforeEach
    void aBusyMonth() {
        db.reset();
        Company.examples("2024-11");
        Attendance.of("WANG").worked("2024-11-04", "08:35:48", "17:30").worked("2024-11-05", "08:33", "17:18")
                .absent("2024-11-09").absent("2024-11-11").worked("2024-11-19", "09:30", "17:30").post();
        Attendance.of("CHEN").absent("2024-11-12").absent("2024-11-13").absent("2024-11-14").absent("2024-11-15")
                .clockedInOnly("2024-11-18", "08:31").post();
        Attendance.of("SUN").signedIn("2024-11-06", "08:28", "17:32").post();
        Attendance.of("ZHOU").signedIn("2024-11-06", "08:27", "17:33").post();
        Attendance.of("LI").worked("2024-11-06", "08:25", "17:40").worked("2024-11-07", "09:31", "17:30").post();
        Attendance.of("ZHAO").absent("2024-11-07").worked("2024-11-08", "08:46", "16:59").post();
        Incidents.post(incident("PX-ZHOU", "ZHOU", "2024-11-06", "ATT-PROXY-1", "200"),
                incident("PX-LI", "LI", "2024-11-06", "ATT-PROXY-1", null),
                incident("PX-SUN", "SUN", "2024-11-06", "ATT-PROXY-2", null),
                unreported("UR-ZHAO", "ZHAO", "2024-11-07", true, false, false));
    }

    private static Map<String, String> rawStatements() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("list", Api.get("/api/periods/2024-11/statements").statusCode(200).extract().asString());
        for (String e : EMPLOYEES) {
            out.put(e, Api.withoutRun(Api.get("/api/periods/2024-11/statements/" + e).statusCode(200).extract()
                    .asString()));
            out.put(e + "/en", Api.withoutRun(Api.get("/api/periods/2024-11/statements/" + e + "?lang=en").statusCode(200)
                    .extract().asString()));
        }
        return out;
    }

    @Test
    void twoRunsOfTheSameMonthGiveByteIdenticalStatements() {
        String first = Api.run("2024-11").jsonPath().getString("runId");
        Map<String, String> before = rawStatements();
        String second = Api.run("2024-11").jsonPath().getString("runId");
        Map<String, String> after = rawStatements();

        assertThat(second).isNotEqualTo(first);
        given().when().get("/api/runs/" + second).then().statusCode(200);
        assertThat(before.get("WANG")).contains("ATT-ABSENT-2").contains("ATT-ABSENT-HALF");
        assertThat(before.get("CHEN")).contains("SEPARATION");
        assertThat(before.get("list")).contains("ZHOU");
        assertThat(after).containsExactlyEntriesOf(before);
    }
}
