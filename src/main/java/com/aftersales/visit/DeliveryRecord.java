package com.aftersales.visit;

import com.aftersales.record.RecordId;
import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One delivery (RULES.md §0.3 Delivery, API.md /api/deliveries): its zone, when the customer paid at
 * the cashier and when the goods arrived (VISIT-PEN-LOG-TIME, A-35), the crew who delivered it, and
 * whether goods arrived damaged (VISIT-PEN-LOG-INTACT).
 */
public record DeliveryRecord(
        @RecordId @JsonAlias("deliveryId") String id,
        @NotBlank @Size(max = 64) String branch,
        @NotNull Zone zone,
        @NotNull LocalDateTime paidAt,
        LocalDateTime deliveredAt,
        @Size(max = 20) List<@RecordId String> crewEmployeeIds,
        Boolean goodsDamaged,
        @Size(max = 2000) String note) {

    /** 本地区 or 外县: which timeliness standard applies (其他说明 2). */
    public enum Zone { LOCAL, OTHER_COUNTY }

    public List<String> crew() {
        return crewEmployeeIds == null ? List.of() : crewEmployeeIds;
    }

    public boolean damaged() {
        return Boolean.TRUE.equals(goodsDamaged);
    }
}
