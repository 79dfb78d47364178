package com.aftersales.visit;

import com.aftersales.record.RecordId;
import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One follow-up visit attempt (RULES.md §0.3 Visit, API.md /api/visits): what it assessed (a work
 * order, a delivery, a sale or the staff survey), its number, outcome, result and item ratings, the
 * lifecycle of the liaison form (投诉作业不良联络单), and the staff member it assesses.
 */
public record VisitRecord(
        @RecordId @JsonAlias("visitId") String id,
        @Size(max = 64) String orderId,
        @Size(max = 64) String deliveryId,
        @Size(max = 64) String saleId,
        @NotBlank @Size(max = 64) String branch,
        @NotNull @JsonAlias("kind") VisitKind visitKind,
        @NotNull @Min(1) @Max(2) @JsonAlias("number") Integer visitNo,
        @NotNull LocalDateTime attemptAt,
        @NotNull Outcome outcome,
        Rating result,
        @Size(max = 10) Map<String, @NotNull Rating> itemRatings,
        LocalDateTime liaisonSentAt,
        LocalDateTime branchReplyAt,
        LocalDateTime handlingCompletedAt,
        @Size(max = 3) List<@NotNull VisitState> status,
        @Size(max = 64) String responsibleEmployeeId,
        @Size(max = 2000) String feedback,
        @Size(max = 2000) String note) {

    /** How the attempt ended: only a COMPLETED visit has a result (VISIT-REFUSED-RETRY). */
    public enum Outcome { COMPLETED, REFUSED, UNREACHABLE }

    public boolean completed() {
        return outcome == Outcome.COMPLETED;
    }

    public boolean dissatisfied() {
        return result == Rating.D || result == Rating.VD;
    }

    public Map<String, Rating> ratings() {
        return itemRatings == null ? Map.of() : itemRatings;
    }
}
