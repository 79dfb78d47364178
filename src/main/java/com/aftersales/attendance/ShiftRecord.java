package com.aftersales.attendance;

import com.aftersales.record.RecordId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;

/** One rostered shift (排班): the employee is scheduled to work on {@code date}; an end before the start is overnight. */
public record ShiftRecord(@RecordId String id, @RecordId String employeeId, @NotNull LocalDate date,
        @NotNull LocalTime start, @NotNull LocalTime end) {

    public boolean overnight() {
        return end.isBefore(start);
    }
}
