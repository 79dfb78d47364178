package com.aftersales.scoring;

import com.aftersales.policy.RuleBookWindow;
import com.aftersales.record.RecordKinds;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one scoring path of employee-months, without I/O: assembles months from {@link MonthInputs}
 * (fetched by a run, or built by a test scenario) and scores them with the rule-book windows of their
 * period, in parallel; results come back in the order of the inputs' people. Derivers run in the order
 * of their class names, whoever lists them. Thread-safe; a run calls it once per bounded batch.
 */
public final class MonthScorer {

    private final RecordKinds kinds;
    private final MonthAssembly assembly;
    private final EmployeeMonthScorer scorer;

    public MonthScorer(RecordKinds kinds, List<FactDeriver> derivers) {
        this.kinds = kinds;
        this.assembly = new MonthAssembly(kinds);
        List<FactDeriver> ordered = new ArrayList<>(derivers);
        ordered.sort(Comparator.comparing(d -> d.getClass().getName()));
        this.scorer = new EmployeeMonthScorer(ordered);
    }

    public RecordKinds kinds() {
        return kinds;
    }

    /** What a period's months load and hold under its rule-book windows. */
    public LoadPlan plan(List<RuleBookWindow> windows, YearMonth period) {
        return LoadPlan.of(period, windows, kinds);
    }

    /** The employee-months of the inputs, in the order of their people. */
    public List<EmployeeMonth> assemble(MonthInputs inputs, List<RuleBookWindow> windows) {
        return assembly.assemble(inputs, plan(windows, inputs.period()));
    }

    /** Assembles and scores the inputs' months. */
    public List<ScoredMonth> score(MonthInputs inputs, List<RuleBookWindow> windows) {
        return score(assemble(inputs, windows), windows);
    }

    /** Scores months of one period in parallel; the results in the months' order. */
    public List<ScoredMonth> score(List<EmployeeMonth> months, List<RuleBookWindow> windows) {
        return months.parallelStream().map(m -> scorer.score(m, windows)).toList();
    }
}
