package com.aftersales.facts.functions;

import com.aftersales.facts.input.LeaveRequest;
import com.aftersales.facts.result.Entitlement;
import com.aftersales.facts.result.EntitlementQuestion;
import com.aftersales.facts.result.Flag;
import com.aftersales.facts.result.LeavePart;
import com.aftersales.facts.result.Line;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Functions the PaidLeave table calls. A row that grants days answers the question and, for a request
 * that asks more than is left, raises ENTITLEMENT_EXCEEDED and counts the excess as personal leave; a
 * row that refuses answers "not eligible" and, for a request, raises NOT_ELIGIBLE and counts all its
 * hours as personal leave (the days must be taken as REST or PERSONAL, EX-31(b)).
 */
public final class Entitlements {

    public static final String PER_EVENT = "EVENT";
    public static final String PER_YEAR = "YEAR";

    /** The unit an entitlement is counted per, in the Chinese of a flag (the statement shows codes as labels). */
    private static final java.util.Map<String, String> PER_ZH = java.util.Map.of("YEAR", "年", "EVENT", "次", "DAY", "天",
            "ORDER", "单", "MONTH", "月");

    private Entitlements() {
    }

    /** {@code Entitlements.grant(kcontext, $q, "7")} then {@code .per("EVENT")}. */
    public static Grant grant(RuleContext k, EntitlementQuestion q, String days) {
        return new Grant(k, q, Money.of(days));
    }

    public static List<Object> refuse(RuleContext k, EntitlementQuestion q, String reason) {
        String ruleId = Line.ruleIdOf(k.getRule().getName());
        List<Object> out = new ArrayList<>();
        out.add(new Entitlement(q, ruleId, false, null, null, reason.trim()));
        LeaveRequest l = q.getRequest();
        if (l != null) {
            out.add(Flag.raise(k, "NOT_ELIGIBLE", l.getFlagDate(), l.getType() + " request " + l.getId()
                    + " is not paid leave: " + reason.trim() + "; its hours count as personal leave",
                    l.getType() + "申请 " + l.getId() + " 不能按带薪假处理：" + reason.trim() + "；其小时数按事假计",
                    l.getRecords()));
            addPart(out, ruleId, l.getHoursInPeriod(), l, "not eligible for " + l.getType() + " leave");
        }
        return out;
    }

    private static void addPart(List<Object> out, String cause, BigDecimal hours, LeaveRequest l, String label) {
        if (hours.signum() > 0) {
            out.add(LeavePart.personal(cause, hours, l.getRecords(), label));
        }
    }

    /** Days granted by a table row, completed by the row's "counted per" cell. */
    public static final class Grant {
        private final RuleContext k;
        private final EntitlementQuestion q;
        private final BigDecimal days;

        private Grant(RuleContext k, EntitlementQuestion q, BigDecimal days) {
            this.k = k;
            this.q = q;
            this.days = days;
        }

        public List<Object> per(String unit) {
            String per = unit.trim();
            if (!PER_EVENT.equals(per) && !PER_YEAR.equals(per)) {
                throw new IllegalArgumentException("counted per must be EVENT or YEAR, not " + unit);
            }
            String ruleId = Line.ruleIdOf(k.getRule().getName());
            List<Object> out = new ArrayList<>();
            out.add(new Entitlement(q, ruleId, true, days, per, null));
            LeaveRequest l = q.getRequest();
            if (l == null || q.getRequestedDays().signum() <= 0) {
                return out;
            }
            BigDecimal used = PER_YEAR.equals(per) ? q.getUsedBeforeDays() : BigDecimal.ZERO;
            BigDecimal left = days.subtract(used).max(BigDecimal.ZERO);
            BigDecimal excess = q.getRequestedDays().subtract(left).max(BigDecimal.ZERO);
            if (excess.signum() == 0) {
                return out;
            }
            String usedText = PER_YEAR.equals(per) ? ", " + Money.number(used) + " used earlier in " + q.getDate().getYear()
                    : "";
            out.add(Flag.raise(k, "ENTITLEMENT_EXCEEDED", l.getFlagDate(), l.getType() + " request " + l.getId() + " asks "
                    + Money.number(q.getRequestedDays()) + " days; the entitlement is " + Money.number(days) + " per "
                    + per.toLowerCase() + usedText + " (full years of service " + q.getFullYears() + "); "
                    + Money.number(excess) + " days count as personal leave",
                    l.getType() + "申请 " + l.getId() + " 申请 " + Money.number(q.getRequestedDays()) + " 天；假期额度为每"
                            + PER_ZH.getOrDefault(per, per) + " " + Money.number(days) + " 天"
                            + (PER_YEAR.equals(per) ? "，" + q.getDate().getYear() + " 年已用 " + Money.number(used) + " 天" : "")
                            + "（连续工作满 " + q.getFullYears() + " 年）；超出的 " + Money.number(excess) + " 天按事假计", l.getRecords()));
            BigDecimal hours = l.getHoursInPeriod().multiply(excess)
                    .divide(q.getRequestedDays(), 2, RoundingMode.HALF_UP);
            addPart(out, ruleId, hours, l, Money.number(excess) + " days beyond the " + l.getType() + " entitlement");
            return out;
        }
    }
}
