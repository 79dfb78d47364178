package com.aftersales.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** 日均工资总额: the employee's daily average wage for one month (G-6), a payroll input. */
public final class DailyWage {

    private final YearMonth month;
    private final BigDecimal amount;

    public DailyWage(YearMonth month, BigDecimal amount) {
        this.month = month;
        this.amount = amount;
    }

    public YearMonth getMonth() { return month; }
    public BigDecimal getAmount() { return amount; }

    public boolean covers(LocalDate date) {
        return YearMonth.from(date).equals(month);
    }
}
