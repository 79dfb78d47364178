package com.aftersales.facts.input;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * One follow-up visit attempt (RULES.md §0.3 Visit), times truncated to the minute (G-2). Java marks
 * which completed attempt decides its subject's result for its visit number ({@code decisive}: the
 * earliest) and when the subject's first second-visit attempt was, so rules need not sort.
 */
public final class Visit {

    private final String id;
    private final String subject;
    private final String orderId;
    private final String deliveryId;
    private final String branch;
    private final String kind;
    private final int visitNo;
    private final LocalDateTime attemptAt;
    private final String outcome;
    private final String result;
    private final LocalDateTime liaisonSentAt;
    private final LocalDateTime branchReplyAt;
    private final LocalDateTime handlingCompletedAt;
    private final List<String> status;
    private final String responsibleEmployeeId;
    private final boolean decisive;
    private final LocalDateTime secondAttemptAt;

    /** The visit's data; {@code subject} is what it is about ("workOrder:O1", "delivery:D1", ...). */
    public record Data(String id, String subject, String orderId, String deliveryId, String branch, String kind,
            int visitNo, LocalDateTime attemptAt, String outcome, String result, LocalDateTime liaisonSentAt,
            LocalDateTime branchReplyAt, LocalDateTime handlingCompletedAt, List<String> status,
            String responsibleEmployeeId) {
    }

    public Visit(Data d, boolean decisive, LocalDateTime secondAttemptAt) {
        this.id = d.id();
        this.subject = d.subject();
        this.orderId = d.orderId();
        this.deliveryId = d.deliveryId();
        this.branch = d.branch();
        this.kind = d.kind();
        this.visitNo = d.visitNo();
        this.attemptAt = Times.minute(d.attemptAt());
        this.outcome = d.outcome();
        this.result = d.result();
        this.liaisonSentAt = Times.minute(d.liaisonSentAt());
        this.branchReplyAt = Times.minute(d.branchReplyAt());
        this.handlingCompletedAt = Times.minute(d.handlingCompletedAt());
        this.status = d.status() == null ? List.of() : List.copyOf(d.status());
        this.responsibleEmployeeId = d.responsibleEmployeeId();
        this.decisive = decisive;
        this.secondAttemptAt = Times.minute(secondAttemptAt);
    }

    public String getId() { return id; }
    public String getSubject() { return subject; }
    public String getOrderId() { return orderId; }
    public String getDeliveryId() { return deliveryId; }
    public String getBranch() { return branch; }
    /** SALES, LOGISTICS, AS_ONSITE, AS_CARRYIN or INTERNAL. */
    public String getKind() { return kind; }
    public boolean isAfterSales() { return "AS_ONSITE".equals(kind) || "AS_CARRYIN".equals(kind); }
    public int getVisitNo() { return visitNo; }
    public LocalDateTime getAttemptAt() { return attemptAt; }
    public LocalDate getAttemptDate() { return attemptAt.toLocalDate(); }
    public YearMonth getAttemptMonth() { return YearMonth.from(attemptAt); }
    /** COMPLETED, REFUSED or UNREACHABLE. */
    public String getOutcome() { return outcome; }
    public boolean isCompleted() { return "COMPLETED".equals(outcome); }
    /** VS, S, N, D or VD; null unless completed. */
    public String getResult() { return result; }
    public LocalDateTime getLiaisonSentAt() { return liaisonSentAt; }
    public LocalDate getLiaisonSentDate() { return Times.date(liaisonSentAt); }
    public YearMonth getLiaisonMonth() { return Times.month(liaisonSentAt); }
    public LocalDateTime getBranchReplyAt() { return branchReplyAt; }
    public LocalDate getBranchReplyDate() { return Times.date(branchReplyAt); }
    public LocalDateTime getHandlingCompletedAt() { return handlingCompletedAt; }
    public LocalDate getHandlingCompletedDate() { return Times.date(handlingCompletedAt); }
    public YearMonth getHandlingMonth() { return Times.month(handlingCompletedAt); }
    /** The system status the clerk recorded (VISITED, COMPLETED, AFTER_SALES_NOTIFIED). */
    public List<String> getStatus() { return status; }
    public String getResponsibleEmployeeId() { return responsibleEmployeeId; }
    /** The earliest completed attempt of its subject and visit number: the one whose result counts. */
    public boolean isDecisive() { return decisive; }
    /** The first attempt of the subject's second visit, or null. */
    public LocalDateTime getSecondAttemptAt() { return secondAttemptAt; }
    public LocalDate getSecondAttemptDate() { return Times.date(secondAttemptAt); }

    public RecordRef getRef() {
        return RecordRef.of("visit", id);
    }

    public List<RecordRef> getRecords() {
        return List.of(getRef());
    }

    @Override
    public String toString() {
        return "Visit " + id + " " + kind + " #" + visitNo + " " + attemptAt + " " + outcome + " " + result;
    }
}
