package com.aftersales.facts.functions;

import com.aftersales.facts.input.Month;
import com.aftersales.facts.input.PayFloor;
import com.aftersales.facts.input.RecordRef;
import com.aftersales.facts.result.Direction;
import com.aftersales.facts.result.Flag;
import com.aftersales.facts.result.Line;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What the statutory guards of legal.drl (RULES.md §9.5 L-4) call: which lines count, their sum, the limit, and
 * the LEGAL_LIMIT flag with the figures in English and Chinese (bundle texts {@code flag.legal.*}). Every share and
 * list comes from the revision's parameters; money is rounded half-up to 0.01 (G-1).
 */
public final class LegalLimits {

    public static final String CODE = "LEGAL_LIMIT";

    private LegalLimits() {
    }

    /** Whether {@code line} charges the employee of {@code floor} on a day of the month. */
    public static boolean charges(Line line, PayFloor floor, Month month) {
        return (line.getEmployeeId() == null || line.getEmployeeId().equals(floor.getEmployeeId()))
                && month.contains(line.getDate());
    }

    /**
     * Whether a DEDUCT line compensates a loss: its component is one of {@code components} or its rule one of
     * {@code rules} (both written {@code A|B}).
     */
    public static boolean compensates(Line line, String components, String rules) {
        return line.getDirection() == Direction.DEDUCT
                && (items(components).contains(line.getComponent().name()) || items(rules).contains(line.getRuleId()));
    }

    /** The sum of the amounts of {@code lines}. */
    public static BigDecimal sum(List<?> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (Object o : lines) {
            total = total.add(((Line) o).getAmount());
        }
        return Money.round(total);
    }

    /** {@code share} of the monthly wage, rounded to 0.01 (G-1). */
    public static BigDecimal share(BigDecimal monthlyWage, BigDecimal share) {
        return Money.round(monthlyWage.multiply(share));
    }

    /** LEGAL_LIMIT: the loss compensation of the month, the wage, the share, the limit, the excess, the lines. */
    public static Flag lossShare(RuleContext k, Month month, PayFloor floor, List<?> losses, BigDecimal share) {
        BigDecimal sum = sum(losses);
        BigDecimal limit = share(floor.getMonthlyWage(), share);
        return Flag.raiseText(k, CODE, month.getLastDay(), "flag.legal.lossShare", records(losses),
                Money.yuan(sum), Money.percent(share), Money.yuan(floor.getMonthlyWage()), Money.yuan(limit),
                Money.yuan(sum.subtract(limit)), byRule(losses));
    }

    /** LEGAL_LIMIT: the pay after the month's deductions, its parts, the branch's minimum wage and the shortfall. */
    public static Flag minimumWage(RuleContext k, Month month, PayFloor floor, List<?> deductions) {
        BigDecimal sum = sum(deductions);
        BigDecimal left = Money.round(floor.getMonthlyWage().subtract(sum));
        return Flag.raiseText(k, CODE, month.getLastDay(), "flag.legal.minimumWage", records(deductions),
                Money.yuan(left), Money.yuan(floor.getMonthlyWage()), Money.yuan(sum),
                Money.yuan(floor.getMinimumWage()), floor.getBranch(), String.valueOf(floor.getMinimumWageFrom()),
                Money.yuan(Money.round(floor.getMinimumWage()).subtract(left)));
    }

    private static Set<String> items(String list) {
        return Arrays.stream(list == null ? new String[0] : list.split("[|,]")).map(String::trim)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static List<RecordRef> records(List<?> lines) {
        TreeSet<RecordRef> refs = new TreeSet<>();
        lines.forEach(o -> refs.addAll(((Line) o).getRecords()));
        return List.copyOf(refs);
    }

    /** The lines counted, by rule: {@code PEN-CARD-LOST 120.00, PEN-OVERCHARGE 80.00}. */
    private static String byRule(List<?> lines) {
        TreeMap<String, BigDecimal> by = new TreeMap<>();
        lines.forEach(o -> by.merge(((Line) o).getRuleId(), ((Line) o).getAmount(), BigDecimal::add));
        return by.entrySet().stream().map(e -> e.getKey() + " " + Money.yuan(e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
