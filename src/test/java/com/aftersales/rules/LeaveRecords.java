package com.aftersales.rules;

import com.aftersales.attendance.ShiftRecord;
import com.aftersales.leave.LeaveRecord;
import com.aftersales.leave.LeaveType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds leave records for rule tests:
 * {@code LeaveRecords.of("WANG", LeaveType.SICK, "2024-11-04", "2024-11-06", "24").certificate().build()}.
 * Approved with no approval chain unless told otherwise.
 */
public final class LeaveRecords {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final String employee;
    private final LeaveType type;
    private final LocalDate start;
    private final LocalDate end;
    private final BigDecimal hours;
    private String id;
    private boolean certificate;
    private boolean late4;
    private LeaveRecord.Status status = LeaveRecord.Status.APPROVED;
    private List<String> chain = List.of();

    private LeaveRecords(String employee, LeaveType type, String start, String end, String hours) {
        this.employee = employee;
        this.type = type;
        this.start = LocalDate.parse(start);
        this.end = LocalDate.parse(end);
        this.hours = new BigDecimal(hours);
        this.id = "L-" + SEQ.incrementAndGet();
    }

    public static LeaveRecords of(String employee, LeaveType type, String start, String end, String hours) {
        return new LeaveRecords(employee, type, start, end, hours);
    }

    /** Whole days of 8 hours from {@code start} to {@code end}. */
    public static LeaveRecords days(String employee, LeaveType type, String start, String end) {
        long n = LocalDate.parse(start).datesUntil(LocalDate.parse(end).plusDays(1)).count();
        return new LeaveRecords(employee, type, start, end, String.valueOf(8 * n));
    }

    public LeaveRecords id(String value) {
        this.id = value;
        return this;
    }

    public LeaveRecords certificate() {
        this.certificate = true;
        return this;
    }

    public LeaveRecords late4() {
        this.late4 = true;
        return this;
    }

    public LeaveRecords status(LeaveRecord.Status s) {
        this.status = s;
        return this;
    }

    public LeaveRecords chain(String... roles) {
        this.chain = List.of(roles);
        return this;
    }

    public LeaveRecord build() {
        return new LeaveRecord(id, employee, type, start, end, null, null, hours, certificate, status, null, late4,
                chain, null);
    }

    /** The request and a rostered shift on each of its days, so its days are scheduled work days. */
    public Object[] rostered() {
        List<Object> out = new ArrayList<>();
        out.add(build());
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            out.add(shift(d));
        }
        return out.toArray();
    }

    private ShiftRecord shift(LocalDate d) {
        return Records.shift(employee, d.toString());
    }
}
