package com.aftersales.payroll;

import com.aftersales.policy.RevisionRef;
import com.aftersales.policy.RuleBookWindow;
import com.aftersales.policy.RuleBooks;
import com.aftersales.problem.ProblemException;
import com.aftersales.scoring.Person;
import com.aftersales.scoring.ScoredMonth;
import com.aftersales.scoring.Scoring;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Runs a month: scores every employee of the period (or of one branch) with the revisions in force,
 * a batch of employees at a time, writes each batch's lines as it goes, and switches the period's
 * statements to the new run only when all of it is written.
 */
@ApplicationScoped
public class RunService {

    private static final Logger LOG = Logger.getLogger(RunService.class);
    static final int BATCH = 200;

    private final RuleBooks ruleBooks;
    private final Scoring scoring;
    private final ResultWriter writer;
    private final RunStore runs;
    private final Clock clock;

    public RunService(RuleBooks ruleBooks, Scoring scoring, ResultWriter writer, RunStore runs) {
        this.ruleBooks = ruleBooks;
        this.scoring = scoring;
        this.writer = writer;
        this.runs = runs;
        this.clock = Clock.systemDefaultZone();
    }

    public RunView run(YearMonth period, String branch) {
        if (branch != null && !runs.branchExists(branch)) {
            throw ProblemException.badRequest("branch", "unknown branch " + branch);
        }
        List<RuleBookWindow> windows = ruleBooks.windows(period);
        List<RevisionRef> revisions = windows.stream().flatMap(w -> w.book().revisions().stream())
                .collect(() -> new TreeSet<RevisionRef>(Comparator.comparing(RevisionRef::policy)
                        .thenComparing(RevisionRef::effectiveFrom).thenComparing(RevisionRef::revision)),
                        TreeSet::add, TreeSet::addAll).stream().toList();
        List<Person> people = scoring.people(period, branch);
        String runId = UUID.randomUUID().toString();
        runs.start(runId, period, branch, people.size(), revisions, OffsetDateTime.now(clock));
        LocalDate asOf = LocalDate.now(clock);
        int lines = 0;
        try {
            for (int from = 0; from < people.size(); from += BATCH) {
                List<Person> batch = people.subList(from, Math.min(people.size(), from + BATCH));
                List<ScoredMonth> scored = scoring.score(period, batch, asOf, windows);
                lines += runs.writeBatch(runId, period, scored, writer);
                runs.progress(runId, from + batch.size(), lines);
            }
            runs.finish(runId, period, people.stream().map(Person::employeeId).toList(),
                    OffsetDateTime.now(clock));
        } catch (RuntimeException e) {
            LOG.errorf(e, "run %s of %s failed", runId, period);
            runs.fail(runId, e.getMessage());
            throw e;
        }
        return runs.view(runId);
    }
}
