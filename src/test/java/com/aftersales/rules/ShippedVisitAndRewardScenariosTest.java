package com.aftersales.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.policy.CompiledRuleBook;
import com.aftersales.policy.RevisionFolders;
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
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The visit and reward scenarios shipped with the visits and conduct revisions (EX-37, EX-47, EX-48)
 * pass (plain JUnit); the revisions' other scenarios are their own features' tests.
 */
class ShippedVisitAndRewardScenariosTest {

    private static ScenarioRunner runner() {
        List<FactDeriver> derivers = new ArrayList<>(RuleHarness.defaultDerivers());
        derivers.add(new VisitDeriver());
        derivers.add(new CommendationDeriver());
        return new ScenarioRunner(List.of(new VisitRecordType(null), new DeliveryRecordType(null),
                new CommendationRecordType(), new IncidentRecordType(null)), derivers,
                JsonSetup.configure(new ObjectMapper()));
    }

    @ParameterizedTest
    @CsvSource({"visits, EX-37a|EX-37b|EX-37c|EX-37d|EX-37e|EX-37f", "conduct, EX-47a|EX-47b|EX-47c|EX-48|EX-48b"})
    void theScenariosFromTheHandbookExamplesAllPass(String policy, String ids) {
        TestSheets.Parsed parsed = TestSheets.read(RevisionFolders.latest(RuleHarness.RULES, policy).files());
        assertThat(parsed.errors()).isEmpty();
        List<String> mine = List.of(ids.split("\\|"));
        assertThat(parsed.scenarios()).extracting(s -> s.id()).containsAll(mine);
        CompiledRuleBook book = RuleHarness.of("visits", "conduct").book();
        List<ScenarioResult> results = parsed.scenarios().stream().filter(s -> mine.contains(s.id()))
                .map(s -> runner().run(s, policy,
                p -> List.of(new RuleBookWindow(p.atDay(1), p.atEndOfMonth(), book)))).toList();
        assertThat(results.stream().flatMap(r -> r.failures().stream()).toList()).isEmpty();
        assertThat(results).allMatch(ScenarioResult::passed);
    }
}
