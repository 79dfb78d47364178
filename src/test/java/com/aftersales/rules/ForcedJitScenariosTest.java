package com.aftersales.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.attendance.AttendanceRecordTypes;
import com.aftersales.leave.LeaveRecordType;
import com.aftersales.policy.CompiledRuleBook;
import com.aftersales.policy.LoadedRevision;
import com.aftersales.policy.RevisionFolders;
import com.aftersales.policy.RuleBookCompiler;
import com.aftersales.policy.scenario.Scenario;
import com.aftersales.policy.scenario.ScenarioResult;
import com.aftersales.policy.scenario.ScenarioRunner;
import com.aftersales.policy.scenario.TestSheets;
import com.aftersales.reward.CommendationDeriver;
import com.aftersales.reward.CommendationRecordType;
import com.aftersales.scoring.FactDeriver;
import com.aftersales.policy.RuleBookWindow;
import com.aftersales.visit.DeliveryRecordType;
import com.aftersales.visit.VisitDeriver;
import com.aftersales.visit.VisitRecordType;
import com.aftersales.web.JsonSetup;
import com.aftersales.workorder.IncidentRecordType;
import com.aftersales.workorder.WorkOrderDeriver;
import com.aftersales.workorder.WorkOrderRecordType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped revision survives MVEL's constraint JIT (apache/incubator-kie-drools#6711): compiled with
 * the JIT at the first evaluation of every constraint, so that a constraint the jitted code cannot run
 * fails here at once instead of after ~20 evaluations in a month at volume, the handbook examples of each
 * revision's Tests sheets give the amounts they give with the JIT off.
 */
class ForcedJitScenariosTest {

    private static final RuleBookCompiler FORCED = new RuleBookCompiler()
            .withJittingThreshold(RuleBookCompiler.JIT_AT_FIRST_EVALUATION);

    private static final ScenarioRunner RUNNER = runner();
    /** Rule books by their revisions' hashes: one compile for every revision folder of the same set. */
    private static final Map<String, CompiledRuleBook> BOOKS = new ConcurrentHashMap<>();

    private static ScenarioRunner runner() {
        List<FactDeriver> derivers = new ArrayList<>(RuleHarness.defaultDerivers());
        derivers.add(new WorkOrderDeriver());
        derivers.add(new VisitDeriver());
        derivers.add(new CommendationDeriver());
        return new ScenarioRunner(List.of(AttendanceRecordTypes.PUNCH, AttendanceRecordTypes.SHIFT,
                LeaveRecordType.INSTANCE, new IncidentRecordType(null), new WorkOrderRecordType(),
                new VisitRecordType(null), new DeliveryRecordType(null), new CommendationRecordType()), derivers,
                JsonSetup.configure(new ObjectMapper()));
    }

    /** Each shipped revision folder, in a rule book with the newest revision of every other policy. */
    static Stream<Arguments> shippedRevisions() {
        Map<String, List<RevisionFolders.Folder>> all = RevisionFolders.read(RuleHarness.RULES);
        List<Arguments> out = new ArrayList<>();
        all.forEach((policy, folders) -> folders.forEach(f -> {
            Map<String, LoadedRevision> book = new LinkedHashMap<>();
            all.keySet().forEach(p -> book.put(p, RevisionFolders.loaded(RevisionFolders.latest(RuleHarness.RULES, p))));
            book.put(policy, RevisionFolders.loaded(f));
            out.add(Arguments.of(policy + "@" + f.path().getFileName(), f, List.copyOf(book.values())));
        }));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedRevisions")
    void theTestsSheetScenariosPassWithEveryConstraintJitted(String name, RevisionFolders.Folder folder,
            List<LoadedRevision> revisions) {
        String policy = name.substring(0, name.indexOf('@'));
        TestSheets.Parsed parsed = TestSheets.read(folder.files());
        assertThat(parsed.errors()).isEmpty();
        List<Scenario> scenarios = parsed.scenarios();
        assertThat(scenarios).as("the Tests sheets of " + name).isNotEmpty();
        String key = revisions.stream().map(r -> r.files().sha256()).sorted().toList().toString();
        CompiledRuleBook book = BOOKS.computeIfAbsent(key, k -> FORCED.compile(revisions));
        List<ScenarioResult> results = scenarios.stream().map(s -> RUNNER.run(s, policy,
                p -> List.of(new RuleBookWindow(p.atDay(1), p.atEndOfMonth(), book)))).toList();
        assertThat(results.stream().flatMap(r -> r.failures().stream().map(f -> r.scenario() + " " + f)).toList())
                .isEmpty();
        assertThat(results).allMatch(ScenarioResult::passed);
    }
}
