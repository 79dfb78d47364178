package com.aftersales.facts.input;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Who must review, approve and file a leave request of this length (LEAVE-APPROVAL-*, and
 * LEAVE-REST-MAXRUN for blocks of rest days, C-8). Asked for a request being scored, or by a clerk
 * before filing ({@code GET /api/leave/routing}); the Approval table answers with {@link RoutingStep}s.
 */
public final class RoutingQuestion {

    private final String type;
    private final BigDecimal days;
    private final BigDecimal restBlockDays;
    private final LeaveRequest request;
    private final boolean checkChain;

    private RoutingQuestion(String type, BigDecimal days, BigDecimal restBlockDays, LeaveRequest request,
            boolean checkChain) {
        this.type = type;
        this.days = days;
        this.restBlockDays = restBlockDays;
        this.request = request;
        this.checkChain = checkChain;
    }

    /** A clerk's question: a request of {@code days} of {@code type}, in a block of {@code restBlockDays} rest days. */
    public static RoutingQuestion of(String type, BigDecimal days, BigDecimal restBlockDays) {
        return new RoutingQuestion(type, days, restBlockDays == null ? BigDecimal.ZERO : restBlockDays, null, false);
    }

    /**
     * The question of a request being scored; its recorded approvals are checked against the answer
     * when one is recorded, or always when {@code unrecordedIsMissing} (P_APPROVAL_UNRECORDED = MISSING).
     */
    public static RoutingQuestion forRequest(LeaveRequest l, BigDecimal days, BigDecimal hoursPerDay,
            boolean unrecordedIsMissing) {
        BigDecimal block = l.getRestBlockHours().divide(hoursPerDay, 6, RoundingMode.HALF_UP).stripTrailingZeros();
        return new RoutingQuestion(l.getType(), days, block, l,
                l.isApproved() && (l.isChainRecorded() || unrecordedIsMissing));
    }

    public String getType() { return type; }
    /** The request's length d in days (RULES.md LEAVE-APPROVAL-*, A-15). */
    public BigDecimal getDays() { return days; }
    /** For REST: the length of the block of consecutive rest days it belongs to; 0 otherwise. */
    public BigDecimal getRestBlockDays() { return restBlockDays; }
    /** The request asked about, or null for a clerk's question. */
    public LeaveRequest getRequest() { return request; }
    /** Whether the request's recorded approvals are checked against the answer. */
    public boolean isCheckChain() { return checkChain; }
    public boolean isPending() { return request != null && request.isPending(); }

    public LocalDate getFlagDate() {
        return request == null ? null : request.getFlagDate();
    }

    @Override
    public String toString() {
        return "RoutingQuestion " + type + " " + days + " days" + (request == null ? "" : " for " + request.getId());
    }
}
