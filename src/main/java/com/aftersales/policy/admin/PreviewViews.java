package com.aftersales.policy.admin;

import com.aftersales.facts.result.Direction;
import com.aftersales.facts.result.Line;
import com.aftersales.facts.functions.Money;
import com.aftersales.facts.input.RecordRef;
import com.aftersales.policy.PolicyRevision;
import com.aftersales.scoring.ScoredLine;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The shapes of a preview and the comparison of two scorings of the same period. */
public final class PreviewViews {

    private PreviewViews() {
    }

    /** GET .../preview: who changes, how, and per rule. Money as strings with two decimals. */
    public record Result(String policyId, String revision, String period, List<String> inForce, int employeesScored,
            int employeesChanged, List<Employee> employees, List<Rule> rules) {
    }

    /** Totals of one employee's lines. */
    public record Totals(String deduct, String pay, String net) {
    }

    /** One employee whose result changes. */
    public record Employee(String employeeId, String name, Totals before, Totals after, String difference,
            List<LineChange> lines) {
    }

    /** A line added, removed or with a changed amount. */
    public record LineChange(String change, String ruleId, String date, String direction, List<String> records,
            String before, String after, String revisionBefore, String revisionAfter, String arithmetic) {
    }

    /** The change of one rule over the period. */
    public record Rule(String ruleId, int linesBefore, int linesAfter, String amountBefore, String amountAfter,
            String difference, int employees) {
    }

    static Result compare(PolicyRevision candidate, YearMonth period, int scored, Map<String, String> names,
            Map<String, List<ScoredLine>> before, Map<String, List<ScoredLine>> after, List<String> inForce) {
        Set<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        List<Employee> employees = new ArrayList<>();
        Map<String, RuleSum> rules = new TreeMap<>();
        for (String id : ids) {
            List<ScoredLine> b = before.getOrDefault(id, List.of());
            List<ScoredLine> a = after.getOrDefault(id, List.of());
            b.forEach(l -> rules.computeIfAbsent(l.line().getRuleId(), RuleSum::new).before(l));
            a.forEach(l -> rules.computeIfAbsent(l.line().getRuleId(), RuleSum::new).after(l));
            List<LineChange> changes = diff(b, a);
            if (changes.isEmpty()) {
                continue;
            }
            changes.forEach(c -> rules.get(c.ruleId()).employees.add(id));
            Totals tb = totals(b);
            Totals ta = totals(a);
            employees.add(new Employee(id, names.getOrDefault(id, id), tb, ta,
                    Money.yuan(new BigDecimal(ta.net()).subtract(new BigDecimal(tb.net()))), changes));
        }
        List<Rule> summary = rules.values().stream().filter(r -> !r.employees.isEmpty() || r.changed())
                .map(RuleSum::view).toList();
        return new Result(candidate.policyId, candidate.revision, period.toString(), inForce, scored, employees.size(),
                employees, summary);
    }

    /** Lines matched by what they concern (rule, date, direction, records); amounts compared. */
    private static List<LineChange> diff(List<ScoredLine> before, List<ScoredLine> after) {
        Map<String, List<ScoredLine>> b = byKey(before);
        Map<String, List<ScoredLine>> a = byKey(after);
        Set<String> keys = new TreeSet<>(b.keySet());
        keys.addAll(a.keySet());
        List<LineChange> out = new ArrayList<>();
        for (String k : keys) {
            List<ScoredLine> lb = b.getOrDefault(k, List.of());
            List<ScoredLine> la = a.getOrDefault(k, List.of());
            for (int i = 0; i < Math.max(lb.size(), la.size()); i++) {
                ScoredLine x = i < lb.size() ? lb.get(i) : null;
                ScoredLine y = i < la.size() ? la.get(i) : null;
                if (x != null && y != null && x.line().getAmount().compareTo(y.line().getAmount()) == 0) {
                    continue;
                }
                ScoredLine any = x != null ? x : y;
                out.add(new LineChange(x == null ? "ADDED" : y == null ? "REMOVED" : "CHANGED",
                        any.line().getRuleId(), any.line().getDate().toString(), any.line().getDirection().name(),
                        any.line().getRecords().stream().map(RecordRef::toString).toList(),
                        x == null ? null : Money.yuan(x.line().getAmount()),
                        y == null ? null : Money.yuan(y.line().getAmount()),
                        x == null ? null : x.revision().revision(), y == null ? null : y.revision().revision(),
                        y == null ? x.line().getArithmetic() : y.line().getArithmetic()));
            }
        }
        return out;
    }

    private static Map<String, List<ScoredLine>> byKey(List<ScoredLine> lines) {
        Map<String, List<ScoredLine>> out = new TreeMap<>();
        for (ScoredLine s : lines) {
            Line l = s.line();
            String key = l.getDate() + "|" + l.getRuleId() + "|" + l.getDirection() + "|" + l.getComponent() + "|"
                    + l.getRecords().stream().map(RecordRef::toString).collect(Collectors.joining(","));
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        return out;
    }

    static Totals totals(List<ScoredLine> lines) {
        BigDecimal deduct = BigDecimal.ZERO;
        BigDecimal pay = BigDecimal.ZERO;
        for (ScoredLine s : lines) {
            if (s.line().getDirection() == Direction.DEDUCT) {
                deduct = deduct.add(s.line().getAmount());
            } else {
                pay = pay.add(s.line().getAmount());
            }
        }
        return new Totals(Money.yuan(deduct), Money.yuan(pay), Money.yuan(pay.subtract(deduct)));
    }

    /** Running totals of one rule. */
    private static final class RuleSum {
        final String ruleId;
        final Set<String> employees = new TreeSet<>();
        int nb;
        int na;
        BigDecimal b = BigDecimal.ZERO;
        BigDecimal a = BigDecimal.ZERO;

        RuleSum(String ruleId) {
            this.ruleId = ruleId;
        }

        void before(ScoredLine l) {
            nb++;
            b = b.add(l.line().signedAmount());
        }

        void after(ScoredLine l) {
            na++;
            a = a.add(l.line().signedAmount());
        }

        boolean changed() {
            return nb != na || b.compareTo(a) != 0;
        }

        Rule view() {
            return new Rule(ruleId, nb, na, Money.yuan(b), Money.yuan(a), Money.yuan(a.subtract(b)), employees.size());
        }
    }
}
