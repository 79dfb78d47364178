package com.aftersales.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.attendance.AttendanceRecordTypes;
import com.aftersales.leave.LeaveRecordType;
import com.aftersales.policy.scenario.ScenarioResult;
import com.aftersales.policy.scenario.ScenarioRunner;
import com.aftersales.policy.scenario.TestSheets;
import com.aftersales.rules.RuleHarness;
import com.aftersales.web.JsonSetup;
import com.aftersales.workorder.IncidentRecordType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test scenarios shipped with the attendance revision pass against its own rules (plain JUnit). */
class ShippedScenariosTest {

    static final ScenarioRunner RUNNER = new ScenarioRunner(List.of(AttendanceRecordTypes.PUNCH,
            AttendanceRecordTypes.SHIFT, LeaveRecordType.INSTANCE, new IncidentRecordType(null)),
            RuleHarness.defaultDerivers(), JsonSetup.configure(new ObjectMapper()));

    @Test
    void theAttendanceScenariosFromTheHandbookExamplesAllPass() {
        RevisionFolders.Folder folder = RevisionFolders.latest(RuleHarness.RULES, "attendance");
        TestSheets.Parsed parsed = TestSheets.read(folder.files());
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.scenarios()).extracting(s -> s.id()).contains("EX-01", "EX-08", "EX-15", "EX-16");
        CompiledRuleBook book = RuleHarness.of("attendance").book();
        List<ScenarioResult> results = parsed.scenarios().stream().map(s -> RUNNER.run(s, "attendance",
                p -> List.of(new RuleBookWindow(p.atDay(1), p.atEndOfMonth(), book)))).toList();
        assertThat(results.stream().flatMap(r -> r.failures().stream()).toList()).isEmpty();
        assertThat(results).allMatch(ScenarioResult::passed);
    }
}
