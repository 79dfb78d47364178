package com.aftersales.policy.scenario;

import com.aftersales.policy.PolicyRevision;
import com.aftersales.policy.PolicyStore;
import com.aftersales.policy.RevisionFiles;
import com.aftersales.policy.RuleBooks;
import com.aftersales.scoring.Scoring;
import com.aftersales.policy.RuleBookWindow;
import com.aftersales.problem.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs a revision's test scenarios inside the service, on the scoring path of month runs: each
 * scenario's month is scored with the revision in place of its policy's revisions and the other
 * policies' revisions in force that month.
 */
@ApplicationScoped
public class Scenarios {

    private final ScenarioRunner runner;
    private final RuleBooks ruleBooks;
    private final PolicyStore store;

    public Scenarios(Scoring scoring, ObjectMapper json, RuleBooks ruleBooks, PolicyStore store) {
        this.runner = new ScenarioRunner(scoring.months(), json);
        this.ruleBooks = ruleBooks;
        this.store = store;
    }

    /** The outcome of a revision's scenarios; {@code errors} are scenarios that could not even be read. */
    public record TestRun(int total, int passed, List<ScenarioResult> results, List<ApiError> errors) {

        public List<ApiError> failures() {
            List<ApiError> out = new ArrayList<>(errors);
            results.stream().filter(r -> !r.passed()).forEach(r -> out.addAll(r.failures()));
            return out;
        }

        public boolean ok() {
            return failures().isEmpty();
        }
    }

    /** Runs the scenarios of a stored revision. */
    public TestRun run(PolicyRevision r) {
        RevisionFiles files = store.load(r).files();
        return run(files, period -> ruleBooks.windows(period, Map.of(r.policyId, r)));
    }

    /** Runs the scenarios of some files with the windows given for each period. */
    public TestRun run(RevisionFiles files, Function<YearMonth, List<RuleBookWindow>> windows) {
        TestSheets.Parsed parsed = TestSheets.read(files);
        List<ScenarioResult> results = parsed.scenarios().stream()
                .map(s -> runner.run(s, files.policy(), windows)).toList();
        int passed = (int) results.stream().filter(ScenarioResult::passed).count();
        return new TestRun(results.size(), passed, results, parsed.errors());
    }

    /** Form problems of the scenarios (rows that cannot be read, records that cannot be built). */
    public List<ApiError> check(RevisionFiles files) {
        TestSheets.Parsed parsed = TestSheets.read(files);
        List<ApiError> out = new ArrayList<>(parsed.errors());
        parsed.scenarios().forEach(s -> out.addAll(runner.prepare(s).errors()));
        return out;
    }
}
