package com.aftersales.facts.result;

import com.aftersales.facts.input.Visit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The system status an order should have after a visit (VISIT-STATUS): VISITED (已回访), COMPLETED
 * (已完成), AFTER_SALES_NOTIFIED (已通知售后), beside the status the clerk recorded. The recorded
 * status is consistent when it holds VISITED and the state this visit's result brings (the last one
 * listed). The catalogue names no consequence of one lacking it: the KPI answer shows the finding
 * ({@code consistent: false}), with no REVIEW flag beside it.
 */
public final class VisitStatusFinding {

    private final String ruleId;
    private final Visit visit;
    private final List<String> expected;

    private VisitStatusFinding(String ruleId, Visit visit, List<String> expected) {
        this.ruleId = ruleId;
        this.visit = visit;
        this.expected = List.copyOf(expected);
    }

    /** The finding; one the recorded status disagrees with shows as not consistent in the KPI answer. */
    public static List<Object> of(RuleContext k, Visit v, String... expected) {
        List<Object> out = new ArrayList<>();
        out.add(new VisitStatusFinding(Line.ruleIdOf(k.getRule().getName()), v, Arrays.asList(expected)));
        return out;
    }

    private List<String> required() {
        return List.of("VISITED", expected.get(expected.size() - 1));
    }

    public String getRuleId() { return ruleId; }
    public Visit getVisit() { return visit; }
    public List<String> getExpected() { return expected; }
    public List<String> getRecorded() { return visit.getStatus(); }
    /** Whether the visit ends a dissatisfied case's lifecycle or belongs to one. */
    public boolean isLifecycle() { return expected.contains("AFTER_SALES_NOTIFIED"); }
    public boolean isConsistent() { return visit.getStatus().isEmpty() || visit.getStatus().containsAll(required()); }

    @Override
    public String toString() {
        return ruleId + " " + visit.getId() + " " + expected;
    }
}
