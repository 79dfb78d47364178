package com.aftersales.facts.functions;

import com.aftersales.facts.input.ItemRating;
import com.aftersales.facts.result.Flag;
import com.aftersales.facts.result.ItemCharge;
import com.aftersales.facts.result.Line;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Functions the visit-penalty table (VISIT-PEN-*) calls: a fixed deduction per rated item, which the visit
 * rules settle by P_SALES_ITEMS_MODE ({@link ItemCharge}), or a review.
 */
public final class VisitCharges {

    private VisitCharges() {
    }

    /** A fixed deduction for one item rated 一般 or worse, on the visit's day: "1 × 20.00 = 20.00". */
    public static ItemCharge perItem(RuleContext k, ItemRating r, String amount) {
        var fine = Money.of(amount);
        return new ItemCharge(r, Line.deduct(k, fine)
                .on(r.getDate())
                .records(r.getRecords())
                .value("visitKind", r.getVisitKind())
                .value("ratedItem", r.getItem())
                .value("rating", r.getRating())
                .arithmetic("1 × " + Money.yuan(fine) + " = " + Money.yuan(fine))
                .build());
    }

    /** A REVIEW flag for a rated item the handbook prices by judgement (视商品价值确定). */
    public static Flag review(RuleContext k, ItemRating r, String why) {
        return Flag.raise(k, "REVIEW", r.getDate(), why + " (" + r.getItem() + " rated " + r.getRating() + ")",
                r.getRecords());
    }
}
