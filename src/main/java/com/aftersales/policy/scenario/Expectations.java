package com.aftersales.policy.scenario;

import com.aftersales.facts.result.Direction;
import com.aftersales.scoring.ScoredFlag;
import com.aftersales.scoring.ScoredLine;
import com.aftersales.scoring.ScoredMonth;
import com.aftersales.problem.ApiError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares a scenario's scored lines and flags with its expectations. Only employees named on an
 * expectation row are checked, and for them only lines and flags of the revision's own policy (or of a
 * rule an expectation names), except rules the scenario ignores: each expected one must be found once,
 * and nothing else may be left.
 */
final class Expectations {

    private final Scenario s;
    private final String policy;
    private final Set<String> checked;
    private final Set<String> named;

    Expectations(Scenario s, String policy) {
        this.s = s;
        this.policy = policy;
        this.checked = s.expected().stream().map(Scenario.Expected::employeeId).collect(Collectors.toSet());
        this.named = s.expected().stream().filter(e -> e.kind() != Scenario.Kind.NOTHING)
                .flatMap(e -> java.util.stream.Stream.of(e.what(), e.rule())).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
    }

    List<ApiError> compare(List<ScoredMonth> months) {
        List<ScoredLine> lines = new ArrayList<>();
        List<ScoredFlag> flags = new ArrayList<>();
        for (ScoredMonth m : months) {
            m.lines().stream().filter(l -> checked.contains(l.employeeId()))
                    .filter(l -> !s.ignored().contains(l.line().getRuleId()))
                    .filter(l -> policy.equals(l.line().getPolicy()) || named.contains(l.line().getRuleId()))
                    .forEach(lines::add);
            m.flags().stream().filter(f -> checked.contains(f.employeeId()))
                    .filter(f -> !s.ignored().contains(f.flag().getRuleId()))
                    .filter(f -> policy.equals(f.flag().getPolicy()) || named.contains(f.flag().getRuleId())
                            || named.contains(f.flag().getCode()))
                    .forEach(flags::add);
        }
        List<ApiError> failures = new ArrayList<>();
        for (Scenario.Expected e : s.expected()) {
            switch (e.kind()) {
                case DEDUCT, PAY -> {
                    ScoredLine hit = lines.stream().filter(l -> matches(e, l)).findFirst().orElse(null);
                    if (hit == null) {
                        failures.add(new ApiError(e.at(), "scenario " + s.id() + ": expected " + e.describe()
                                + ", got " + describeLines(e.employeeId(), lines)));
                    } else {
                        lines.remove(hit);
                    }
                }
                case FLAG -> {
                    ScoredFlag hit = flags.stream().filter(f -> matches(e, f)).findFirst().orElse(null);
                    if (hit == null) {
                        failures.add(new ApiError(e.at(), "scenario " + s.id() + ": expected " + e.describe()
                                + ", got " + describeFlags(e.employeeId(), flags)));
                    } else {
                        flags.remove(hit);
                    }
                }
                default -> {
                }
            }
        }
        for (ScoredLine l : lines) {
            failures.add(new ApiError(s.at(), "scenario " + s.id() + ": unexpected line " + describe(l)));
        }
        for (ScoredFlag f : flags) {
            failures.add(new ApiError(s.at(), "scenario " + s.id() + ": unexpected flag " + f.flag().getCode() + " ("
                    + f.flag().getRuleId() + ") on " + f.flag().getDate() + " for " + f.employeeId() + ": "
                    + f.flag().getDetail()));
        }
        return failures;
    }

    private static boolean matches(Scenario.Expected e, ScoredLine l) {
        Direction d = e.kind() == Scenario.Kind.PAY ? Direction.PAY : Direction.DEDUCT;
        return l.employeeId().equals(e.employeeId()) && l.line().getRuleId().equals(e.what())
                && l.line().getDirection() == d && l.line().getAmount().compareTo(e.amount()) == 0
                && (e.date() == null || e.date().equals(l.line().getDate()));
    }

    private static boolean matches(Scenario.Expected e, ScoredFlag f) {
        return f.employeeId().equals(e.employeeId()) && f.flag().getCode().equals(e.what())
                && (e.rule() == null || e.rule().equals(f.flag().getRuleId()))
                && (e.date() == null || e.date().equals(f.flag().getDate()));
    }

    static String describe(ScoredLine l) {
        return l.line().getRuleId() + " " + l.line().getDirection() + " " + l.line().getAmount().toPlainString()
                + " on " + l.line().getDate() + " for " + l.employeeId() + " (" + l.line().getArithmetic() + ")";
    }

    private static String describeLines(String employee, List<ScoredLine> lines) {
        List<String> mine = lines.stream().filter(l -> l.employeeId().equals(employee)).map(Expectations::describe)
                .toList();
        return mine.isEmpty() ? "no (other) line for " + employee : String.join("; ", mine);
    }

    private static String describeFlags(String employee, List<ScoredFlag> flags) {
        List<String> mine = flags.stream().filter(f -> f.employeeId().equals(employee))
                .map(f -> f.flag().getCode() + " (" + f.flag().getRuleId() + ") on " + f.flag().getDate()).toList();
        return mine.isEmpty() ? "no (other) flag for " + employee : String.join("; ", mine);
    }
}
