package com.aftersales.scoring;

import com.aftersales.calendar.WorkCalendar;
import com.aftersales.facts.input.PriorOccurrence;
import com.aftersales.facts.input.Profile;
import com.aftersales.facts.input.Wages;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Everything known about one employee for one pay period, before any rule: profile, wages, branch
 * shift, calendar, the records of the period and its margins, and occurrences of earlier periods.
 * Derivers turn it into facts.
 */
public final class EmployeeMonth {

    /** Days loaded before and after the period, so runs of days can be seen across its edges. */
    public static final int MARGIN_DAYS = 10;

    private final Profile profile;
    private final YearMonth period;
    private final LocalDate asOf;
    private final Wages wages;
    private final BranchShift branch;
    private final WorkCalendar calendar;
    private final Map<Class<?>, List<?>> records;
    private final List<PriorOccurrence> history;
    private final Decisions decisions;

    public EmployeeMonth(Profile profile, YearMonth period, LocalDate asOf, Wages wages, BranchShift branch,
            WorkCalendar calendar, Map<Class<?>, List<?>> records, List<PriorOccurrence> history) {
        this(profile, period, asOf, wages, branch, calendar, records, history, Decisions.NONE);
    }

    private EmployeeMonth(Profile profile, YearMonth period, LocalDate asOf, Wages wages, BranchShift branch,
            WorkCalendar calendar, Map<Class<?>, List<?>> records, List<PriorOccurrence> history, Decisions decisions) {
        this.profile = profile;
        this.period = period;
        this.asOf = asOf;
        this.wages = wages;
        this.branch = branch;
        this.calendar = calendar;
        this.records = Map.copyOf(records);
        this.history = List.copyOf(history);
        this.decisions = decisions;
    }

    /** The same month with the decisions of the first stage of scoring. */
    public EmployeeMonth withDecisions(Decisions d) {
        return new EmployeeMonth(profile, period, asOf, wages, branch, calendar, records, history, d);
    }

    /** The branch's default shift and whether it closes on public holidays. */
    public record BranchShift(LocalTime start, LocalTime end, boolean closedOnHolidays) {
    }

    public static LocalDate loadFrom(YearMonth period) {
        return period.atDay(1).minusDays(MARGIN_DAYS);
    }

    public static LocalDate loadTo(YearMonth period) {
        return period.atEndOfMonth().plusDays(MARGIN_DAYS);
    }

    public Profile profile() { return profile; }
    public String employeeId() { return profile.getEmployeeId(); }
    public YearMonth period() { return period; }
    /** The day the month is scored; days from it on are not over yet and prove nothing. */
    public LocalDate asOf() { return asOf; }
    public Wages wages() { return wages; }
    public BranchShift branch() { return branch; }
    public WorkCalendar calendar() { return calendar; }
    public List<PriorOccurrence> history() { return history; }
    /** What the rules decided about records before the later derivers ran (none in the first stage). */
    public Decisions decisions() { return decisions; }

    public boolean inPeriod(LocalDate d) {
        return YearMonth.from(d).equals(period);
    }

    /** The records of one kind, in id order. */
    @SuppressWarnings("unchecked")
    public <T> List<T> records(Class<T> type) {
        return (List<T>) records.getOrDefault(type, List.of());
    }
}
