package com.aftersales.facts.input;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A completed work order as the visit KPI sees it: where and how it was served, when it was
 * completed, the first visit attempt for it (VISIT-FIRST-DEADLINE) and whether a completed
 * after-sales visit is known (VISIT-SCOPE-ONSITE, -CARRYIN).
 */
public final class OrderCompletion {

    private final String orderId;
    private final String branch;
    private final String serviceType;
    private final String serviceMode;
    private final LocalDate completedDate;
    private final boolean rework;
    private final LocalDate firstAttemptDate;
    private final boolean visited;

    public OrderCompletion(String orderId, String branch, String serviceType, String serviceMode,
            LocalDate completedDate, boolean rework, LocalDate firstAttemptDate, boolean visited) {
        this.orderId = orderId;
        this.branch = branch;
        this.serviceType = serviceType;
        this.serviceMode = serviceMode;
        this.completedDate = completedDate;
        this.rework = rework;
        this.firstAttemptDate = firstAttemptDate;
        this.visited = visited;
    }

    public String getOrderId() { return orderId; }
    public String getBranch() { return branch; }
    /** INSTALL or REPAIR. */
    public String getServiceType() { return serviceType; }
    /** ONSITE or CARRY_IN. */
    public String getServiceMode() { return serviceMode; }
    public LocalDate getCompletedDate() { return completedDate; }
    public YearMonth getCompletedMonth() { return YearMonth.from(completedDate); }
    /** A rework visit (isRework): not dispatched, so not in the first-visit population. */
    public boolean isRework() { return rework; }
    public LocalDate getFirstAttemptDate() { return firstAttemptDate; }
    public boolean isVisited() { return visited; }

    public RecordRef getRef() {
        return RecordRef.of("workOrder", orderId);
    }

    public List<RecordRef> getRecords() {
        return List.of(getRef());
    }

    @Override
    public String toString() {
        return "OrderCompletion " + orderId + " " + serviceMode + " " + completedDate;
    }
}
