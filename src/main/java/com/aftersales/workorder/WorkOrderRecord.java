package com.aftersales.workorder;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * A work order (派工单) with its timestamps, distance, fees and conduct flags (RULES.md §0.3 WorkOrder
 * and §0.4; API.md /api/work-orders). Its key is {@code id}, or {@code orderId} as RULES.md names it.
 * Every installer it names is a party to it.
 */
public record WorkOrderRecord(
        @Pattern(regexp = ID, message = ID_MESSAGE) String id,
        @Pattern(regexp = ID, message = ID_MESSAGE) String orderId,
        @Size(max = 64) String branch,
        @NotEmpty @Size(max = 20) List<@NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String> installerIds,
        @NotNull ProductCategory productCategory,
        @NotNull ServiceType serviceType,
        @NotNull ServiceMode serviceMode,
        LocalDateTime dispatchedAt,
        LocalDateTime acceptedAt,
        LocalDateTime appointmentCallAt,
        LocalDateTime agreedVisitTime,
        LocalDateTime arrivedAt,
        LocalDateTime completedAt,
        @DecimalMin("0") @Digits(integer = 5, fraction = 2) BigDecimal distanceKm,
        Boolean customerDeferred,
        @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal feeStandard,
        @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal feeCharged,
        @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal feeHandedOver,
        @JsonProperty("isRework") Boolean isRework,
        @Pattern(regexp = ID, message = ID_MESSAGE) String reworkOfOrderId,
        @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal manufacturerFee,
        Boolean drinking,
        Boolean usedCustomerItemsWithoutConsent,
        Boolean liveWorking,
        @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal heightM,
        Boolean beltOrRopeUsed,
        Boolean outdoor,
        Boolean damageCaused,
        Boolean damageHandled,
        Boolean complaintEscalated,
        Boolean returnExchangeCausedByWork,
        Boolean qualityReturn,
        Boolean repeatVisitsComplaint,
        @Min(0) @Max(100) Integer onsiteVisitCount,
        Boolean misleadingRepairCallNoGuidance,
        Boolean cardFillingDefect,
        Boolean cardLostPersonalFault,
        Boolean customerComplainedToCompany,
        Boolean specialSituationReported,
        LocalDateTime specialSituationReportedAt,
        ComplaintType complaintType,
        @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal compensationAssessed,
        @Valid ManagementDecision managementDecision,
        DetectedBy detectedBy,
        @Size(max = 2000) String note) {

    static final String ID = "[A-Za-z0-9_.:-]{1,64}";
    static final String ID_MESSAGE = "{com.aftersales.record.RecordId.message}";

    /** RULES.md §0.3 productCategory. */
    public enum ProductCategory { AC_WALL, AC_FLOOR, TV, FRIDGE_WASHER, WATER_HEATER, RANGE_HOOD, OTHER }

    /** 安装 or 维修. */
    public enum ServiceType { INSTALL, REPAIR }

    /** 上门 or 送修. */
    public enum ServiceMode { ONSITE, CARRY_IN }

    /** 投诉管理制度 八.3 A–D. */
    public enum ComplaintType { QUALITY, POOR_WORK, OVERCHARGE, SLOW_OR_IMPROPER }

    /** Who found the conduct: informative, for the explanation. */
    public enum DetectedBy { VISIT, COMPLAINT, SUPERVISOR, SETTLEMENT }

    /** Management's decision on an overcharging case (COMP-OVERCHARGE 加倍, COMP-OVERCHARGE-SEVERE). */
    public record ManagementDecision(@Min(1) @Max(10) Integer overchargeMultiplier, Boolean severe) {
    }

    /** The order's key: {@code id}, else {@code orderId}. */
    public String key() {
        return id != null ? id : orderId;
    }

    public boolean rework() {
        return Boolean.TRUE.equals(isRework);
    }

    /** The timestamps the order has, for its date range. */
    Stream<LocalDateTime> timestamps() {
        return Stream.of(dispatchedAt, acceptedAt, appointmentCallAt, agreedVisitTime, arrivedAt, completedAt)
                .filter(java.util.Objects::nonNull);
    }

    static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
