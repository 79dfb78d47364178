package com.aftersales.scoring;

import com.aftersales.policy.RuleBookWindow;
import com.aftersales.facts.result.Flag;
import com.aftersales.facts.result.Line;
import com.aftersales.facts.input.Month;
import com.aftersales.facts.result.RecordDecision;
import com.aftersales.facts.input.RecordRef;
import com.aftersales.policy.CompiledRuleBook;
import com.aftersales.policy.RevisionRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Scores one employee-month: derives its facts once (first-stage derivers, a firing that collects
 * the rules' decisions about records with the rule book of the month's last day, then the other
 * derivers), fires them in one session per rule-book window of the period, keeps each line and flag
 * from the window its date falls in, and sorts the results into a total order. Plain Java,
 * thread-safe, no I/O.
 */
public final class EmployeeMonthScorer {

    public static final Comparator<ScoredLine> LINE_ORDER = Comparator
            .comparing((ScoredLine s) -> s.employeeId())
            .thenComparing(s -> s.line().getDate())
            .thenComparing(s -> s.line().getRuleId())
            .thenComparing(s -> recordKey(s.line().getRecords()))
            .thenComparing(s -> s.line().getDirection())
            .thenComparing(s -> s.line().getComponent())
            .thenComparing(s -> s.line().getAmount())
            .thenComparing(s -> s.line().getArithmetic());

    public static final Comparator<ScoredFlag> FLAG_ORDER = Comparator
            .comparing((ScoredFlag s) -> s.employeeId())
            .thenComparing(s -> s.flag().getDate())
            .thenComparing(s -> s.flag().getRuleId())
            .thenComparing(s -> s.flag().getCode())
            .thenComparing(s -> recordKey(s.flag().getRecords()))
            .thenComparing(s -> s.flag().getDetail());

    private final List<FactDeriver> derivers;

    public EmployeeMonthScorer(List<FactDeriver> derivers) {
        this.derivers = List.copyOf(derivers);
    }

    public ScoredMonth score(EmployeeMonth month, List<RuleBookWindow> windows) {
        List<Object> facts = new ArrayList<>();
        LocalDate first = month.period().atDay(1);
        LocalDate last = month.period().atEndOfMonth();
        derivers.stream().filter(FactDeriver::firstStage).forEach(d -> d.derive(month, facts::add));
        EmployeeMonth decided = facts.isEmpty() || windows.isEmpty() ? month
                : month.withDecisions(new Decisions(RuleSessions.collect(windows.get(windows.size() - 1).book(), facts,
                        new Month(month.period(), first, last), RecordDecision.class)));
        derivers.stream().filter(d -> !d.firstStage()).forEach(d -> d.derive(decided, facts::add));
        List<ScoredLine> lines = new ArrayList<>();
        List<ScoredFlag> flags = new ArrayList<>();
        for (RuleBookWindow w : windows) {
            LocalDate from = w.from().isBefore(first) ? first : w.from();
            LocalDate to = w.to().isAfter(last) ? last : w.to();
            if (from.isAfter(to)) {
                continue;
            }
            Fired fired = fire(w.book(), facts, new Month(month.period(), from, to));
            for (Line l : fired.lines()) {
                if (!l.getDate().isBefore(from) && !l.getDate().isAfter(to)) {
                    lines.add(new ScoredLine(target(l.getEmployeeId(), month), l, revision(w.book(), l.getPolicy()),
                            w.book()));
                }
            }
            for (Flag f : fired.flags()) {
                if (!f.getDate().isBefore(from) && !f.getDate().isAfter(to)) {
                    flags.add(new ScoredFlag(target(f.getEmployeeId(), month), f, revision(w.book(), f.getPolicy())));
                }
            }
        }
        lines.sort(LINE_ORDER);
        flags.sort(FLAG_ORDER);
        return new ScoredMonth(month.employeeId(), lines, flags);
    }

    /** Fires the facts in a fresh session of the rule book and collects the result facts. */
    public static Fired fire(CompiledRuleBook book, List<Object> facts, Month window) {
        return RuleSessions.fire(book, facts, window, session -> {
            List<Line> lines = new ArrayList<>();
            List<Flag> flags = new ArrayList<>();
            for (Object o : session.getObjects(o -> o instanceof Line || o instanceof Flag)) {
                if (o instanceof Line l) {
                    lines.add(l);
                } else {
                    flags.add((Flag) o);
                }
            }
            return new Fired(lines, flags);
        });
    }

    /** The result facts of one session. */
    public record Fired(List<Line> lines, List<Flag> flags) {
    }

    private static String target(String explicit, EmployeeMonth month) {
        return explicit == null ? month.employeeId() : explicit;
    }

    private static RevisionRef revision(CompiledRuleBook book, String policy) {
        return book.revisionOf(policy).orElseThrow(() ->
                new IllegalStateException("a rule in package " + policy + " belongs to no revision of the rule book"));
    }

    private static String recordKey(List<RecordRef> records) {
        return records.stream().map(RecordRef::toString).collect(Collectors.joining(","));
    }
}
