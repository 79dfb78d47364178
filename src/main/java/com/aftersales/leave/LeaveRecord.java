package com.aftersales.leave;

import com.aftersales.record.RecordId;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A leave request (RULES.md §0.3 LeaveRequest, §0.4): the days {@code start}..{@code end} inclusive,
 * optionally the times of a part-day leave on its first and last day, and the approved hours.
 */
public record LeaveRecord(
        @RecordId String id,
        @RecordId String employeeId,
        @NotNull LeaveType type,
        @NotNull LocalDate start,
        @NotNull LocalDate end,
        LocalTime startTime,
        LocalTime endTime,
        @NotNull @DecimalMin(value = "0", inclusive = false, message = "{com.aftersales.record.MoreThanZero.message}")
        @Digits(integer = 5, fraction = 2) BigDecimal hours,
        Boolean certificate,
        @NotNull Status status,
        LocalDateTime filedAt,
        Boolean late4Filing,
        @Size(max = 10) List<@NotNull @Size(max = 64) String> approvalChain,
        @Size(max = 2000) String note) {

    /** Approval roles named by their Chinese labels (直接上级) are kept by their codes (DIRECT_SUPERIOR). */
    public LeaveRecord {
        if (approvalChain != null) {
            approvalChain = approvalChain.stream().map(ApprovalRole::normalize).collect(
                    java.util.stream.Collectors.toList());
        }
    }

    /** Whether the request was approved, pending or rejected. */
    public enum Status { APPROVED, PENDING, REJECTED }

    /** Calendar days the request covers. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public boolean approved() {
        return status == Status.APPROVED;
    }

    public boolean isLate4Filing() {
        return Boolean.TRUE.equals(late4Filing);
    }

    public boolean hasCertificate() {
        return Boolean.TRUE.equals(certificate);
    }

    public boolean covers(LocalDate d) {
        return !d.isBefore(start) && !d.isAfter(end);
    }
}
