package com.aftersales.facts.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What the statutory guards of RULES.md §9.5 (L-4) compare a month's deductions with: the employee's monthly wage
 * of the period (payroll's input beside the daily average wage) and the local minimum monthly wage of the
 * employee's branch in force on the period's last day, with the day it took effect; {@code minimumWage} is null
 * when HR has given the branch none. There is no pay floor without a monthly wage.
 */
public final class PayFloor {

    private final String employeeId;
    private final YearMonth period;
    private final BigDecimal monthlyWage;
    private final String branch;
    private final BigDecimal minimumWage;
    private final LocalDate minimumWageFrom;

    public PayFloor(String employeeId, YearMonth period, BigDecimal monthlyWage, String branch,
            BigDecimal minimumWage, LocalDate minimumWageFrom) {
        this.employeeId = employeeId;
        this.period = period;
        this.monthlyWage = monthlyWage;
        this.branch = branch;
        this.minimumWage = minimumWage;
        this.minimumWageFrom = minimumWageFrom;
    }

    public String getEmployeeId() { return employeeId; }
    public YearMonth getPeriod() { return period; }
    public BigDecimal getMonthlyWage() { return monthlyWage; }
    public String getBranch() { return branch; }
    /** The branch's minimum monthly wage in force on the period's last day, or null when none is given. */
    public BigDecimal getMinimumWage() { return minimumWage; }
    public LocalDate getMinimumWageFrom() { return minimumWageFrom; }

    @Override
    public String toString() {
        return "PayFloor " + employeeId + " " + period + " wage " + monthlyWage + " minimum " + minimumWage;
    }
}
