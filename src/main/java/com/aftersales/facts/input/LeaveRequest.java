package com.aftersales.facts.input;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One leave request as the rules see it (RULES.md §0.3 LeaveRequest, §0.4), derived in Java from a
 * leave record: the whole request (its length decides routing and certificates) and the part of its
 * hours that falls in the scored month (G-4: spread evenly over its calendar days, see {@link #hoursOn}).
 */
public final class LeaveRequest {

    private final String id;
    private final String type;
    private final String status;
    private final boolean paidType;
    private final LocalDate start;
    private final LocalDate end;
    private final BigDecimal hours;
    private final LocalDate periodFirst;
    private final LocalDate periodLast;
    private final boolean certificate;
    private final boolean late4Filing;
    private final List<String> approvalChain;
    private final LocalDateTime filedAt;
    private final List<LocalDate> blackoutDates;
    private final String blackoutName;
    private final List<LocalDate> nonHolidayDates;
    private final BigDecimal restBlockHours;

    public LeaveRequest(String id, String type, String status, boolean paidType, LocalDate start, LocalDate end,
            BigDecimal hours, LocalDate periodFirst, LocalDate periodLast, boolean certificate, boolean late4Filing,
            List<String> approvalChain, LocalDateTime filedAt, List<LocalDate> blackoutDates, String blackoutName,
            List<LocalDate> nonHolidayDates, BigDecimal restBlockHours) {
        this.id = id;
        this.type = type;
        this.status = status;
        this.paidType = paidType;
        this.start = start;
        this.end = end;
        this.hours = hours;
        this.periodFirst = periodFirst;
        this.periodLast = periodLast;
        this.certificate = certificate;
        this.late4Filing = late4Filing;
        this.approvalChain = List.copyOf(approvalChain);
        this.filedAt = filedAt;
        this.blackoutDates = List.copyOf(blackoutDates);
        this.blackoutName = blackoutName;
        this.nonHolidayDates = List.copyOf(nonHolidayDates);
        this.restBlockHours = restBlockHours;
    }

    public String getId() { return id; }
    /** PERSONAL, SICK, REST, STATUTORY, MARRIAGE, ... (RULES.md §0.3). */
    public String getType() { return type; }
    public String getStatus() { return status; }
    public boolean isApproved() { return "APPROVED".equals(status); }
    public boolean isPending() { return "PENDING".equals(status); }
    /** One of the paid leave types of LEAVE-PAID-ELIGIBILITY. */
    public boolean isPaidType() { return paidType; }
    public LocalDate getStart() { return start; }
    public LocalDate getEnd() { return end; }
    /** The approved hours of the whole request. */
    public BigDecimal getHours() { return hours; }
    public int getCalendarDays() { return (int) ChronoUnit.DAYS.between(start, end) + 1; }
    public boolean isCertificate() { return certificate; }
    public boolean isLate4Filing() { return late4Filing; }
    /** The role codes that approved, reviewed or filed the request, in the order recorded. */
    public List<String> getApprovalChain() { return approvalChain; }
    public boolean isChainRecorded() { return !approvalChain.isEmpty(); }
    public LocalDateTime getFiledAt() { return filedAt; }
    /** Dates of the request inside a blackout period of the calendar (LEAVE-REST-BLACKOUT). */
    public List<LocalDate> getBlackoutDates() { return blackoutDates; }
    public String getBlackoutName() { return blackoutName; }
    /** Dates of the request that are not public holidays in the calendar (LEAVE-STATUTORY). */
    public List<LocalDate> getNonHolidayDates() { return nonHolidayDates; }
    /** Hours of the block of consecutive REST requests this one belongs to (LEAVE-REST-MAXRUN); 0 for other types. */
    public BigDecimal getRestBlockHours() { return restBlockHours; }
    public RecordRef getRef() { return RecordRef.of("leave", id); }
    public List<RecordRef> getRecords() { return List.of(getRef()); }

    /** Whether any of its dates falls in the scored month. */
    public boolean isInPeriod() {
        return !end.isBefore(periodFirst) && !start.isAfter(periodLast);
    }

    /** The hours on dates of the scored month. */
    public BigDecimal getHoursInPeriod() {
        return hoursOn(periodFirst, periodLast);
    }

    /**
     * The day a finding about the request is dated: its start, or the month's first day if it began
     * earlier; a request with no day in the month keeps its start (its findings belong to its own month).
     */
    public LocalDate getFlagDate() {
        return isInPeriod() && start.isBefore(periodFirst) ? periodFirst : start;
    }

    /** The hours in the scored month of {@code requests} (LeaveRequest facts) together. */
    public static BigDecimal hoursInPeriod(java.util.Collection<?> requests) {
        return requests.stream().map(r -> ((LeaveRequest) r).getHoursInPeriod()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The request in days of {@code hoursPerDay} hours (G-5: days = hours / 8). */
    public BigDecimal days(BigDecimal hoursPerDay) {
        return hours.divide(hoursPerDay, 6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /**
     * The length that routing and entitlements count: calendar days for paid leave when the unit is
     * CALENDAR (RULES.md A-14), otherwise hours / hours per day.
     */
    public BigDecimal lengthDays(String paidLeaveUnit, BigDecimal hoursPerDay) {
        if (paidType && "CALENDAR".equals(paidLeaveUnit)) {
            return BigDecimal.valueOf(getCalendarDays());
        }
        return days(hoursPerDay);
    }

    /** Starts before {@code other} (ties broken by id), for counting what was used before it. */
    public boolean isBefore(LeaveRequest other) {
        int c = start.compareTo(other.start);
        return c < 0 || (c == 0 && id.compareTo(other.id) < 0);
    }

    /**
     * The hours on the dates {@code from}..{@code to}: the hours are spread evenly over the request's
     * calendar days, and each cut is rounded to 0.01 h cumulatively, so the parts of a request split
     * over two months add up to its hours exactly.
     */
    public BigDecimal hoursOn(LocalDate from, LocalDate to) {
        LocalDate a = from.isAfter(start) ? from : start;
        LocalDate b = to.isBefore(end) ? to : end;
        if (a.isAfter(b)) {
            return BigDecimal.ZERO;
        }
        long before = ChronoUnit.DAYS.between(start, a);
        long upTo = ChronoUnit.DAYS.between(start, b) + 1;
        return cut(upTo).subtract(cut(before));
    }

    private BigDecimal cut(long days) {
        return hours.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(getCalendarDays()), 2,
                RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return "LeaveRequest " + id + " " + type + " " + start + ".." + end + " " + hours + " h " + status;
    }
}
