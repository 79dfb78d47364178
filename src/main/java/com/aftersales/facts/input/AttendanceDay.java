package com.aftersales.facts.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One employee-date as the clock and the roster show it (RULES.md §0.3 AttendanceDay), derived in
 * Java from shifts, punches, leave and the calendar. Times are truncated to the minute (G-2).
 * {@code seq} numbers the scheduled work days in order, so rules can tell consecutive ones.
 */
public final class AttendanceDay {

    /** Why a day is not a scheduled work day. */
    public enum Off { NONE, NOT_ROSTERED, REST_DAY, HOLIDAY, PAID_LEAVE, BEFORE_HIRE }

    private final LocalDate date;
    private final boolean inPeriod;
    private final boolean future;
    private final Off off;
    private final int seq;
    private final LocalDateTime shiftStart;
    private final LocalDateTime shiftEnd;
    private final LocalDateTime clockIn;
    private final LocalDateTime clockOut;
    private final Integer lateMinutes;
    private final Integer earlyMinutes;
    private final boolean peakSeason;
    private final BigDecimal leaveHours;
    private final boolean late4Filed;
    private final boolean workEvidence;
    private final BigDecimal dailyAvgWage;
    private final List<RecordRef> records;

    public AttendanceDay(LocalDate date, boolean inPeriod, boolean future, Off off, int seq,
            LocalDateTime shiftStart, LocalDateTime shiftEnd, LocalDateTime clockIn, LocalDateTime clockOut,
            Integer lateMinutes, Integer earlyMinutes, boolean peakSeason, BigDecimal leaveHours,
            boolean late4Filed, boolean workEvidence, BigDecimal dailyAvgWage, List<RecordRef> records) {
        this.date = date;
        this.inPeriod = inPeriod;
        this.future = future;
        this.off = off;
        this.seq = seq;
        this.shiftStart = shiftStart;
        this.shiftEnd = shiftEnd;
        this.clockIn = clockIn;
        this.clockOut = clockOut;
        this.lateMinutes = lateMinutes;
        this.earlyMinutes = earlyMinutes;
        this.peakSeason = peakSeason;
        this.leaveHours = leaveHours;
        this.late4Filed = late4Filed;
        this.workEvidence = workEvidence;
        this.dailyAvgWage = dailyAvgWage;
        this.records = List.copyOf(records);
    }

    public LocalDate getDate() { return date; }
    /** False for the days of the neighbouring months loaded to see runs across the month end. */
    public boolean isInPeriod() { return inPeriod; }
    /** True for days not yet over when the month is scored: nothing is known of them. */
    public boolean isFuture() { return future; }
    public Off getOff() { return off; }
    /** A scheduled work day (rostered, or every day without a roster) that is not rest, holiday or paid leave. */
    public boolean isWorkDay() { return off == Off.NONE; }
    public int getSeq() { return seq; }
    public LocalDateTime getShiftStart() { return shiftStart; }
    public LocalDateTime getShiftEnd() { return shiftEnd; }
    public LocalDateTime getClockIn() { return clockIn; }
    public LocalDateTime getClockOut() { return clockOut; }
    public Integer getLateMinutes() { return lateMinutes; }
    public Integer getEarlyMinutes() { return earlyMinutes; }
    public boolean isPeakSeason() { return peakSeason; }
    /**
     * Hours of approved leave on this day that did not make it a day off (personal, sick, injury leave,
     * or a part day of any leave), exact: rules compare them with {@code P_HOURS_PER_DAY}.
     */
    public BigDecimal getLeaveHours() { return leaveHours; }
    /** An approved half-day leave was filed for this day under ATT-LATE-4. */
    public boolean isLate4Filed() { return late4Filed; }
    /** Other evidence of attendance, such as work orders completed this day. */
    public boolean isWorkEvidence() { return workEvidence; }
    /** 日均工资总额 of this date's month, or null when payroll gave none. */
    public BigDecimal getDailyAvgWage() { return dailyAvgWage; }
    public boolean isPunchedIn() { return clockIn != null; }
    public boolean isPunchedOut() { return clockOut != null; }
    public List<RecordRef> getRecords() { return records; }

    @Override
    public String toString() {
        return "AttendanceDay " + date + " " + off + " in=" + clockIn + " out=" + clockOut;
    }
}
