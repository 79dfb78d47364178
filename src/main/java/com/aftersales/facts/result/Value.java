package com.aftersales.facts.result;

/**
 * One input value a rule used, for the explanation: {@code name} is a camelCase key that the
 * explanation translates (lateMinutes, dailyAvgWage, ...), {@code value} its text as used.
 */
public record Value(String name, String value) {
}
