package com.aftersales.facts.result;

import com.aftersales.facts.functions.Money;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The minimum number of completed visits of one kind in a branch-month (VISIT-SCOPE-*, A-20):
 * ceil(percent × eligible / 100), and at least a fixed count; met when visited reaches it. Built
 * cell by cell from the Scope table: {@code ScopeResult.check(kcontext, $c).percent("30")}, then
 * {@code .atLeast("0")}, which returns the facts to insert (the result, and a KPI_BREACH flag).
 */
public final class ScopeResult {

    private final String ruleId;
    private final String branch;
    private final String visitKind;
    private final int eligible;
    private final int visited;
    private final int percent;
    private final int minimumCount;
    private final int minimum;

    private ScopeResult(String ruleId, ScopeCount c, int percent, int minimumCount) {
        this.ruleId = ruleId;
        this.branch = c.getBranch();
        this.visitKind = c.getVisitKind();
        this.eligible = c.getEligible();
        this.visited = c.getVisited();
        this.percent = percent;
        this.minimumCount = minimumCount;
        this.minimum = Math.max(minimumCount, (int) ((percent * (long) eligible + 99) / 100));
    }

    public static Check check(RuleContext k, ScopeCount c) {
        return new Check(k, c);
    }

    /** A scope check being built from a table row. */
    public static final class Check {
        private final RuleContext k;
        private final ScopeCount c;
        private int percent;

        private Check(RuleContext k, ScopeCount c) {
            this.k = k;
            this.c = c;
        }

        public Check percent(String value) {
            this.percent = Money.of(value).intValueExact();
            return this;
        }

        /** The result, and a KPI_BREACH flag when fewer visits were completed than the minimum. */
        public List<Object> atLeast(String count) {
            ScopeResult r = new ScopeResult(Line.ruleIdOf(k.getRule().getName()), c, percent,
                    Money.of(count).intValueExact());
            List<Object> out = new ArrayList<>();
            out.add(r);
            if (!r.isMet()) {
                out.add(Flag.raise(k, "KPI_BREACH", c.getDate(), c.getVisited() + " completed " + c.getVisitKind()
                        + " visits, fewer than the minimum " + r.minimum + " (" + percent + "% of " + c.getEligible()
                        + " rounded up" + (r.minimumCount > 0 ? ", at least " + r.minimumCount : "") + ")", List.of()));
            }
            return out;
        }
    }

    public String getRuleId() { return ruleId; }
    public String getBranch() { return branch; }
    public String getVisitKind() { return visitKind; }
    public int getEligible() { return eligible; }
    public int getVisited() { return visited; }
    public int getPercent() { return percent; }
    public int getMinimumCount() { return minimumCount; }
    public int getMinimum() { return minimum; }
    /** visited ≥ minimum, i.e. 100 × visited ≥ percent × eligible and visited ≥ the fixed count. */
    public boolean isMet() { return visited >= minimum; }

    @Override
    public String toString() {
        return ruleId + " " + visited + "/" + minimum;
    }
}
