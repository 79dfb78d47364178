package com.aftersales.payroll;

import com.aftersales.audit.AuditTrail;
import com.aftersales.period.Periods;
import com.aftersales.policy.RevisionRef;
import com.aftersales.policy.RuleBookPlan;
import com.aftersales.policy.RuleBookWindow;
import com.aftersales.policy.RuleBooks;
import com.aftersales.problem.ProblemException;
import com.aftersales.scoring.EmployeeMonth;
import com.aftersales.scoring.Person;
import com.aftersales.scoring.RuleFailure;
import com.aftersales.scoring.ScoredMonth;
import com.aftersales.scoring.Scoring;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs a month as a job. Starting a run fixes the revisions it scores with and its people, cut into partitions
 * of at most {@code app.runs.partition-size} employees, and answers at once; each partition is a job any instance
 * may execute (scored in parallel, written in one transaction); the last one written schedules the finish,
 * which switches the period's statements to the run in one transaction. Until then, and for ever if the run
 * fails, the statements of the previous run stay the period's.
 */
@ApplicationScoped
public class RunService {

    private static final Logger LOG = Logger.getLogger(RunService.class);

    private final RuleBooks ruleBooks;
    private final Scoring scoring;
    private final ResultWriter writer;
    private final RunStore runs;
    private final int partitionSize;
    private final Clock clock;
    private final Periods periods;
    private final AuditTrail audit;
    private final Adjustments adjustments;

    /** Records in any order: unresolved references are listed on the run and flag their employee REVIEW. */
    @jakarta.inject.Inject
    DataProblems problems;

    public RunService(RuleBooks ruleBooks, Scoring scoring, ResultWriter writer, RunStore runs,
            @ConfigProperty(name = "app.runs.partition-size", defaultValue = "250") int partitionSize,
            @ConfigProperty(name = "app.time-zone", defaultValue = "Asia/Shanghai") String zone, Periods periods,
            AuditTrail audit, Adjustments adjustments) {
        this.periods = periods;
        this.audit = audit;
        this.adjustments = adjustments;
        if (partitionSize < 1) {
            throw new IllegalArgumentException("app.runs.partition-size must be at least 1: " + partitionSize);
        }
        this.ruleBooks = ruleBooks;
        this.scoring = scoring;
        this.writer = writer;
        this.runs = runs;
        this.partitionSize = partitionSize;
        this.clock = Clock.system(ZoneId.of(zone));
    }

    /**
     * Starts a run of the period (of one branch, or all when null) and answers it RUNNING; 409 when another run
     * of the period is going, or no revision is in force.
     */
    public RunView start(YearMonth period, String branch) {
        if (branch != null && !runs.branchExists(branch)) {
            throw ProblemException.badRequest("branch", com.aftersales.problem.Text.of("clock.unknownBranch", branch));
        }
        if (periods.isClosed(period)) {
            throw ProblemException.conflict(com.aftersales.problem.Text.of("refusal.runClosed", period));
        }
        List<RuleBookPlan> plan = ruleBooks.plan(period);
        List<RevisionRef> revisions = revisionsOf(plan);
        List<String> people = scoring.people(period, branch).stream().map(Person::employeeId).toList();
        List<List<String>> partitions = new ArrayList<>();
        for (int from = 0; from < people.size(); from += partitionSize) {
            partitions.add(people.subList(from, Math.min(people.size(), from + partitionSize)));
        }
        String runId = UUID.randomUUID().toString();
        problems.resolve(runId, period, branch);
        runs.create(runId, period, branch, LocalDate.now(clock), plan, revisions, partitions, OffsetDateTime.now(clock));
        audit.record(AuditTrail.Change.of("STARTED", "run", runId, null, null).inPeriod(period)
                .concerning(people, null, null).withDetail(branch == null ? Map.of("employees", people.size())
                        : Map.of("branch", branch, "employees", people.size())));
        LOG.infof("run %s of %s%s: %d employees in %d partition(s)", runId, period,
                branch == null ? "" : " (" + branch + ")", people.size(), partitions.size());
        return runs.view(runId);
    }

