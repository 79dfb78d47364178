package com.aftersales.visit.kpi;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.time.LocalDateTime;

/**
 * The fields of a stored work order (record kind "workOrder", RULES.md §0.3 WorkOrder) that the
 * visit KPI reads; the rest of the order is the work-order feature's.
 */
public record OrderRow(String id, String branch, String serviceType, String serviceMode, LocalDateTime completedAt,
        boolean rework) {

    /** The JSON shape read from the stored document; unknown fields are ignored. */
    public record Doc(String branch, String serviceType, String serviceMode, LocalDateTime completedAt,
            @JsonAlias("rework") Boolean isRework) {
    }

    /** The same order, placed in {@code b} (the branch of its installers). */
    OrderRow inBranch(String b) {
        return new OrderRow(id, b, serviceType, serviceMode, completedAt, rework);
    }

    static OrderRow of(String id, Doc d) {
        return new OrderRow(id, d.branch(), d.serviceType(), d.serviceMode(), d.completedAt(),
                Boolean.TRUE.equals(d.isRework()));
    }
}
