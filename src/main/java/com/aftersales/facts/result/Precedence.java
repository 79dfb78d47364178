package com.aftersales.facts.result;

import com.aftersales.facts.functions.Money;
import com.aftersales.facts.input.RecordRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.kie.api.runtime.rule.RuleContext;

/**
 * One row of the G-9 precedence table: which documents (policy ids, first governs) decide the
 * conducts it lists ({@code *} for any conduct no other row lists), and why. The static functions
 * are the one-charge-per-occurrence step (G-7, G-9) that the precedence rule calls for two lines
 * charging the same conduct of the same occurrence.
 */
public final class Precedence {

    /** The flag raised when two documents charged the same conduct of one occurrence. */
    public static final String COLLISION = "CONDUCT_COLLISION";

    private final Set<String> conducts;
    private final List<String> order;
    private final String reason;

    private Precedence(Set<String> conducts, List<String> order, String reason) {
        this.conducts = conducts;
        this.order = order;
        this.reason = reason;
    }

    /** Starts a row: the conduct keys it governs, comma-separated, or {@code *}. */
    public static Builder conducts(String list) {
        return new Builder(list);
    }

    /** Builds a row cell by cell from a decision-table row. */
    public static final class Builder {
        private final Set<String> conducts;
        private List<String> order = List.of();

        private Builder(String list) {
            this.conducts = split(list).stream().filter(c -> !c.equals("*")).collect(Collectors.toCollection(TreeSet::new));
        }

        /** The documents (policy ids) in order of precedence, comma-separated. */
        public Builder order(String list) {
            this.order = split(list);
            return this;
        }

        public Precedence because(String reason) {
            return new Precedence(Set.copyOf(conducts), order, reason.trim());
        }
    }

    public Set<String> getConducts() { return conducts; }
    public List<String> getOrder() { return order; }
    public String getReason() { return reason; }
    /** The row for any conduct no other row lists. */
    public boolean isDefault() { return conducts.isEmpty(); }

    public boolean covers(String conduct) {
        return conducts.isEmpty() || conducts.contains(conduct);
    }

    /** The position of a document in this row's order; documents not listed come after, by name. */
    int rank(String policy) {
        int i = order.indexOf(policy);
        return i < 0 ? order.size() : i;
    }

    /** The row that governs a conduct: one that lists it, else a default row; null when none. */
    public static Precedence governing(Collection<Precedence> rows, String conduct) {
        return rows.stream().filter(r -> r.covers(conduct))
                .min(Comparator.comparing(Precedence::isDefault).thenComparing(r -> String.join(",", r.order))
                        .thenComparing(Precedence::getReason))
                .orElse(null);
    }

    /** Whether line {@code a} is kept rather than line {@code b} (a strict order: never both ways). */
    public static boolean prefers(Collection<Precedence> rows, Line a, Line b) {
        Precedence p = governing(rows, a.getConduct());
        int ra = p == null ? 0 : p.rank(a.getPolicy());
        int rb = p == null ? 0 : p.rank(b.getPolicy());
        if (ra != rb) {
            return ra < rb;
        }
        int c = TIE.compare(a, b);
        return c != 0 ? c < 0 : System.identityHashCode(a) < System.identityHashCode(b);
    }

    private static final Comparator<Line> TIE = Comparator.comparing(Line::getPolicy)
            .thenComparing(Line::getAmount, Comparator.reverseOrder())
            .thenComparing(Line::getRuleName)
            .thenComparing(l -> l.getRecords().toString())
            .thenComparing(Line::getArithmetic)
            .thenComparing(l -> String.valueOf(l.getNote()));

    /**
     * The facts that replace {@code kept} and {@code dropped}: the kept line, saying what it stands
     * for, and, when two documents collided, a {@link ConductCollision} (a {@value #COLLISION} flag where
     * the revision's switch asks for one).
     */
    public static List<Object> resolve(RuleContext k, Collection<Precedence> rows, Line kept, Line dropped) {
        List<Object> out = new ArrayList<>();
        String occurrence = kept.getConduct() + " (" + kept.getOccurrenceKey() + ")";
        if (kept.getPolicy().equals(dropped.getPolicy())) {
            out.add(kept.absorbing(dropped.getRecords(), List.of(),
                    "G-7: one occurrence of " + occurrence + ", also found on " + dropped.getRecords()));
            return out;
        }
        Precedence p = governing(rows, kept.getConduct());
        String why = p == null ? "no G-9 precedence row covers " + kept.getConduct() + "; documents taken by name"
                : p.getReason();
        String other = dropped.getPolicy() + " " + dropped.getRuleId() + " " + Money.yuan(dropped.getAmount());
        out.add(kept.absorbing(List.of(), List.of(new Value("notApplied", other)),
                "G-9: " + occurrence + " is also charged by " + other + ", which does not apply: " + why));
        List<RecordRef> refs = new ArrayList<>(kept.getRecords());
        refs.addAll(dropped.getRecords());
        String detail = occurrence + " charged by " + kept.getPolicy() + " " + kept.getRuleId() + " "
                + Money.yuan(kept.getAmount()) + " and by " + other + ": charged once, under " + kept.getPolicy()
                + " (G-9: " + why + ")";
        out.add(new ConductCollision(kept.getEmployeeId(), kept.getDate(), detail, refs));
        return out;
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split("[,,\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return "Precedence " + (conducts.isEmpty() ? "*" : conducts) + " → " + order;
    }
}
