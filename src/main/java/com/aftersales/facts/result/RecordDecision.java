package com.aftersales.facts.result;

import com.aftersales.facts.input.RecordRef;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A result fact that decides about an input record before its effects are derived, e.g. that a leave
 * request whose approvals fall short (LEAVE-APPROVAL-*) or a rest day in a blackout period
 * (LEAVE-REST-BLACKOUT) is not approved leave. The scorer collects these in a first firing, so that
 * the attendance days are derived without such leave (see {@code EmployeeMonthScorer}).
 */
public final class RecordDecision {

    /** The request does not count as approved leave: it excuses no absence and is not priced as leave. */
    public static final String NOT_APPROVED = "NOT_APPROVED";

    private final RecordRef record;
    private final String code;
    private final String ruleId;
    private final String detail;

    public RecordDecision(RecordRef record, String code, String ruleId, String detail) {
        this.record = Objects.requireNonNull(record);
        this.code = Objects.requireNonNull(code);
        this.ruleId = ruleId;
        this.detail = detail;
    }

    /**
     * The punches of the record's day are not the employee's (someone else clocked in for them,
     * ATT-PROXY-2): they give no clock-in or clock-out and stay only as evidence.
     */
    public static final String PUNCHES_NOT_OWN = "PUNCHES_NOT_OWN";

    public static RecordDecision notApproved(RuleContext k, RecordRef record, String detail) {
        return new RecordDecision(record, NOT_APPROVED, Line.ruleIdOf(k.getRule().getName()), detail);
    }

    /** The punches of the day of {@code record} (an incident) are not the employee's. */
    public static RecordDecision punchesNotOwn(RuleContext k, RecordRef record, String detail) {
        return new RecordDecision(record, PUNCHES_NOT_OWN, Line.ruleIdOf(k.getRule().getName()), detail);
    }

    public RecordRef getRecord() { return record; }
    public String getCode() { return code; }
    public String getRuleId() { return ruleId; }
    public String getDetail() { return detail; }

    @Override
    public String toString() {
        return code + " " + record + " by " + ruleId;
    }
}
