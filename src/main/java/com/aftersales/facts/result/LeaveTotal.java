package com.aftersales.facts.result;

import com.aftersales.facts.input.Month;
import com.aftersales.facts.input.Profile;
import com.aftersales.facts.input.RecordRef;
import com.aftersales.facts.input.Wages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * A month's cumulative PERSONAL or SICK leave hours (RULES.md §3 algorithm step 3), priced by the
 * LeaveDeduction table (step 4), dated on the month's last day. The table compares {@link #getHours()}
 * with each row's bounds; what a row charges is {@link #getChargedHours()}.
 * <ul>
 * <li>{@link Kind#WHOLE} (P_LEAVE_TIER_MODE = WHOLE_AT_TIER, the default): the month's total chooses
 * one row, which charges the whole total.</li>
 * <li>{@link Kind#BAND} (PROGRESSIVE, A-8(e)): the total cut into bands of half an hour, the
 * resolution of the table's hour bounds (an upload refuses bounds that are not whole or half hours);
 * each band asks the table which row it falls in and is not charged ({@link LeaveBand}).</li>
 * <li>{@link Kind#SLICE} (PROGRESSIVE): the adjacent bands of one row, from {@code from} to {@code to}
 * hours of the total; the row charges their hours at its own rate.</li>
 * </ul>
 */
public final class LeaveTotal {

    public static final String WHOLE_AT_TIER = "WHOLE_AT_TIER";
    public static final String PROGRESSIVE = "PROGRESSIVE";

    /** What the fact stands for: the whole total, a band that asks for its tier, or a tier's slice. */
    public enum Kind { WHOLE, BAND, SLICE }

    private static final BigDecimal BAND = new BigDecimal("0.5");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final Kind kind;
    private final String category;
    private final BigDecimal monthHours;
    private final BigDecimal from;
    private final BigDecimal to;
    private final List<LeavePart> parts;
    private final boolean managementPost;
    private final BigDecimal dailyAvgWage;
    private final BigDecimal hoursPerDay;
    private final LocalDate date;

    private LeaveTotal(Kind kind, String category, BigDecimal monthHours, BigDecimal from, BigDecimal to,
            List<LeavePart> parts, boolean managementPost, BigDecimal dailyAvgWage, BigDecimal hoursPerDay,
            LocalDate date) {
        this.kind = kind;
        this.category = category;
        this.monthHours = monthHours;
        this.from = from;
        this.to = to;
        this.parts = List.copyOf(parts);
        this.managementPost = managementPost;
        this.dailyAvgWage = dailyAvgWage;
        this.hoursPerDay = hoursPerDay;
        this.date = date;
    }

    /** The total of {@code parts} (all of one category) for the scored month. */
    public static LeaveTotal of(String category, List<?> parts, Profile profile, Wages wages, Month month,
            BigDecimal hoursPerDay) {
        List<LeavePart> sorted = new ArrayList<>();
        parts.forEach(p -> sorted.add((LeavePart) p));
        sorted.sort(Comparator.comparing(LeavePart::getCause).thenComparing(LeavePart::describe));
        BigDecimal hours = sorted.stream().map(LeavePart::getHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new LeaveTotal(Kind.WHOLE, category, hours, BigDecimal.ZERO, hours, sorted, profile.isManagementPost(),
                wages.dailyOn(month.getLastDay()), hoursPerDay, month.getLastDay());
    }

    /**
     * What the table is asked to price under P_LEAVE_TIER_MODE: this total (WHOLE_AT_TIER), or its
     * half-hour bands (PROGRESSIVE), whose rows {@link LeaveBand#slices} then turns into slices.
     */
    public List<LeaveTotal> priced(String tierMode) {
        String mode = tierMode == null ? "" : tierMode.trim();
        if (WHOLE_AT_TIER.equals(mode)) {
            return List.of(this);
        }
        if (!PROGRESSIVE.equals(mode)) {
            throw new IllegalArgumentException("P_LEAVE_TIER_MODE must be WHOLE_AT_TIER or PROGRESSIVE, not " + tierMode);
        }
        List<LeaveTotal> bands = new ArrayList<>();
        for (BigDecimal a = BigDecimal.ZERO; a.compareTo(monthHours) < 0; a = a.add(BAND)) {
            bands.add(part(Kind.BAND, a, a.add(BAND).min(monthHours)));
        }
        return bands;
    }

    /** The part of this total from {@code a} to {@code b} hours. */
    LeaveTotal part(Kind k, BigDecimal a, BigDecimal b) {
        return new LeaveTotal(k, category, monthHours, a, b, parts, managementPost, dailyAvgWage, hoursPerDay, date);
    }

    public Kind getKind() { return kind; }
    public boolean isBand() { return kind == Kind.BAND; }
    public boolean isSlice() { return kind == Kind.SLICE; }
    public String getCategory() { return category; }

    /**
     * The hours the table compares with its bounds: the month's total, or the middle of a band or a
     * slice (which lies in the same row as the whole band or slice).
     */
    public BigDecimal getHours() {
        return kind == Kind.WHOLE ? monthHours : from.add(to).divide(TWO, 6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** The hours the row charges: the whole total, or the slice's (a band is not charged). */
    public BigDecimal getChargedHours() { return to.subtract(from); }
    /** The month's cumulative hours of the category. */
    public BigDecimal getMonthHours() { return monthHours; }
    /** Where a band or a slice starts in the month's total (0 for the whole total). */
    public BigDecimal getFrom() { return from; }
    /** Where a band or a slice ends in the month's total. */
    public BigDecimal getTo() { return to; }
    public List<LeavePart> getParts() { return parts; }
    public boolean isManagementPost() { return managementPost; }
    /** 本月日均工资总额, or null when payroll gave none. */
    public BigDecimal getDailyAvgWage() { return dailyAvgWage; }
    public BigDecimal getHoursPerDay() { return hoursPerDay; }
    public LocalDate getDate() { return date; }

    public List<RecordRef> getRecords() {
        TreeSet<RecordRef> refs = new TreeSet<>();
        parts.forEach(p -> refs.addAll(p.getRecords()));
        return List.copyOf(refs);
    }

    @Override
    public String toString() {
        return "LeaveTotal " + kind + " " + category + " " + monthHours + " h"
                + (kind == Kind.WHOLE ? "" : " [" + from + ", " + to + ")");
    }
}
