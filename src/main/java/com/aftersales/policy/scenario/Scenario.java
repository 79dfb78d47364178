package com.aftersales.policy.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * One test scenario of a revision's {@code Tests} sheet: the people and records given, the month
 * scored, the lines and flags expected, and the rule ids whose lines and flags it does not check.
 * {@code at} locates each part in the workbook.
 */
public record Scenario(String id, String title, String at, YearMonth period, List<Person> people,
        List<Given> records, List<Prior> priors, List<Expected> expected, List<String> ignored) {

    /** An employee the scenario scores: profile fields and daily average wage. */
    public record Person(String employeeId, Map<String, String> fields, BigDecimal dailyWage, String at) {
    }

    /** A record of some kind ("punch", "leave", "incident", ...) as its JSON fields. */
    public record Given(String kind, Map<String, Object> fields, String at) {
    }

    /** An occurrence counted in an earlier period (e.g. an earlier absenteeism). */
    public record Prior(String employeeId, String ruleId, LocalDate date, String key, String at) {
    }

    /** What an expectation row asks for. */
    public enum Kind { DEDUCT, PAY, FLAG, NOTHING }

    /**
     * An expected line (DEDUCT or PAY of {@code what} = rule id), flag ({@code what} = code, {@code rule}
     * optional) or NOTHING for the employee. A null date matches any date.
     */
    public record Expected(Kind kind, String employeeId, String what, LocalDate date, BigDecimal amount, String rule,
            String at) {

        public String describe() {
            return switch (kind) {
                case NOTHING -> "nothing for " + employeeId;
                case FLAG -> "flag " + what + (rule == null ? "" : " (" + rule + ")") + (date == null ? "" : " on " + date)
                        + " for " + employeeId;
                default -> what + " " + kind + " " + amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                        + (date == null ? "" : " on " + date) + " for " + employeeId;
            };
        }
    }
}
