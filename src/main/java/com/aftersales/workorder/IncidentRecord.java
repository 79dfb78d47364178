package com.aftersales.workorder;

import com.aftersales.record.RecordId;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Conduct that no other record shows, entered by a manager (API.md /api/incidents, RULES.md §0.4):
 * {@code code} is the rule id it falls under; {@code amount} the manager's choice inside a
 * discretionary range (G-10).
 */
public record IncidentRecord(
        @RecordId String id,
        @RecordId String employeeId,
        @NotNull LocalDate date,
        @NotBlank @Size(max = 64) String code,
        @Size(max = 64) String orderId,
        @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal amount,
        @Size(max = 2000) String note,
        Boolean verified,
        Boolean reportedImmediately,
        Boolean formalitiesCompleted,
        @Size(max = 64) String location,
        @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal distanceToFlammablesM,
        Sanction sanction,
        Boolean severe) {

    /** PEN-INSUBORDINATION: a fine (default) or a suspension instead of it. */
    public enum Sanction { FINE, SUSPENSION }

    static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
