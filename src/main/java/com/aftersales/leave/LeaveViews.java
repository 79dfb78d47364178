package com.aftersales.leave;

import java.util.List;

/** The answers of the leave endpoints a clerk asks before filing (docs/api.md). */
public final class LeaveViews {

    private LeaveViews() {
    }

    /** GET /api/leave/routing: who reviews, approves and files a request; {@code rejected} when it cannot be filed. */
    public record Routing(String type, String days, String restBlockDays, String asOf, String tier, List<Step> steps,
            Rejection rejected, String policy, String revision) {
    }

    /** One step: any one of {@code roles} (approvalChain codes) does it; NOTE steps only say something. */
    public record Step(String ruleId, String stage, List<String> roles, List<String> rolesZh, String note) {
    }

    /** Why a request would be rejected (LEAVE-REST-BLACKOUT). */
    public record Rejection(String ruleId, String reason, List<String> dates) {
    }

    /** GET /api/leave/entitlements: an employee's paid leave on a day. */
    public record Entitlements(String employeeId, String date, boolean formalEmployee, String seniorityStart,
            int fullYears, List<Entitlement> entitlements, String policy, String revision) {
    }

    /**
     * One paid leave type: eligible or not (and why), its days per EVENT or per calendar YEAR, and,
     * for leave counted in calendar days, the last day of a leave of those days starting on the date.
     */
    public record Entitlement(String type, String ruleId, boolean eligible, String days, String per, String lastDay,
            String reason) {
    }
}
