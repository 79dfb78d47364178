package com.aftersales.facts.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Conduct that no other record shows, entered by a manager (RULES.md §0.4 Incident): its {@code code}
 * is the rule id it falls under (PEN-UNIFORM, ATT-PROXY-1, ATT-UNREPORTED, ...).
 */
public final class Incident {

    private final String id;
    private final String employeeId;
    private final LocalDate date;
    private final String code;
    private final String orderId;
    private final BigDecimal amount;
    private final boolean verified;
    private final boolean reportedImmediately;
    private final boolean formalitiesCompleted;
    private final String location;
    private final BigDecimal distanceToFlammablesM;
    private final String sanction;
    private final boolean severe;
    private final String note;
    private final boolean inPeriod;

    public Incident(String id, String employeeId, LocalDate date, String code, String orderId, BigDecimal amount,
            boolean verified, boolean reportedImmediately, boolean formalitiesCompleted, String location,
            BigDecimal distanceToFlammablesM, String sanction, boolean severe, String note, boolean inPeriod) {
        this.id = id;
        this.employeeId = employeeId;
        this.date = date;
        this.code = code;
        this.orderId = orderId;
        this.amount = amount;
        this.verified = verified;
        this.reportedImmediately = reportedImmediately;
        this.formalitiesCompleted = formalitiesCompleted;
        this.location = location;
        this.distanceToFlammablesM = distanceToFlammablesM;
        this.sanction = sanction;
        this.severe = severe;
        this.note = note;
        this.inPeriod = inPeriod;
    }

    public String getId() { return id; }
    public String getEmployeeId() { return employeeId; }
    public LocalDate getDate() { return date; }
    public String getCode() { return code; }
    public String getOrderId() { return orderId; }
    /** The manager's amount inside a discretionary range (G-10), or null. */
    public BigDecimal getAmount() { return amount; }
    public boolean isVerified() { return verified; }
    public boolean isReportedImmediately() { return reportedImmediately; }
    public boolean isFormalitiesCompleted() { return formalitiesCompleted; }
    public String getLocation() { return location; }
    public BigDecimal getDistanceToFlammablesM() { return distanceToFlammablesM; }
    public String getSanction() { return sanction; }
    public boolean isSevere() { return severe; }
    public String getNote() { return note; }
    public boolean isInPeriod() { return inPeriod; }
    /** PEN-INSUBORDINATION: the manager chose 停工反省 instead of the fine. */
    public boolean isSuspension() { return "SUSPENSION".equals(sanction); }
    /** PEN-SMOKING: where it happened was recorded (a location or a distance to flammables). */
    public boolean isPlaceRecorded() { return location != null || distanceToFlammablesM != null; }

    public RecordRef getRef() {
        return RecordRef.of("incident", id);
    }

    /** The work order the incident concerns, or null. */
    public RecordRef getOrderRef() {
        return orderId == null ? null : RecordRef.of("workOrder", orderId);
    }

    public List<RecordRef> getRecords() {
        return List.of(getRef());
    }
}
