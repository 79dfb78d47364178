package com.aftersales.facts.result;

import com.aftersales.facts.functions.Seniority;
import com.aftersales.facts.input.LeaveRequest;
import com.aftersales.facts.input.Profile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What one paid leave type entitles the employee to on a date (LEAVE-PAID-ELIGIBILITY, LEAVE-MARRIAGE …
 * LEAVE-ANNUAL), asked for a request in force being scored or by a clerk; the PaidLeave table answers
 * with an {@link Entitlement}. For a request it also carries how much it asks and, for leave counted
 * per year, how much the same year's earlier requests used.
 */
public final class EntitlementQuestion {

    private final String type;
    private final LocalDate date;
    private final LocalDate seniorityStart;
    private final int fullYears;
    private final boolean formalEmployee;
    private final boolean registeredDuringEmployment;
    private final LeaveRequest request;
    private final BigDecimal requestedDays;
    private final BigDecimal usedBeforeDays;

    private EntitlementQuestion(String type, LocalDate date, Profile p, String seniorityMode, LeaveRequest request,
            BigDecimal requestedDays, BigDecimal usedBeforeDays) {
        this.type = type;
        this.date = date;
        this.seniorityStart = Seniority.start(p, seniorityMode);
        this.fullYears = Seniority.fullYears(seniorityStart, date);
        this.formalEmployee = p.isFormalEmployee();
        LocalDate reg = p.getMarriageRegistrationDate();
        this.registeredDuringEmployment = reg != null && p.getHireDate() != null && !reg.isBefore(p.getHireDate());
        this.request = request;
        this.requestedDays = requestedDays;
        this.usedBeforeDays = usedBeforeDays;
    }

    /** A clerk's question about {@code type} on {@code date}. */
    public static EntitlementQuestion of(Profile p, String type, LocalDate date, String seniorityMode) {
        return new EntitlementQuestion(type, date, p, seniorityMode, null, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * The question of a request in force: evaluated on its first day (or 1 January of that year when
     * {@code evalDate} is JANUARY_1, P_ANNUAL_EVAL_DATE); {@code earlier} are the same year's requests
     * of the same type before it.
     */
    public static EntitlementQuestion forRequest(Profile p, LeaveRequest l, List<?> earlier, String unit,
            BigDecimal hoursPerDay, String seniorityMode, String evalDate) {
        LocalDate date = "JANUARY_1".equals(evalDate) ? l.getStart().withDayOfYear(1) : l.getStart();
        BigDecimal used = BigDecimal.ZERO;
        for (Object o : earlier) {
            used = used.add(((LeaveRequest) o).lengthDays(unit, hoursPerDay));
        }
        return new EntitlementQuestion(l.getType(), date, p, seniorityMode, l, l.lengthDays(unit, hoursPerDay), used);
    }

    public String getType() { return type; }
    public LocalDate getDate() { return date; }
    public LocalDate getSeniorityStart() { return seniorityStart; }
    public int getFullYears() { return fullYears; }
    public boolean isFormalEmployee() { return formalEmployee; }
    /** The marriage was registered on or after the hire date (婚假必须在XX工作期间领证). */
    public boolean isRegisteredDuringEmployment() { return registeredDuringEmployment; }
    /** The request asked about, or null for a clerk's question. */
    public LeaveRequest getRequest() { return request; }
    public BigDecimal getRequestedDays() { return requestedDays; }
    public BigDecimal getUsedBeforeDays() { return usedBeforeDays; }

    @Override
    public String toString() {
        return "EntitlementQuestion " + type + " on " + date + (request == null ? "" : " for " + request.getId());
    }
}
