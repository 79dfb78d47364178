package com.aftersales.facts.result;

import com.aftersales.facts.functions.Money;
import com.aftersales.facts.input.RecordRef;
import java.math.BigDecimal;
import java.util.List;

/**
 * Hours of one month that count as PERSONAL (事假) or SICK (病假) leave, with the rule that put them
 * there (LEAVE-PERSONAL, LEAVE-SICK, or a reclassification: LEAVE-SICK-CERT, LEAVE-REST-EXCESS,
 * ATT-LATE-4, a paid leave that is not paid). The month's parts of a category make one {@link LeaveTotal}.
 */
public final class LeavePart {

    public static final String PERSONAL = "PERSONAL";
    public static final String SICK = "SICK";

    private final String category;
    private final BigDecimal hours;
    private final String cause;
    private final String label;
    private final List<RecordRef> records;

    public LeavePart(String category, BigDecimal hours, String cause, String label, List<RecordRef> records) {
        this.category = category;
        this.hours = hours;
        this.cause = cause;
        this.label = label;
        this.records = List.copyOf(records);
    }

    public static LeavePart personal(String cause, BigDecimal hours, List<RecordRef> records, String label) {
        return new LeavePart(PERSONAL, hours, cause, label, records);
    }

    public static LeavePart sick(String cause, BigDecimal hours, List<RecordRef> records, String label) {
        return new LeavePart(SICK, hours, cause, label, records);
    }

    public String getCategory() { return category; }
    public BigDecimal getHours() { return hours; }
    /** The rule id that put these hours in the category. */
    public String getCause() { return cause; }
    public String getLabel() { return label; }
    public List<RecordRef> getRecords() { return records; }

    /** For the explanation: {@code "LEAVE-REST-EXCESS 8 h (leave:L-3, rest days beyond the quota)"}. */
    public String describe() {
        String refs = String.join(", ", records.stream().map(RecordRef::toString).toList());
        return cause + " " + Money.number(hours) + " h (" + (refs.isEmpty() ? "" : refs + ", ") + label + ")";
    }

    @Override
    public String toString() {
        return "LeavePart " + category + " " + hours + " h " + cause;
    }
}