    /** The revisions of a plan, each once, by policy, date and name (what a run names as its revisions). */
    public static List<RevisionRef> revisionsOf(List<RuleBookPlan> plan) {
        return plan.stream().flatMap(w -> w.revisions().stream())
                .collect(() -> new TreeSet<RevisionRef>(Comparator.comparing(RevisionRef::policy)
                        .thenComparing(RevisionRef::effectiveFrom).thenComparing(RevisionRef::revision)),
                        TreeSet::add, TreeSet::addAll).stream().toList();
    }

    /** Scores one partition of a run and writes it, unless it was written already or the run has ended. */
    public void scorePartition(String runId, int part, String instance) {
        RunStore.Partition p = runs.partition(runId, part).orElse(null);
        if (p == null || !p.due()) {
            return;
        }
        long t = System.nanoTime();
        runs.started(p, instance);
        List<RuleBookWindow> windows = ruleBooks.windows(p.plan());
        List<Person> people = scoring.peopleAmong(p.period(), p.employeeIds());
        long loading = System.nanoTime();
        List<EmployeeMonth> months = scoring.load(p.period(), people, p.asOf(), windows);
        long scoring = System.nanoTime();
        List<ScoredMonth> scored = problems.flag(runId, p.period(), this.scoring.score(months, windows));
        long writing = System.nanoTime();
        try {
            if (runs.writePartition(p, scored, instance, writer)) {
                long end = System.nanoTime();
                LOG.infof("run %s partition %d: %d employees in %d ms on %s (load %d, score %d, write %d ms)", runId,
                        part, people.size(), (end - t) / 1_000_000, instance, (scoring - loading) / 1_000_000,
                        (writing - scoring) / 1_000_000, (end - writing) / 1_000_000);
            }
        } catch (RunStore.RunEnded e) {
            LOG.infof("run %s ended while its partition %d was written; the partition is dropped", runId, part);
        }
    }

    /** Switches the period's statements to the run, once every partition is written. */
    public void finish(String runId) {
        if (runs.finish(runId, OffsetDateTime.now(clock))) {
            int adjusted = adjustments.write(runId);
            if (adjusted > 0) {
                LOG.infof("run %s: %d adjustment line(s) against what the last close of its period froze", runId,
                        adjusted);
            }
            RunView run = runs.view(runId);
            LOG.infof("run %s of %s done: %d employees, %d lines in %d ms", runId, run.period(), run.total(),
                    run.lines(), run.elapsedMs());
        }
    }

    /** A step of the run failed: the run fails with a problem saying why; the previous statements stay. */
    public void fail(String runId, String step, RuntimeException e) {
        Map<String, Object> problem = new LinkedHashMap<>();
        String detail;
        if (e instanceof RuleFailure || e instanceof ProblemException) {
            int status = e instanceof ProblemException p ? p.status() : 500;
            detail = e.getMessage();
            problem.put("type", "about:blank#" + status);
            problem.put("title", e instanceof RuleFailure ? "A rule of the rule book failed" : ((ProblemException) e).title());
            problem.put("status", status);
            problem.put("detail", "计算失败 / the run failed: " + detail);
        } else {
            String errorId = UUID.randomUUID().toString();
            detail = "an unexpected error, logged under error id " + errorId;
            problem.put("type", "about:blank#500");
            problem.put("title", "Internal server error");
            problem.put("status", 500);
            problem.put("detail", "计算因内部错误失败,错误编号 " + errorId + " / the run failed on an unexpected error; it "
                    + "was logged under error id " + errorId + ": quote it when you report the problem");
            problem.put("errorId", errorId);
        }
        problem.put("step", step);
        LOG.errorf(e, "run %s failed at %s: %s", runId, step, detail);
        runs.fail(runId, detail, problem);
    }

    /** Waits until the run has ended (for callers that need its result, e.g. the sample company's months). */
    public RunView await(String runId, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        RunView run = runs.view(runId);
        while (RunView.RUNNING.equals(run.status()) && System.nanoTime() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            run = runs.view(runId);
        }
        return run;
    }
}
