package com.aftersales.rules;

import com.aftersales.attendance.PunchRecord;
import com.aftersales.attendance.ShiftRecord;
import com.aftersales.leave.LeaveRecord;
import com.aftersales.leave.LeaveType;
import com.aftersales.workorder.IncidentRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Small builders of input records for rule tests. */
public final class Records {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private Records() {
    }

    private static String id(String prefix) {
        return prefix + "-" + SEQ.incrementAndGet();
    }

    /** A shift 08:30–17:30 on {@code date} for the employee. */
    public static ShiftRecord shift(String employee, String date) {
        return new ShiftRecord(id("S"), employee, LocalDate.parse(date), LocalTime.of(8, 30), LocalTime.of(17, 30));
    }

    public static PunchRecord punch(String employee, String dateTime) {
        return new PunchRecord(id("P"), employee, LocalDateTime.parse(dateTime), PunchRecord.Source.FINGERPRINT);
    }

    /** A worked day: clock-in and clock-out at the given times ("08:30", "17:30"). */
    public static Object[] day(String employee, String date, String in, String out) {
        return new Object[] {shift(employee, date), punch(employee, date + "T" + in), punch(employee, date + "T" + out)};
    }

    /** A scheduled day with no punch at all. */
    public static Object[] absent(String employee, String date) {
        return new Object[] {shift(employee, date)};
    }

    public static LeaveRecord leave(String employee, LeaveType type, String start, String end, String hours) {
        return new LeaveRecord(id("L"), employee, type, LocalDate.parse(start), LocalDate.parse(end), null, null,
                new BigDecimal(hours), false, LeaveRecord.Status.APPROVED, null, false, List.of(), null);
    }

    /** The half-day leave filed after a 31–60 minute lateness (ATT-LATE-4). */
    public static LeaveRecord late4Leave(String employee, String date) {
        return new LeaveRecord(id("L"), employee, LeaveType.PERSONAL, LocalDate.parse(date), LocalDate.parse(date),
                null, null, new BigDecimal("4"), false, LeaveRecord.Status.APPROVED, null, true, List.of(), null);
    }

    public static IncidentRecord incident(String employee, String date, String code, String amount) {
        return new IncidentRecord(id("I"), employee, LocalDate.parse(date), code, null,
                amount == null ? null : new BigDecimal(amount), null, null, null, null, null, null, null, null);
    }

    public static IncidentRecord unreported(String employee, String date, boolean verified, boolean reported,
            boolean completed) {
        return unreported(employee, date, verified, reported, completed, null);
    }

    /** An ATT-UNREPORTED incident with the manager's amount (null for none). */
    public static IncidentRecord unreported(String employee, String date, boolean verified, boolean reported,
            boolean completed, String amount) {
        return new IncidentRecord(id("I"), employee, LocalDate.parse(date), "ATT-UNREPORTED", null,
                amount == null ? null : new BigDecimal(amount), null, verified, reported, completed, null, null, null,
                null);
    }
}
