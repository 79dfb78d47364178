package com.aftersales.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.policy.scenario.ScenarioResult;
import com.aftersales.policy.scenario.TestSheets;
import com.aftersales.rules.RuleHarness;
import com.aftersales.tools.WorkbookTool;
import com.aftersales.problem.ApiError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Tests sheet format: how scenarios are read, and how a mismatch is reported at its row. */
class ScenarioRunnerTest {

    private static final CompiledRuleBook BOOK = RuleHarness.of("attendance").book();
    private static final String HEAD = "=== Tests\nScenario\tPeriod\tEmployee\tStep\tWhat\tDate\tAmount\tFields\n"
            + "*\t\tWANG\temployee\t\t\t180\tinstaller=true; hireDate=2022-11-16\n";

    /** Every month settles the unused rest days (LEAVE-REST-SUBSIDY), which these scenarios are not about. */
    private static final String IGNORE_SUBSIDY = "\t\tWANG\tignore\tLEAVE-REST-SUBSIDY\n";

    private static TestSheets.Parsed parse(String rows) throws Exception {
        return TestSheets.read(new RevisionFiles("attendance", Map.of("t.drl.xlsx", WorkbookTool.toBytes(HEAD + rows))));
    }

    private static List<ScenarioResult> run(TestSheets.Parsed parsed) {
        return parsed.scenarios().stream().map(s -> ShippedScenariosTest.RUNNER.run(s, "attendance",
                p -> List.of(new RuleBookWindow(p.atDay(1), p.atEndOfMonth(), BOOK)))).toList();
    }

    @Test
    void aWrongExpectedAmountFailsAtItsAmountCellWithWhatWasScored() throws Exception {
        TestSheets.Parsed parsed = parse("EX-02 late 6 minutes\t2024-11\tWANG\tday\t\t2024-11-05\t\tin=08:36; out=17:30\n"
                + "\t\tWANG\tdeduct\tATT-LATE-2\t2024-11-05\t15\n" + IGNORE_SUBSIDY);
        assertThat(parsed.errors()).isEmpty();
        ScenarioResult r = run(parsed).get(0);
        assertThat(r.passed()).isFalse();
        assertThat(r.failures()).extracting(ApiError::location).containsExactly("Tests!G4", "Tests!D3");
        assertThat(r.failures().get(0).message()).contains("expected ATT-LATE-2 DEDUCT 15.00 on 2024-11-05 for WANG")
                .contains("got ATT-LATE-2 DEDUCT 10.00");
        assertThat(r.failures().get(1).message()).contains("unexpected line ATT-LATE-2 DEDUCT 10.00");
    }

    @Test
    void aRightExpectationPassesAndNothingMeansNoLineAtAll() throws Exception {
        List<ScenarioResult> results = run(parse(
                "A ok\t2024-11\tWANG\tday\t\t2024-11-05\t\tin=08:36; out=17:30\n"
                + "\t\tWANG\tdeduct\tATT-LATE-2\t\t10\n" + IGNORE_SUBSIDY
                + "B on time\t2024-11\tWANG\tday\t\t2024-11-05\t\tin=08:30; out=17:30\n"
                + "\t\tWANG\tnothing\n" + IGNORE_SUBSIDY
                + "C late but nothing expected\t2024-11\tWANG\tday\t\t2024-11-05\t\tin=08:40; out=17:30\n"
                + "\t\tWANG\tnothing\n" + IGNORE_SUBSIDY));
        assertThat(results).extracting(ScenarioResult::passed).containsExactly(true, true, false);
    }

    @Test
    void anIgnoredRuleIsNotChecked() throws Exception {
        List<ScenarioResult> results = run(parse(
                "I1 lateness not checked\t2024-11\tWANG\tday\t\t2024-11-05\t\tin=08:40; out=17:30\n"
                + "\t\tWANG\tignore\tATT-LATE-2\n"
                + "\t\tWANG\tnothing\n" + IGNORE_SUBSIDY));
        assertThat(results).extracting(ScenarioResult::passed).containsExactly(true);
    }

    @Test
    void anIgnoreRowOfScenarioStarLeavesTheRuleUncheckedInEveryScenario() throws Exception {
        List<ScenarioResult> results = run(parse(
                "S1 on time\t2024-11\tWANG\tday\t\t2024-11-05\t\tin=08:30; out=17:30\n"
                + "\t\tWANG\tnothing\n"
                + "S2 late 10\t2024-11\tWANG\tday\t\t2024-11-05\t\tin=08:40; out=17:30\n"
                + "\t\tWANG\tdeduct\tATT-LATE-2\t\t10\n"
                + "*\t\t\tignore\tLEAVE-REST-SUBSIDY\n"));
        assertThat(results).extracting(ScenarioResult::passed).containsExactly(true, true);
    }

    @Test
    void rowsThatCannotBeReadAreLocatedErrors() throws Exception {
        TestSheets.Parsed parsed = parse("X1 bad step\t2024-11\tWANG\tcharge\tATT-LATE-2\t\t10\n"
                + "X2 no period\t\tWANG\tdeduct\tATT-LATE-2\t\t10\n"
                + "X3 unknown person\t2024-11\tNOBODY\tdeduct\tATT-LATE-2\t\tten\n"
                + "X4 stranger\t2024-11\tNOBODY\tnothing\n");
        assertThat(parsed.errors()).extracting(ApiError::location)
                .containsExactlyInAnyOrder("Tests!D3", "Tests!D4", "Tests!D5", "Tests!D6");
        assertThat(parsed.errors()).extracting(ApiError::message).anyMatch(m -> m.contains("unknown step \"charge\""))
                .anyMatch(m -> m.contains("X2 has no Period")).anyMatch(m -> m.contains("\"ten\" is not a number"))
                .anyMatch(m -> m.contains("names employee NOBODY"));
    }

    @Test
    void anUnknownRecordKindOrABadFieldStopsTheScenarioWithItsRow() throws Exception {
        TestSheets.Parsed parsed = parse("K1\t2024-11\tWANG\trecord\tpunches\t\t\tat=2024-11-05T08:36\n"
                + "\t\tWANG\trecord\tpunch\t\t\tat=yesterday; source=FINGERPRINT\n"
                + "\t\tWANG\tnothing\n");
        ScenarioResult r = run(parsed).get(0);
        assertThat(r.passed()).isFalse();
        assertThat(r.failures()).extracting(ApiError::location).containsExactly("Tests!D3", "Tests!D4");
        assertThat(r.failures().get(0).message()).contains("unknown record kind \"punches\"");
        assertThat(r.failures().get(1).message()).contains("punch record cannot be read");
    }
}
