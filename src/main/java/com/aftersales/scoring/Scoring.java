package com.aftersales.scoring;

import com.aftersales.policy.CompiledRuleBook;
import com.aftersales.policy.RuleBookWindow;
import com.aftersales.record.RecordKinds;
import com.aftersales.record.RecordType;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The scoring path every caller shares — month runs, previews, a revision's test scenarios and the
 * branch KPI: who is scored, fetching a batch of employee-months' inputs, assembling and scoring them
 * ({@link MonthScorer}), and scoring a branch-month. Callers choose the batches (bounded, e.g. 200
 * employees), how many run at once and which partition of the people (by branch, by employee hash);
 * each batch is independent of the others.
 */
@ApplicationScoped
public class Scoring {

    private final MonthLoader loader;
    private final MonthScorer months;
    private final BranchMonthScorer branches;

    public Scoring(MonthLoader loader, @All List<RecordType<?>> kinds, @All List<FactDeriver> derivers,
            @All List<BranchFactDeriver> branchDerivers) {
        this.loader = loader;
        this.months = new MonthScorer(new RecordKinds(kinds), derivers);
        List<BranchFactDeriver> ordered = new ArrayList<>(branchDerivers);
        ordered.sort(Comparator.comparing(d -> d.getClass().getName()));
        this.branches = new BranchMonthScorer(ordered);
    }

    /** The pure part, for callers that bring their own inputs (test scenarios). */
    public MonthScorer months() {
        return months;
    }

    /** The employees a run of {@code period} scores (of one branch, or all when null), in id order. */
    public List<Person> people(YearMonth period, String branch) {
        return loader.people(period, branch);
    }

    /** Those of {@code ids} a run of {@code period} scores, in id order (a partition of a run). */
    public List<Person> peopleAmong(YearMonth period, Collection<String> ids) {
        return loader.peopleAmong(period, ids);
    }

    /** The employee-months of a batch of people, fetched and assembled. */
    public List<EmployeeMonth> load(YearMonth period, List<Person> batch, LocalDate asOf, List<RuleBookWindow> windows) {
        MonthInputs inputs = loader.fetch(months.plan(windows, period), months.kinds(), batch, asOf);
        return months.assemble(inputs, windows);
    }

    /** A batch of people's months, fetched, assembled and scored; in the batch's order. */
    public List<ScoredMonth> score(YearMonth period, List<Person> batch, LocalDate asOf, List<RuleBookWindow> windows) {
        return months.score(load(period, batch, asOf, windows), windows);
    }

    /** Scores months already loaded (e.g. twice, with two sets of windows, as a preview does). */
    public List<ScoredMonth> score(List<EmployeeMonth> loaded, List<RuleBookWindow> windows) {
        return months.score(loaded, windows);
    }

    /** One branch-month with the rule book in force on its last day. */
    public ScoredBranch scoreBranch(BranchMonth month, CompiledRuleBook book) {
        return branches.score(month, book);
    }
}
