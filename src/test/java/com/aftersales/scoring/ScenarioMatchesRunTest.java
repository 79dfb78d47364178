package com.aftersales.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.facts.functions.Money;
import com.aftersales.facts.input.RecordRef;
import com.aftersales.policy.RuleBooks;
import com.aftersales.policy.scenario.Scenario;
import com.aftersales.policy.scenario.ScenarioRunner;
import com.aftersales.support.Api;
import com.aftersales.support.Company;
import com.aftersales.support.TestDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A revision's test scenario runs on the scoring path of a month run: the same records given to a
 * scenario and posted for a run give the same lines and flags, because both go through the same
 * assembly of employee-months, derivers and scorer.
 */
@QuarkusTest
class ScenarioMatchesRunTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2024, 11);

    @Inject
    TestDatabase db;

    @Inject
    Scoring scoring;

    @Inject
    RuleBooks ruleBooks;

    @Inject
    ObjectMapper json;

    /** A rostered week of WANG's: late one day, absent the next, on leave one, an incident of conduct. */
    private static Map<String, List<Map<String, Object>>> records() {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        List<Map<String, Object>> shifts = new ArrayList<>();
        for (String d : List.of("2024-11-04", "2024-11-05", "2024-11-06", "2024-11-07", "2024-11-08")) {
            shifts.add(Map.of("id", "S-" + d, "employeeId", "WANG", "date", d, "start", "08:30", "end", "17:30"));
        }
        out.put("shift", shifts);
        out.put("punch", List.of(
                Map.of("id", "P1", "employeeId", "WANG", "at", "2024-11-04T08:29:00", "source", "FINGERPRINT"),
                Map.of("id", "P2", "employeeId", "WANG", "at", "2024-11-04T17:31:00", "source", "FINGERPRINT"),
                Map.of("id", "P3", "employeeId", "WANG", "at", "2024-11-05T08:52:00", "source", "FINGERPRINT"),
                Map.of("id", "P4", "employeeId", "WANG", "at", "2024-11-05T17:30:00", "source", "FINGERPRINT"),
                Map.of("id", "P5", "employeeId", "WANG", "at", "2024-11-08T08:30:00", "source", "FINGERPRINT")));
        out.put("leave", List.of(Map.of("id", "L1", "employeeId", "WANG", "type", "PERSONAL", "start", "2024-11-07",
                "end", "2024-11-07", "hours", "8", "status", "APPROVED")));
        out.put("incident", List.of(Map.of("id", "I1", "employeeId", "WANG", "date", "2024-11-08",
                "code", "PEN-UNIFORM")));
        return out;
    }

    private static final Map<String, String> PATHS = Map.of("shift", "/api/shifts", "punch", "/api/punches",
            "leave", "/api/leave", "incident", "/api/incidents");

    @Test
    @SuppressWarnings("unchecked")
    void aScenarioAndARunOfTheSameRecordsGiveTheSameLinesAndFlags() {
        db.reset();
        Company.examples("2024-10", "2024-11", "2024-12");
        records().forEach((kind, rows) -> Api.records(PATHS.get(kind), rows));
        Api.run("2024-11");
        JsonPath statement = Api.statement("2024-11", "WANG").jsonPath();
        List<String> runLines = statement.getList("lines", Map.class).stream()
                .map(l -> l.get("ruleId") + " " + l.get("direction") + " " + l.get("amount") + " " + l.get("date") + " "
                        + ((List<Map<String, String>>) l.get("records")).stream().map(r -> r.get("type") + ":" + r.get("id"))
                                .sorted().toList())
                .sorted().toList();
        List<String> runFlags = statement.getList("flags", Map.class).stream()
                .map(f -> f.get("code") + " " + f.get("ruleId") + " " + f.get("date")).sorted().toList();

        List<Scenario.Given> given = new ArrayList<>();
        records().forEach((kind, rows) -> rows.forEach(r -> given.add(new Scenario.Given(kind, r, "Tests!A1"))));
        Scenario.Person wang = new Scenario.Person("WANG", Map.of("name", "王师傅", "branch", "MIANXIAN",
                "department", "售后", "installer", "true", "commissionPaid", "true", "hireDate", "2022-11-16",
                "branchFoundingDate", "2008-01-01", "supervisorId", "LI"), new BigDecimal("180"), "Tests!A1");
        Scenario s = new Scenario("S1", "S1 the run's records", "Tests!A1", NOVEMBER, List.of(wang), given, List.of(),
                List.of(), List.of());
        ScenarioRunner.Prepared prepared = new ScenarioRunner(scoring.months(), json).prepare(s);
        assertThat(prepared.errors()).isEmpty();
        ScoredMonth scored = scoring.months().score(prepared.inputs(), ruleBooks.windows(NOVEMBER)).get(0);
        List<String> scenarioLines = scored.lines().stream().filter(l -> l.employeeId().equals("WANG"))
                .map(l -> l.line().getRuleId() + " " + l.line().getDirection() + " " + Money.yuan(l.line().getAmount())
                        + " " + l.line().getDate() + " "
                        + l.line().getRecords().stream().map(RecordRef::toString).sorted().toList())
                .sorted().toList();
        List<String> scenarioFlags = scored.flags().stream().filter(f -> f.employeeId().equals("WANG"))
                .map(f -> f.flag().getCode() + " " + f.flag().getRuleId() + " " + f.flag().getDate()).sorted().toList();

        assertThat(runLines).as("the run's lines").isNotEmpty()
                .anyMatch(l -> l.startsWith("ATT-LATE")).anyMatch(l -> l.startsWith("ATT-ABSENT"))
                .anyMatch(l -> l.startsWith("LEAVE-PERSONAL")).anyMatch(l -> l.startsWith("PEN-UNIFORM"));
        assertThat(scenarioLines).isEqualTo(runLines);
        assertThat(scenarioFlags).isEqualTo(runFlags);
    }
}
