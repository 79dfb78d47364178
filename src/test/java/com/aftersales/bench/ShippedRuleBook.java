package com.aftersales.bench;

import com.aftersales.attendance.AttendanceDeriver;
import com.aftersales.facts.input.Month;
import com.aftersales.facts.result.RecordDecision;
import com.aftersales.leave.LeaveDeriver;
import com.aftersales.policy.CompiledRuleBook;
import com.aftersales.policy.LoadedRevision;
import com.aftersales.policy.RevisionFolders;
import com.aftersales.reward.CommendationDeriver;
import com.aftersales.scoring.Decisions;
import com.aftersales.scoring.EmployeeMonth;
import com.aftersales.scoring.EmployeeMonthScorer;
import com.aftersales.scoring.RuleSessions;
import com.aftersales.scoring.FactDeriver;
import com.aftersales.scoring.ProfileDeriver;
import com.aftersales.visit.VisitDeriver;
import com.aftersales.workorder.IncidentDeriver;
import com.aftersales.workorder.WorkOrderDeriver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What the benchmarks score with: the newest shipped revision of every policy and the derivers of a run. */
final class ShippedRuleBook {

    static final Path RULES = Path.of("rules");
    static final List<String> POLICIES = List.of("attendance", "commission", "complaints", "conduct", "visits");

    private ShippedRuleBook() {
    }

    static List<LoadedRevision> revisions() {
        return POLICIES.stream().map(p -> RevisionFolders.loaded(RevisionFolders.latest(RULES, p))).toList();
    }

    /** Every fact deriver, in the order RunService puts the CDI beans (by class name). */
    static List<FactDeriver> derivers() {
        List<FactDeriver> all = new ArrayList<>(List.of(new ProfileDeriver(), new AttendanceDeriver(),
                new IncidentDeriver(), new LeaveDeriver(), new WorkOrderDeriver(), new VisitDeriver(),
                new CommendationDeriver()));
        all.sort(Comparator.comparing(d -> d.getClass().getName()));
        return all;
    }

    /**
     * The facts a month's session receives (derived facts, the parameters and the window), counted the way
     * {@link EmployeeMonthScorer#score} derives them.
     */
    static int facts(EmployeeMonth month, List<FactDeriver> derivers, CompiledRuleBook book) {
        List<Object> facts = new ArrayList<>();
        Month window = new Month(month.period(), month.period().atDay(1), month.period().atEndOfMonth());
        derivers.stream().filter(FactDeriver::firstStage).forEach(d -> d.derive(month, facts::add));
        EmployeeMonth decided = facts.isEmpty() ? month : month.withDecisions(
                new Decisions(RuleSessions.collect(book, facts, window, RecordDecision.class)));
        derivers.stream().filter(d -> !d.firstStage()).forEach(d -> d.derive(decided, facts::add));
        return facts.size() + book.parameters().size() + 1;
    }
}
