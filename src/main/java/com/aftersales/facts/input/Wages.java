package com.aftersales.facts.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * The employee's 日均工资总额 per month (G-6), for the scored month and its neighbours, since an
 * absence run that spans two months prices each day with its own month's wage.
 */
public final class Wages {

    private final Map<YearMonth, BigDecimal> dailyAverage;

    public Wages(Map<YearMonth, BigDecimal> dailyAverage) {
        this.dailyAverage = new TreeMap<>(dailyAverage);
    }

    public boolean has(LocalDate date) {
        return dailyAverage.containsKey(YearMonth.from(date));
    }

    /** The daily average wage of the month of {@code date}, or null when payroll gave none. */
    public BigDecimal dailyOn(LocalDate date) {
        return dailyAverage.get(YearMonth.from(date));
    }

    public Map<YearMonth, BigDecimal> getDailyAverage() {
        return dailyAverage;
    }
}
