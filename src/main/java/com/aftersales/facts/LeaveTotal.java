package com.aftersales.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * A month's cumulative PERSONAL or SICK leave hours (RULES.md §3 algorithm step 3), which choose one
 * tier of the LeaveDeduction table and are priced as a whole (step 4). Dated on the month's last day.
 */
public final class LeaveTotal {

    private final String category;
    private final BigDecimal hours;
    private final List<LeavePart> parts;
    private final boolean managementPost;
    private final BigDecimal dailyAvgWage;
    private final BigDecimal hoursPerDay;
    private final LocalDate date;

    private LeaveTotal(String category, BigDecimal hours, List<LeavePart> parts, boolean managementPost,
            BigDecimal dailyAvgWage, BigDecimal hoursPerDay, LocalDate date) {
        this.category = category;
        this.hours = hours;
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
        return new LeaveTotal(category, hours, sorted, profile.isManagementPost(), wages.dailyOn(month.getLastDay()),
                hoursPerDay, month.getLastDay());
    }

    public String getCategory() { return category; }
    public BigDecimal getHours() { return hours; }
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
        return "LeaveTotal " + category + " " + hours + " h";
    }
}
