package com.aftersales.facts.input;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A work order of the scored installer (RULES.md §0.3 WorkOrder, §0.4), with the durations the rules
 * compare, in whole minutes after truncating every timestamp to the minute (G-2). Enumerations are
 * their names ("ONSITE", "INSTALL", ...); absent yes/no flags are false. Built by the work-order deriver.
 */
public final class WorkOrder {

    private final Data d;

    private WorkOrder(Data d) {
        this.d = d;
    }

    /** The record's values, as the deriver read them. */
    public record Data(String id, String branch, List<String> installerIds, String productCategory,
            String serviceType, String serviceMode, LocalDateTime dispatchedAt, LocalDateTime acceptedAt,
            LocalDateTime appointmentCallAt, LocalDateTime agreedVisitTime, LocalDateTime arrivedAt,
            LocalDateTime completedAt, BigDecimal distanceKm, boolean customerDeferred, BigDecimal feeStandard,
            BigDecimal feeCharged, BigDecimal feeHandedOver, boolean rework, String reworkOfOrderId,
            BigDecimal manufacturerFee, Conduct conduct, String complaintType, BigDecimal compensationAssessed,
            Integer overchargeMultiplier, boolean severe, String detectedBy, LocalDateTime asOf, YearMonth period) {
    }

    /** The conduct flags of the order. */
    public record Conduct(boolean drinking, boolean usedCustomerItemsWithoutConsent, boolean liveWorking,
            BigDecimal heightM, boolean beltOrRopeUsed, boolean outdoor, boolean damageCaused, boolean damageHandled,
            boolean complaintEscalated, boolean returnExchangeCausedByWork, boolean qualityReturn,
            boolean repeatVisitsComplaint, int onsiteVisitCount, boolean misleadingRepairCallNoGuidance,
            boolean cardFillingDefect, boolean cardLostPersonalFault, boolean customerComplainedToCompany,
            boolean specialSituationReported, LocalDateTime specialSituationReportedAt) {
    }

    public static WorkOrder of(Data data) {
        return new WorkOrder(data);
    }

    public String getId() { return d.id(); }
    public String getBranch() { return d.branch(); }
    public List<String> getInstallerIds() { return d.installerIds(); }
    /** How many installers share the order. */
    public int getInstallerCount() { return d.installerIds().size(); }
    public String getProductCategory() { return d.productCategory(); }
    public String getServiceType() { return d.serviceType(); }
    public String getServiceMode() { return d.serviceMode(); }
    public LocalDateTime getDispatchedAt() { return d.dispatchedAt(); }
    public LocalDateTime getAcceptedAt() { return d.acceptedAt(); }
    public LocalDateTime getAppointmentCallAt() { return d.appointmentCallAt(); }
    public LocalDateTime getAgreedVisitTime() { return d.agreedVisitTime(); }
    public LocalDateTime getArrivedAt() { return d.arrivedAt(); }
    public LocalDateTime getCompletedAt() { return d.completedAt(); }
    public boolean isCompleted() { return d.completedAt() != null; }
    public BigDecimal getDistanceKm() { return d.distanceKm(); }
    public boolean isCustomerDeferred() { return d.customerDeferred(); }
    public BigDecimal getFeeStandard() { return d.feeStandard(); }
    public BigDecimal getFeeCharged() { return d.feeCharged(); }
    public BigDecimal getFeeHandedOver() { return d.feeHandedOver(); }
    public boolean isRework() { return d.rework(); }
    public String getReworkOfOrderId() { return d.reworkOfOrderId(); }
    public BigDecimal getManufacturerFee() { return d.manufacturerFee(); }
    public boolean isDrinking() { return d.conduct().drinking(); }
    public boolean isUsedCustomerItemsWithoutConsent() { return d.conduct().usedCustomerItemsWithoutConsent(); }
    public boolean isLiveWorking() { return d.conduct().liveWorking(); }
    /** Working height in metres; 0 when not recorded. */
    public BigDecimal getHeightM() { return d.conduct().heightM() == null ? BigDecimal.ZERO : d.conduct().heightM(); }
    public boolean isBeltOrRopeUsed() { return d.conduct().beltOrRopeUsed(); }
    public boolean isOutdoor() { return d.conduct().outdoor(); }
    public boolean isDamageCaused() { return d.conduct().damageCaused(); }
    public boolean isDamageHandled() { return d.conduct().damageHandled(); }
    public boolean isComplaintEscalated() { return d.conduct().complaintEscalated(); }
    public boolean isReturnExchangeCausedByWork() { return d.conduct().returnExchangeCausedByWork(); }
    public boolean isQualityReturn() { return d.conduct().qualityReturn(); }
    public boolean isRepeatVisitsComplaint() { return d.conduct().repeatVisitsComplaint(); }
    /** On-site visits of the order; 0 when not recorded. */
    public int getOnsiteVisitCount() { return d.conduct().onsiteVisitCount(); }
    public boolean isMisleadingRepairCallNoGuidance() { return d.conduct().misleadingRepairCallNoGuidance(); }
    public boolean isCardFillingDefect() { return d.conduct().cardFillingDefect(); }
    public boolean isCardLostPersonalFault() { return d.conduct().cardLostPersonalFault(); }
    public boolean isCustomerComplainedToCompany() { return d.conduct().customerComplainedToCompany(); }
    public boolean isSpecialSituationReported() { return d.conduct().specialSituationReported(); }
    public LocalDateTime getSpecialSituationReportedAt() { return d.conduct().specialSituationReportedAt(); }
    public String getComplaintType() { return d.complaintType(); }
    public BigDecimal getCompensationAssessed() { return d.compensationAssessed(); }
    /** Management's 加倍 multiplier (COMP-OVERCHARGE), or null when none was decided. */
    public Integer getOverchargeMultiplier() { return d.overchargeMultiplier(); }
    public boolean isSevere() { return d.severe(); }
    public String getDetectedBy() { return d.detectedBy(); }
    /** False for orders of the neighbouring months loaded as margin. */
    public boolean isInPeriod() { return YearMonth.from(getServiceDate()).equals(d.period()); }

