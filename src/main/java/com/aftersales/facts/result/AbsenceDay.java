package com.aftersales.facts.result;

import com.aftersales.facts.functions.Money;
import com.aftersales.facts.input.AttendanceDay;
import com.aftersales.facts.input.AttendanceEvent;
import com.aftersales.facts.input.Incident;
import com.aftersales.facts.input.RecordRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A day (1.0) or half day (0.5) of absenteeism that a rule found (RULES.md §0.3 AbsenceDay):
 * cause NO_SHOW, LATE4_NOT_FILED, PROXY or MANAGER (recorded by an incident).
 */
public final class AbsenceDay {

    private final LocalDate date;
    private final BigDecimal fraction;
    private final String cause;
    private final int seq;
    private final boolean inPeriod;
    private final BigDecimal dailyAvgWage;
    private final List<RecordRef> records;

    public AbsenceDay(LocalDate date, BigDecimal fraction, String cause, int seq, boolean inPeriod,
            BigDecimal dailyAvgWage, List<RecordRef> records) {
        this.date = date;
        this.fraction = fraction;
        this.cause = cause;
        this.seq = seq;
        this.inPeriod = inPeriod;
        this.dailyAvgWage = dailyAvgWage;
        this.records = List.copyOf(records);
    }

    /** The absence of a whole scheduled day. */
    public static AbsenceDay of(AttendanceDay day, String cause) {
        return new AbsenceDay(day.getDate(), BigDecimal.ONE, cause, day.getSeq(), day.isInPeriod(),
                day.getDailyAvgWage(), day.getRecords());
    }

    /** The absence of a whole day that an incident records (ATT-PROXY-2, or a manager's finding). */
    public static AbsenceDay of(AttendanceDay day, String cause, Incident incident) {
        List<RecordRef> refs = new java.util.ArrayList<>(day.getRecords());
        refs.add(incident.getRef());
        return new AbsenceDay(day.getDate(), BigDecimal.ONE, cause, day.getSeq(), day.isInPeriod(),
                day.getDailyAvgWage(), refs);
    }

    /** The absence of part of a scheduled day, e.g. 0.5 for an unfiled ATT-LATE-4 half day. */
    public static AbsenceDay part(AttendanceEvent event, String fraction, String cause) {
        return new AbsenceDay(event.getDate(), Money.of(fraction), cause, -1, event.isInPeriod(),
                event.getDailyAvgWage(), event.getRecords());
    }

    public LocalDate getDate() { return date; }
    public BigDecimal getFraction() { return fraction; }
    public boolean isFull() { return fraction.compareTo(BigDecimal.ONE) == 0; }
    public String getCause() { return cause; }
    public int getSeq() { return seq; }
    public boolean isInPeriod() { return inPeriod; }
    public BigDecimal getDailyAvgWage() { return dailyAvgWage; }
    public List<RecordRef> getRecords() { return records; }

    @Override
    public String toString() {
        return "AbsenceDay " + date + " x" + fraction + " " + cause;
    }
}
