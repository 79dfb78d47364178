package com.aftersales.facts.result;

import java.time.LocalDate;

/**
 * For one kind of visit in a branch-month (VISIT-SCOPE-*), how many could be visited ({@code eligible})
 * and how many were, with a completed visit.
 */
public final class ScopeCount {

    private final String branch;
    private final String visitKind;
    private final int eligible;
    private final int visited;
    private final LocalDate date;

    public ScopeCount(String branch, String visitKind, Number eligible, Number visited, LocalDate date) {
        this.branch = branch;
        this.visitKind = visitKind;
        this.eligible = eligible.intValue();
        this.visited = visited.intValue();
        this.date = date;
    }

    public String getBranch() { return branch; }
    public String getVisitKind() { return visitKind; }
    public int getEligible() { return eligible; }
    public int getVisited() { return visited; }
    /** The last day of the month counted. */
    public LocalDate getDate() { return date; }

    @Override
    public String toString() {
        return "ScopeCount " + visitKind + " " + visited + "/" + eligible;
    }
}