    /**
     * The day the order's lines are dated: the completion day, else the arrival, acceptance or
     * dispatch day.
     */
    public LocalDate getServiceDate() {
        return getServiceTime().toLocalDate();
    }

    /** When the work was done: completion, else arrival, acceptance or dispatch (minute precision). */
    public LocalDateTime getServiceTime() {
        LocalDateTime t = d.completedAt() != null ? d.completedAt() : d.arrivedAt() != null ? d.arrivedAt()
                : d.acceptedAt() != null ? d.acceptedAt() : d.dispatchedAt();
        return minute(t);
    }

    /** Minutes from acceptance to the appointment call; null without acceptance or without a call. */
    public Integer getAppointmentCallMinutes() {
        return minutes(d.acceptedAt(), d.appointmentCallAt());
    }

    /** Accepted, and the customer was never phoned for an appointment. */
    public boolean isAppointmentCallMissing() {
        return d.acceptedAt() != null && d.appointmentCallAt() == null;
    }

    /** When the completion clock starts: the appointment call, or the acceptance. */
    public LocalDateTime getClockStart() {
        return d.appointmentCallAt() != null ? d.appointmentCallAt() : d.acceptedAt();
    }

    /**
     * Minutes from the clock start to completion, or to the run day when the job is not completed;
     * null without a clock start.
     */
    public Integer getElapsedMinutes() {
        return minutes(getClockStart(), d.completedAt() != null ? d.completedAt() : d.asOf());
    }

    /** Minutes the installer arrived after the agreed time (negative when early); null without both. */
    public Integer getLateArrivalMinutes() {
        return minutes(d.agreedVisitTime(), d.arrivedAt());
    }

    /** A special situation was reported to 网点主任 before the agreed time (PEN-LATE-ARRIVAL exemption). */
    public boolean isSpecialSituationReportedInTime() {
        LocalDateTime at = d.conduct().specialSituationReportedAt();
        if (at == null) {
            return d.conduct().specialSituationReported();
        }
        return d.agreedVisitTime() == null || !minute(at).isAfter(minute(d.agreedVisitTime()));
    }

    /**
     * Overcharging (PEN-OVERCHARGE): more than the fee standard was charged, or less than what is
     * due to the company (the smaller of charged and standard) was handed over.
     */
    public boolean isOvercharged() {
        if (d.feeStandard() == null || d.feeCharged() == null) {
            return false;
        }
        return getExcessCharged().signum() > 0 || getFeeKept().signum() > 0;
    }

    /** What was charged above the fee standard: the refund to the customer. */
    public BigDecimal getExcessCharged() {
        if (d.feeStandard() == null || d.feeCharged() == null) {
            return BigDecimal.ZERO;
        }
        return d.feeCharged().subtract(d.feeStandard()).max(BigDecimal.ZERO);
    }

    /** What is due to the company, min(charged, standard), less what was handed over: the illegal gain. */
    public BigDecimal getFeeKept() {
        if (d.feeStandard() == null || d.feeCharged() == null || d.feeHandedOver() == null) {
            return BigDecimal.ZERO;
        }
        return getFeeDue().subtract(d.feeHandedOver()).max(BigDecimal.ZERO);
    }

    /** The fee due to the company: the smaller of the amount charged and the fee standard. */
    public BigDecimal getFeeDue() {
        return d.feeCharged() == null || d.feeStandard() == null ? null : d.feeCharged().min(d.feeStandard());
    }

    public RecordRef getRef() {
        return RecordRef.of("workOrder", d.id());
    }

    public List<RecordRef> getRecords() {
        return List.of(getRef());
    }

    private static Integer minutes(LocalDateTime from, LocalDateTime to) {
        if (from == null || to == null) {
            return null;
        }
        return (int) Duration.between(minute(from), minute(to)).toMinutes();
    }

    private static LocalDateTime minute(LocalDateTime t) {
        return t.truncatedTo(ChronoUnit.MINUTES);
    }

    @Override
    public String toString() {
        return "WorkOrder " + d.id() + " " + d.serviceType() + " " + d.serviceMode() + " " + d.installerIds();
    }
}
