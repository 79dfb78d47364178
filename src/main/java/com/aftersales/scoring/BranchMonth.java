package com.aftersales.scoring;

import com.aftersales.calendar.WorkCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Everything known about one branch for one month, before any rule: the records that concern its
 * branch-level figures (visits, deliveries, orders, sales), the calendar and the day it is scored.
 * Branch derivers turn it into facts, as {@link EmployeeMonth} is for an employee.
 */
public final class BranchMonth {

    private final String branch;
    private final YearMonth period;
    private final LocalDate asOf;
    private final WorkCalendar calendar;
    private final Map<Class<?>, List<?>> records;

    public BranchMonth(String branch, YearMonth period, LocalDate asOf, WorkCalendar calendar,
            Map<Class<?>, List<?>> records) {
        this.branch = branch;
        this.period = period;
        this.asOf = asOf;
        this.calendar = calendar;
        this.records = Map.copyOf(records);
    }

    public String branch() { return branch; }
    public YearMonth period() { return period; }
    /** The day the month is scored: deadlines after it are not over yet. */
    public LocalDate asOf() { return asOf; }
    public WorkCalendar calendar() { return calendar; }

    /** The records of one kind, in id order. */
    @SuppressWarnings("unchecked")
    public <T> List<T> records(Class<T> type) {
        return (List<T>) records.getOrDefault(type, List.of());
    }
}
