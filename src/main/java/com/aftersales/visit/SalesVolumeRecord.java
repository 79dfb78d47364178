package com.aftersales.visit;

import com.aftersales.record.RecordId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;

/**
 * How many sales transactions a branch made in a month (from the ERP): the population that
 * VISIT-SCOPE-SALES samples. Sales themselves are not records of this service.
 */
public record SalesVolumeRecord(
        @RecordId String id,
        @NotBlank @Size(max = 64) String branch,
        @NotNull YearMonth period,
        @NotNull @Min(0) @Max(100_000_000) Integer transactions) {
}
