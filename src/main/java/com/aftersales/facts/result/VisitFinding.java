package com.aftersales.facts.result;

import com.aftersales.facts.input.BranchPeriod;
import com.aftersales.facts.input.RecordRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A finding of the visit process for a branch-month: a deadline checked (VISIT-FIRST-DEADLINE,
 * VISIT-LIAISON, VISIT-SECOND-DEADLINE), a second visit required, a retry due. Status ON_TIME, LATE,
 * MISSING (the deadline passed with nothing done), PENDING (not passed yet), or one the rule names.
 */
public final class VisitFinding {

    public static final String ON_TIME = "ON_TIME";
    public static final String LATE = "LATE";
    public static final String MISSING = "MISSING";
    public static final String PENDING = "PENDING";

    private final String ruleId;
    private final RecordRef record;
    private final String orderId;
    private final LocalDate from;
    private final LocalDate deadline;
    private final LocalDate done;
    private final String status;
    private final String detail;

    private VisitFinding(String ruleId, RecordRef record, String orderId, LocalDate from, LocalDate deadline,
            LocalDate done, String status, String detail) {
        this.ruleId = ruleId;
        this.record = record;
        this.orderId = orderId;
        this.from = from;
        this.deadline = deadline;
        this.done = done;
        this.status = status;
        this.detail = detail;
    }

    /**
     * Checks that {@code done} happened on or before {@code deadline} (G-3: a limit 「…内」 is met at
     * the limit): the finding, and a KPI_BREACH flag dated on the deadline when it was missed.
     */
    public static List<Object> deadline(RuleContext k, BranchPeriod b, RecordRef record, String orderId,
            LocalDate from, LocalDate deadline, LocalDate done, String what) {
        String status = done != null ? (done.isAfter(deadline) ? LATE : ON_TIME)
                : (b.getAsOf().isAfter(deadline) ? MISSING : PENDING);
        String detail = what + " due by " + deadline + (done == null ? "" : ", done on " + done);
        List<Object> out = new ArrayList<>();
        out.add(new VisitFinding(Line.ruleIdOf(k.getRule().getName()), record, orderId, from, deadline, done, status,
                detail));
        if (LATE.equals(status) || MISSING.equals(status)) {
            out.add(Flag.raise(k, "KPI_BREACH", deadline, detail + (done == null ? ", not done" : ", late"),
                    List.of(record)));
        }
        return out;
    }

    /** A finding that is not a deadline: a second visit required, a retry due, a form not sent. */
    public static VisitFinding note(RuleContext k, RecordRef record, String orderId, LocalDate from, LocalDate done,
            String status, String detail) {
        return new VisitFinding(Line.ruleIdOf(k.getRule().getName()), record, orderId, from, null, done, status,
                detail);
    }

    public String getRuleId() { return ruleId; }
    public RecordRef getRecord() { return record; }
    public String getOrderId() { return orderId; }
    public LocalDate getFrom() { return from; }
    public LocalDate getDeadline() { return deadline; }
    public LocalDate getDone() { return done; }
    public String getStatus() { return status; }
    public String getDetail() { return detail; }

    @Override
    public String toString() {
        return ruleId + " " + record + " " + status + " " + detail;
    }
}
