package com.aftersales.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.attendance.AttendanceRecordTypes;
import com.aftersales.leave.LeaveRecordType;
import com.aftersales.policy.scenario.ScenarioResult;
import com.aftersales.policy.scenario.ScenarioRunner;
import com.aftersales.policy.scenario.TestSheets;
import com.aftersales.rules.RuleHarness;
import com.aftersales.scoring.FactDeriver;
import com.aftersales.visit.VisitDeriver;
import com.aftersales.visit.VisitRecordType;
import com.aftersales.web.JsonSetup;
import com.aftersales.workorder.IncidentRecordType;
import com.aftersales.workorder.WorkOrderDeriver;
import com.aftersales.workorder.WorkOrderRecordType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scenarios of the work-order sheets ({@code Tests}) of the conduct, complaints and commission revisions pass;
 * an after-sales visit reaches the installers of its order (COMP-SECOND-DISSAT, SD-1 and SD-2).
 */
class WorkOrderScenariosTest {

    static final ScenarioRunner RUNNER = runner();
    static final CompiledRuleBook BOOK = RuleHarness.of("attendance", "conduct", "visits", "complaints", "commission")
            .book();

    static ScenarioRunner runner() {
        List<FactDeriver> derivers = new ArrayList<>(RuleHarness.defaultDerivers());
        derivers.add(new WorkOrderDeriver());
        derivers.add(new VisitDeriver());
        return new ScenarioRunner(List.of(AttendanceRecordTypes.PUNCH, AttendanceRecordTypes.SHIFT,
                LeaveRecordType.INSTANCE, new IncidentRecordType(null), new WorkOrderRecordType(),
                new VisitRecordType(null)), derivers,
                JsonSetup.configure(new ObjectMapper()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"conduct, EX-45", "complaints, SD-1", "commission, EX-50"})
    void theShippedScenariosOfThePolicyPass(String policy, String oneOfThem) {
        TestSheets.Parsed parsed = TestSheets.read(RevisionFolders.latest(RuleHarness.RULES, policy).files());
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.scenarios()).extracting(s -> s.id()).contains(oneOfThem);
        List<ScenarioResult> results = parsed.scenarios().stream().filter(s -> s.at().startsWith("Tests!"))
                .map(s -> RUNNER.run(s, policy,
                p -> List.of(new RuleBookWindow(p.atDay(1), p.atEndOfMonth(), BOOK)))).toList();
        assertThat(results.stream().flatMap(r -> r.failures().stream()).toList()).isEmpty();
        assertThat(results).allMatch(ScenarioResult::passed);
    }
}
