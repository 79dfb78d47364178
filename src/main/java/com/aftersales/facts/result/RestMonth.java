package com.aftersales.facts.result;

import com.aftersales.facts.input.LeaveRequest;
import com.aftersales.facts.input.Month;
import com.aftersales.facts.input.Profile;
import com.aftersales.facts.input.RecordRef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * The month's rest days against the quota (LEAVE-REST-QUOTA): days taken (approved REST hours / hours
 * per day, half days as recorded), what is left for the subsidy (LEAVE-REST-SUBSIDY) and what goes
 * beyond it (LEAVE-REST-EXCESS). {@code settled} is false while the month is not over, or when the
 * employee joined during it (pro-rating is not specified, A-11).
 */
public final class RestMonth {

    private final BigDecimal quota;
    private final BigDecimal taken;
    private final BigDecimal hoursPerDay;
    private final boolean settled;
    private final boolean managementPost;
    private final boolean commissionPaid;
    private final LocalDate date;
    private final List<RecordRef> records;

    private RestMonth(BigDecimal quota, BigDecimal taken, BigDecimal hoursPerDay, boolean settled,
            boolean managementPost, boolean commissionPaid, LocalDate date, List<RecordRef> records) {
        this.quota = quota;
        this.taken = taken;
        this.hoursPerDay = hoursPerDay;
        this.settled = settled;
        this.managementPost = managementPost;
        this.commissionPaid = commissionPaid;
        this.date = date;
        this.records = records;
    }

    /** The month of {@code rest}, the REST requests in force with days in it. */
    public static RestMonth of(Month month, Profile profile, List<?> rest, BigDecimal quota, BigDecimal hoursPerDay,
            boolean monthOver) {
        BigDecimal hours = BigDecimal.ZERO;
        TreeSet<RecordRef> refs = new TreeSet<>();
        for (Object o : rest) {
            LeaveRequest l = (LeaveRequest) o;
            hours = hours.add(l.getHoursInPeriod());
            refs.add(l.getRef());
        }
        BigDecimal taken = hours.divide(hoursPerDay, 6, RoundingMode.HALF_UP).stripTrailingZeros();
        LocalDate hired = profile.getHireDate();
        boolean joinedDuring = hired != null && hired.isAfter(month.getFirstDay());
        return new RestMonth(quota, taken, hoursPerDay, monthOver && !joinedDuring, profile.isManagementPost(),
                profile.isCommissionPaid(), month.getLastDay(), List.copyOf(refs));
    }

    public BigDecimal getQuota() { return quota; }
    public BigDecimal getTaken() { return taken; }
    public BigDecimal getLeftoverDays() { return quota.subtract(taken).max(BigDecimal.ZERO); }
    public BigDecimal getExcessDays() { return taken.subtract(quota).max(BigDecimal.ZERO); }
    public BigDecimal getExcessHours() { return getExcessDays().multiply(hoursPerDay); }
    public boolean isSettled() { return settled; }
    public boolean isManagementPost() { return managementPost; }
    public boolean isCommissionPaid() { return commissionPaid; }
    public LocalDate getDate() { return date; }
    public List<RecordRef> getRecords() { return records; }

    @Override
    public String toString() {
        return "RestMonth taken " + taken + " of " + quota;
    }
}
