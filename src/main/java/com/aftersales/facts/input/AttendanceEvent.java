package com.aftersales.facts.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A late arrival or an early departure of at least one minute (RULES.md §0.3 AttendanceEvent). */
public final class AttendanceEvent {

    public enum Type { LATE, EARLY }

    private final Type type;
    private final LocalDate date;
    private final int minutes;
    private final boolean halfDayLeaveFiled;
    private final boolean inPeriod;
    private final BigDecimal dailyAvgWage;
    private final List<RecordRef> records;

    public AttendanceEvent(Type type, LocalDate date, int minutes, boolean halfDayLeaveFiled, boolean inPeriod,
            BigDecimal dailyAvgWage, List<RecordRef> records) {
        this.type = type;
        this.date = date;
        this.minutes = minutes;
        this.halfDayLeaveFiled = halfDayLeaveFiled;
        this.inPeriod = inPeriod;
        this.dailyAvgWage = dailyAvgWage;
        this.records = List.copyOf(records);
    }

    public Type getType() { return type; }
    public LocalDate getDate() { return date; }
    public int getMinutes() { return minutes; }
    /** An approved half-day leave was filed for this day (ATT-LATE-4). */
    public boolean isHalfDayLeaveFiled() { return halfDayLeaveFiled; }
    public boolean isInPeriod() { return inPeriod; }
    public BigDecimal getDailyAvgWage() { return dailyAvgWage; }
    public List<RecordRef> getRecords() { return records; }

    /** 迟到 or 早退, for explanations. */
    public String getLabel() {
        return type == Type.LATE ? "lateMinutes" : "earlyMinutes";
    }

    @Override
    public String toString() {
        return type + " " + minutes + " min on " + date;
    }
}
