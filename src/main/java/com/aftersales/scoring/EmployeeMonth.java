package com.aftersales.scoring;

import com.aftersales.calendar.WorkCalendar;
import com.aftersales.facts.input.Params;
import com.aftersales.facts.input.PayFloor;
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
 * shift, calendar, the records of the period and its margins, occurrences of earlier periods, and the
 * parameters of the rule book in force on the period's last day (what derivation needs of policy, such
 * as the hours of a leave day). Derivers turn it into facts.
 */
public final class EmployeeMonth {

    private final Profile profile;
    private final YearMonth period;
    private final LocalDate asOf;
    private final Wages wages;
    private final BranchShift branch;
    private final WorkCalendar calendar;
    private final Map<Class<?>, List<?>> records;
    private final List<PriorOccurrence> history;
    private final Margins margins;
    private final Params params;
    private final Decisions decisions;
    private final PayFloor payFloor;

    public EmployeeMonth(Profile profile, YearMonth period, LocalDate asOf, Wages wages, BranchShift branch,
            WorkCalendar calendar, Map<Class<?>, List<?>> records, List<PriorOccurrence> history, Margins margins,
            Params params) {
        this(profile, period, asOf, wages, branch, calendar, records, history, margins, params, null);
    }

    /** A month with its pay floor (the monthly wage and the branch's minimum wage), or null when there is none. */
    public EmployeeMonth(Profile profile, YearMonth period, LocalDate asOf, Wages wages, BranchShift branch,
            WorkCalendar calendar, Map<Class<?>, List<?>> records, List<PriorOccurrence> history, Margins margins,
            Params params, PayFloor payFloor) {
        this(profile, period, asOf, wages, branch, calendar, records, history, margins, params, Decisions.NONE,
                payFloor);
    }

    private EmployeeMonth(Profile profile, YearMonth period, LocalDate asOf, Wages wages, BranchShift branch,
            WorkCalendar calendar, Map<Class<?>, List<?>> records, List<PriorOccurrence> history, Margins margins,
            Params params, Decisions decisions, PayFloor payFloor) {
        this.profile = profile;
        this.period = period;
        this.asOf = asOf;
        this.wages = wages;
        this.branch = branch;
        this.calendar = calendar;
        this.records = Map.copyOf(records);
        this.history = List.copyOf(history);
        this.margins = margins;
        this.params = params;
        this.decisions = decisions;
        this.payFloor = payFloor;
    }

    /** The same month with the decisions of the first stage of scoring. */
    public EmployeeMonth withDecisions(Decisions d) {
        return new EmployeeMonth(profile, period, asOf, wages, branch, calendar, records, history, margins, params, d,
                payFloor);
    }

    /** The branch's default shift and whether it closes on public holidays. */
    public record BranchShift(LocalTime start, LocalTime end, boolean closedOnHolidays) {
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
    /** The days around the period whose records were loaded (runs of days are seen across its edges). */
    public Margins margins() { return margins; }
    /** The first day loaded. */
    public LocalDate from() { return margins.from(); }
    /** The last day loaded. */
    public LocalDate to() { return margins.to(); }
    /** The parameters of the rule book in force on the period's last day. */
    public Params params() { return params; }
    /** What the rules decided about records before the later derivers ran (none in the first stage). */
    public Decisions decisions() { return decisions; }
    /** The monthly wage and the branch's minimum wage of the period, or null without a monthly wage. */
    public PayFloor payFloor() { return payFloor; }

    public boolean inPeriod(LocalDate d) {
        return YearMonth.from(d).equals(period);
    }

    /** The records of one kind, in id order. */
    @SuppressWarnings("unchecked")
    public <T> List<T> records(Class<T> type) {
        return (List<T>) records.getOrDefault(type, List.of());
    }
}
