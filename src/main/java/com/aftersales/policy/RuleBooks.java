package com.aftersales.policy;

import com.aftersales.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Which revisions are in force on which days. A revision is in force from its effective date until
 * the next active revision of its policy takes effect; a period splits into windows wherever the
 * set changes, and each window gets the rule book of its set (compiled once, cached).
 */
@ApplicationScoped
public class RuleBooks {

    private final PolicyStore store;
    private final RuleBookCache cache;

    public RuleBooks(PolicyStore store, RuleBookCache cache) {
        this.store = store;
        this.cache = cache;
    }

    /** The rule-book windows of a period, using the active revisions. */
    public List<RuleBookWindow> windows(YearMonth period) {
        return windows(period, Map.of());
    }

    /**
     * The windows of a period with some revisions put in place of those in force, e.g. a candidate
     * in a preview: {@code replace} maps a policy to the revision that stands in for it all month.
     */
    public List<RuleBookWindow> windows(YearMonth period, Map<String, PolicyRevision> replace) {
        // revisions are read in a transaction; rule books are compiled after it, since a compile can take
        // longer than a transaction may last on a busy machine
        return sets(period, replace).stream()
                .map(w -> new RuleBookWindow(w.from(), w.to(), cache.get(w.revisions()))).toList();
    }

    /**
     * The windows of a period and the revisions in force over each, without compiling anything: what a run
     * fixes when it starts, so that every partition of it scores with the same revisions whatever is
     * activated meanwhile. 409 when no revision is in force on some day of the period.
     */
    @Transactional
    public List<RuleBookPlan> plan(YearMonth period) {
        return spans(period, Map.of()).stream().map(s -> new RuleBookPlan(s.from(), s.to(),
                s.revisions().stream().map(r -> r.id).toList(), s.revisions().stream().map(PolicyRevision::ref).toList()))
                .toList();
    }

    /** The windows of a plan, their rule books compiled (outside any transaction) or taken from the cache. */
    public List<RuleBookWindow> windows(List<RuleBookPlan> plan) {
        return loaded(plan).stream().map(w -> new RuleBookWindow(w.from(), w.to(), cache.get(w.revisions()))).toList();
    }

    /** Whether the rule books of a plan are compiled and cached. */
    public boolean compiled(List<RuleBookPlan> plan) {
        return loaded(plan).stream().allMatch(w -> cache.holds(w.revisions()));
    }

    /** The days of a window and the revisions (with their files) in force over them. */
    record Planned(LocalDate from, LocalDate to, List<LoadedRevision> revisions) {
    }

    /** The days of a window and the stored revisions in force over them. */
    private record Span(LocalDate from, LocalDate to, List<PolicyRevision> revisions) {
    }

    @Transactional
    List<Planned> sets(YearMonth period, Map<String, PolicyRevision> replace) {
        return spans(period, replace).stream().map(s -> new Planned(s.from(), s.to(),
                s.revisions().stream().map(store::load).toList())).toList();
    }

    @Transactional
    List<Planned> loaded(List<RuleBookPlan> plan) {
        return plan.stream().map(w -> {
            List<LoadedRevision> revisions = new ArrayList<>();
            for (int i = 0; i < w.revisionIds().size(); i++) {
                PolicyRevision r = PolicyRevision.findById(w.revisionIds().get(i));
                if (r == null) {
                    throw new IllegalStateException("revision " + w.revisions().get(i) + " of a run's plan is gone");
                }
                revisions.add(new LoadedRevision(w.revisions().get(i), store.load(r).files()));
            }
            return new Planned(w.from(), w.to(), revisions);
        }).toList();
    }

    private List<Span> spans(YearMonth period, Map<String, PolicyRevision> replace) {
        Map<String, List<PolicyRevision>> byPolicy = PolicyRevision.active().stream()
                .collect(Collectors.groupingBy(r -> r.policyId, LinkedHashMap::new, Collectors.toList()));
        replace.forEach((policy, r) -> byPolicy.put(policy, List.of(r)));
        List<Span> windows = new ArrayList<>();
        List<PolicyRevision> current = null;
        LocalDate start = null;
        for (LocalDate d = period.atDay(1); !d.isAfter(period.atEndOfMonth()); d = d.plusDays(1)) {
            List<PolicyRevision> set = inForce(byPolicy, d, replace);
            if (current == null || !ids(set).equals(ids(current))) {
                if (current != null) {
                    windows.add(span(start, d.minusDays(1), current));
                }
                current = set;
                start = d;
            }
        }
        windows.add(span(start, period.atEndOfMonth(), current));
        return windows;
    }

    /** The revision of each policy in force on {@code day}. */
    @Transactional
    public List<PolicyRevision> inForce(LocalDate day) {
        Map<String, List<PolicyRevision>> byPolicy = PolicyRevision.active().stream()
                .collect(Collectors.groupingBy(r -> r.policyId, LinkedHashMap::new, Collectors.toList()));
        return inForce(byPolicy, day, Map.of());
    }

    private static List<PolicyRevision> inForce(Map<String, List<PolicyRevision>> byPolicy, LocalDate day,
            Map<String, PolicyRevision> replace) {
        List<PolicyRevision> set = new ArrayList<>();
        byPolicy.forEach((policy, revisions) -> {
            if (replace.containsKey(policy)) {
                set.add(replace.get(policy));
                return;
            }
            revisions.stream().filter(r -> !r.effectiveFrom.isAfter(day))
                    .max(Comparator.comparing((PolicyRevision r) -> r.effectiveFrom)
                            .thenComparing(r -> r.activatedAt == null ? r.createdAt : r.activatedAt)
                            .thenComparing(r -> r.id))
                    .ifPresent(set::add);
        });
        return set;
    }

    private static Span span(LocalDate from, LocalDate to, List<PolicyRevision> set) {
        if (set.isEmpty()) {
            throw ProblemException.conflict(com.aftersales.problem.Text.of("run.noRevision", from));
        }
        return new Span(from, to, List.copyOf(set));
    }

    private static List<Long> ids(List<PolicyRevision> set) {
        return set.stream().map(r -> r.id).filter(Objects::nonNull).toList();
    }
}
