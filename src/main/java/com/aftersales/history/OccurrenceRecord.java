package com.aftersales.history;

import com.aftersales.record.RecordId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An occurrence (次) from before the service, on paper or in an earlier system (API.md /api/occurrences):
 * the rule it fell under, its date, and the note or document it is taken from. The rules that count
 * occurrences over the whole employment (ATT-ABSENT-REPEAT, A-5) count it like one the service found.
 */
public record OccurrenceRecord(
        @RecordId String id,
        @RecordId String employeeId,
        @NotBlank @Size(max = 64) String ruleId,
        @NotNull LocalDate date,
        @Size(max = 2000) String note,
        @Size(max = 200) String documentRef) {
}
