package com.aftersales.facts.functions;

import com.aftersales.facts.result.Component;
import com.aftersales.facts.result.Flag;
import com.aftersales.facts.result.Line;
import com.aftersales.facts.result.RestMonth;
import java.math.BigDecimal;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/** Functions the RestSubsidy table calls: pay the leftover rest days, or leave them to review. */
public final class RestDays {

    private RestDays() {
    }

    /** PAY leftover days × the rate (LEAVE-REST-SUBSIDY), half days pro rata. */
    public static List<Object> subsidy(RuleContext k, RestMonth r, String rate) {
        BigDecimal perDay = Money.of(rate);
        BigDecimal amount = r.getLeftoverDays().multiply(perDay);
        return List.of(Line.pay(k, amount)
                .component(Component.SUBSIDY)
                .on(r.getDate())
                .records(r.getRecords())
                .value("restQuota", r.getQuota())
                .value("restDaysTaken", r.getTaken())
                .value("leftoverDays", r.getLeftoverDays())
                .value("rate", Money.yuan(perDay) + " /day")
                .arithmetic(Money.number(r.getLeftoverDays()) + " × " + Money.yuan(perDay) + " = " + Money.yuan(amount))
                .build());
    }

    /** No rate for this staff group: a REVIEW flag, nothing paid (G-11). */
    public static Flag review(RuleContext k, RestMonth r, String reason) {
        return Flag.raise(k, "REVIEW", r.getDate(), reason + " (" + Money.number(r.getLeftoverDays())
                + " unused rest days)", r.getRecords());
    }
}
