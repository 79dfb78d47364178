package com.aftersales.facts.functions;

import com.aftersales.facts.result.Component;
import com.aftersales.facts.result.Flag;
import com.aftersales.facts.result.LeaveBand;
import com.aftersales.facts.result.LeavePart;
import com.aftersales.facts.result.LeaveTotal;
import com.aftersales.facts.result.Line;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Prices a month's personal or sick leave total from one row of the LeaveDeduction table: the row's
 * rate applies to the whole total (WHOLE_AT_TIER, RULES.md A-8(e)), or, under PROGRESSIVE, to the slice
 * of the total that lies in the row (a band of the total only learns its row, {@link LeaveBand}).
 * A row's action cells build one
 * {@link Price}: {@code LeavePricing.of(kcontext, $t).per("DAY")}, {@code .nonManagement("40")}, then
 * {@code .management("60")}, which returns the facts to insert.
 */
public final class LeavePricing {

    /** Charged per hour of the total. */
    public static final String HOUR = "HOUR";
    /** Charged per day of the total (hours / hours per day). */
    public static final String DAY = "DAY";
    /** Charged per day at a share of the month's daily average wage. */
    public static final String DAILY_WAGE = "DAILY_WAGE";

    private LeavePricing() {
    }

    public static Price of(RuleContext k, LeaveTotal total) {
        return new Price(k, total);
    }

    /** The price of one total, built cell by cell from a decision-table row. */
    public static final class Price {
        private final RuleContext k;
        private final LeaveTotal t;
        private String basis;
        private BigDecimal nonManagement;

        private Price(RuleContext k, LeaveTotal t) {
            this.k = k;
            this.t = t;
        }

        public Price per(String value) {
            this.basis = value.trim();
            if (!List.of(HOUR, DAY, DAILY_WAGE).contains(basis)) {
                throw new IllegalArgumentException("charged per must be HOUR, DAY or DAILY_WAGE, not " + value);
            }
            return this;
        }

        public Price nonManagement(String rate) {
            this.nonManagement = Money.of(rate);
            return this;
        }

        /** The line (or a REVIEW flag when the wage it needs is missing), with the management rate given. */
        public List<Object> management(String rate) {
            List<Object> out = new ArrayList<>();
            if (t.isBand()) {
                out.add(new LeaveBand(t, k.getRule().getName()));
                return out;
            }
            BigDecimal r = t.isManagementPost() ? Money.of(rate) : nonManagement;
            BigDecimal hours = t.getChargedHours();
            BigDecimal days = hours.divide(t.getHoursPerDay(), 6, RoundingMode.HALF_UP).stripTrailingZeros();
            BigDecimal amount;
            String arithmetic;
            if (HOUR.equals(basis)) {
                amount = hours.multiply(r);
                arithmetic = Money.number(hours) + " × " + Money.yuan(r);
            } else if (DAY.equals(basis)) {
                amount = days.multiply(r);
                arithmetic = Money.number(days) + " × " + Money.yuan(r);
            } else {
                BigDecimal w = t.getDailyAvgWage();
                if (w == null) {
                    out.add(Flag.raise(k, "REVIEW", t.getDate(), "no daily average wage for the month; "
                            + Money.number(days) + " days of " + t.getCategory() + " leave not priced",
                            "本月没有日均工资；" + Money.number(days) + " 天" + t.getCategory() + "未计价",
                            t.getRecords()));
                    return out;
                }
                amount = days.multiply(r).multiply(w);
                arithmetic = Money.number(days) + " × " + (r.compareTo(BigDecimal.ONE) == 0 ? "" : Money.percent(r) + " × ")
                        + Money.rate(w);
            }
            Line.Builder line = Line.deduct(k, amount)
                    .component(Component.WAGE_DEDUCTION)
                    .on(t.getDate())
                    .records(t.getRecords())
                    .value(LeavePart.PERSONAL.equals(t.getCategory()) ? "personalHours" : "sickHours", Money.number(t.getMonthHours()))
                    .value("leaveDays", days)
                    .value("managementPost", t.isManagementPost())
                    .value("rate", Money.yuan(r) + " " + unit())
                    .value("leaveParts", t.getParts().stream().map(LeavePart::describe)
                            .collect(Collectors.joining("; ")));
            if (DAILY_WAGE.equals(basis)) {
                line.value("dailyAvgWage", Money.rate(t.getDailyAvgWage()));
            }
            if (t.isSlice()) {
                line.value("leaveTierMode", LeaveTotal.PROGRESSIVE)
                        .value("tierHours", Money.number(t.getFrom()) + "–" + Money.number(t.getTo()) + " h")
                        .note("hours " + Money.number(t.getFrom()) + "–" + Money.number(t.getTo()) + " of the month's "
                                + Money.number(t.getMonthHours()) + " h of " + t.getCategory().toLowerCase(Locale.ROOT)
                                + " leave, at this tier's rate (P_LEAVE_TIER_MODE = PROGRESSIVE, RULES.md A-8(e))");
            }
            out.add(line.arithmetic(arithmetic + " = " + Money.yuan(amount)).build());
            return out;
        }

        private String unit() {
            return switch (basis) {
                case HOUR -> "/h";
                case DAY -> "/day";
                default -> "× daily average wage";
            };
        }
    }
}
