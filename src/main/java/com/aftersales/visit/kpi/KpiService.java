package com.aftersales.visit.kpi;

import com.aftersales.calendar.CalendarService;
import com.aftersales.calendar.WorkCalendar;
import com.aftersales.policy.CompiledRuleBook;
import com.aftersales.policy.RevisionRef;
import com.aftersales.policy.RuleBooks;
import com.aftersales.scoring.Scoring;
import com.aftersales.policy.RuleBookWindow;
import com.aftersales.visit.BranchDirectory;
import com.aftersales.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The visit KPI of a month, computed on demand for each branch with the visits rule book in force
 * on the month's last day. The same records, revisions and as-of day give the same answer.
 */
@ApplicationScoped
public class KpiService {

    private final RuleBooks ruleBooks;
    private final KpiLoader loader;
    private final BranchDirectory branches;
    private final CalendarService calendars;
    private final Scoring scoring;
    private final Clock clock = Clock.systemDefaultZone();

    public KpiService(RuleBooks ruleBooks, KpiLoader loader, BranchDirectory branches, CalendarService calendars,
            Scoring scoring) {
        this.ruleBooks = ruleBooks;
        this.loader = loader;
        this.branches = branches;
        this.calendars = calendars;
        this.scoring = scoring;
    }

    @Transactional
    public List<KpiView> kpi(YearMonth period, String branch, LocalDate asOf, boolean issuesOnly) {
        if (branch != null && !branches.exists(branch)) {
            throw ProblemException.badRequest("branch", com.aftersales.problem.Text.of("clock.unknownBranch", branch));
        }
        List<RuleBookWindow> windows = ruleBooks.windows(period);
        CompiledRuleBook book = windows.get(windows.size() - 1).book();
        RevisionRef revision = book.revisionOf("visits").orElseThrow(() -> ProblemException.conflict(
                com.aftersales.problem.Text.of("kpi.noRevision", period.atEndOfMonth())));
        BigDecimal target = book.params().has("P_SAT_TARGET") ? book.params().decimal("P_SAT_TARGET") : null;
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        WorkCalendar calendar = calendars.between(period.atDay(1).minusMonths(2), period.atEndOfMonth().plusMonths(3));
        List<KpiView> out = new ArrayList<>();
        for (String b : branch == null ? branches.ids() : List.of(branch)) {
            out.add(KpiView.of(scoring.scoreBranch(loader.load(b, period, day, calendar, book.params()), book), day, target, revision,
                    issuesOnly));
        }
        return out;
    }
}
