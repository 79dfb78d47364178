package com.aftersales.facts.functions;

import com.aftersales.facts.input.WorkOrder;
import com.aftersales.facts.result.CommissionItem;
import com.aftersales.facts.result.Component;
import com.aftersales.facts.result.Flag;
import com.aftersales.facts.result.Line;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Functions the commission tables and rules call: a rate or distance-band row prices a completed
 * order ({@link CommissionItem}); the commission rules pay each installer an equal share, or a
 * zero line that says why nothing is paid (forfeit, rework).
 */
public final class Commission {

    private Commission() {
    }

    /** The order's commission at the table row's rate (one unit per order). */
    public static CommissionItem rate(RuleContext k, WorkOrder o, String amount) {
        return new CommissionItem(o, CommissionItem.RATE, Line.ruleIdOf(k.getRule().getName()), Money.of(amount));
    }

    /** The order's distance allowance at the table row's amount. */
    public static CommissionItem allowance(RuleContext k, WorkOrder o, String amount) {
        return new CommissionItem(o, CommissionItem.ALLOWANCE, Line.ruleIdOf(k.getRule().getName()),
                Money.of(amount));
    }

    /** A REVIEW flag for an order the table does not price (G-11). */
    public static Flag review(RuleContext k, WorkOrder o, String why) {
        return Flag.raise(k, "REVIEW", o.getServiceDate(), why, o.getRecords());
    }

    /** The scored installer's equal share of an item: amount ÷ installers, rounded half-up. */
    public static Line share(RuleContext k, CommissionItem c) {
        WorkOrder o = c.getOrder();
        int n = o.getInstallerCount();
        BigDecimal share = c.getAmount().divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
        return Line.pay(k, share).component(c.getComponent()).on(o.getServiceDate()).records(o.getRecords())
                .value("productCategory", o.getProductCategory()).value("serviceType", o.getServiceType())
                .value("serviceMode", o.getServiceMode()).value("distanceKm", o.getDistanceKm())
                .value(c.getComponent() == Component.ALLOWANCE ? "allowance" : "commissionRate", c.getAmount())
                .value("installers", n)
                .arithmetic(n == 1 ? Money.yuan(share)
                        : Money.yuan(c.getAmount()) + " ÷ " + n + " = " + Money.yuan(share))
                .build();
    }

    /** A zero line in place of an item that is not paid, saying why. */
    public static Line forfeit(RuleContext k, CommissionItem c, String why) {
        WorkOrder o = c.getOrder();
        return Line.pay(k, BigDecimal.ZERO).component(c.getComponent()).on(o.getServiceDate()).records(o.getRecords())
                .value("forfeited", c.getAmount())
                .arithmetic(Money.yuan(c.getAmount()) + " forfeited = 0.00").note(why).build();
    }

    /** A zero commission line for an order that earns nothing, saying why. */
    public static Line none(RuleContext k, WorkOrder o, String why) {
        return Line.pay(k, BigDecimal.ZERO).component(Component.COMMISSION).on(o.getServiceDate())
                .records(o.getRecords()).arithmetic("0.00").note(why).build();
    }
}
