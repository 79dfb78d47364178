package com.aftersales.facts.result;

import com.aftersales.facts.functions.Money;
import com.aftersales.facts.input.ItemRating;
import java.math.BigDecimal;
import java.util.List;

/**
 * One rated item as the Ratings table (VISIT-PEN-SALES-*, VISIT-PEN-LOG-SAT) priced it, before the visit
 * rules settle what is charged: every item (P_SALES_ITEMS_MODE = PER_ITEM), or one charge per sales visit,
 * the highest of its items (PER_VISIT, A-21). Carries the line the table row built, under the row's rule.
 */
public final class ItemCharge {

    private final ItemRating rating;
    private final Line line;

    public ItemCharge(ItemRating rating, Line line) {
        this.rating = rating;
        this.line = line;
    }

    public ItemRating getRating() { return rating; }
    public String getVisitId() { return rating.getVisitId(); }
    public String getVisitKind() { return rating.getVisitKind(); }
    public String getItem() { return rating.getItem(); }
    public String getRuleId() { return line.getRuleId(); }
    public BigDecimal getAmount() { return line.getAmount(); }
    /** The line as the table priced it. */
    public Line getLine() { return line; }

    /** Comes before {@code other} as the charge of their visit: the higher amount, then the rule id, then the item. */
    public boolean outranks(ItemCharge other) {
        int c = getAmount().compareTo(other.getAmount());
        if (c != 0) {
            return c > 0;
        }
        c = getRuleId().compareTo(other.getRuleId());
        return c != 0 ? c < 0 : getItem().compareTo(other.getItem()) < 0;
    }

    /** The table's line, as the one charge of its visit (PER_VISIT). */
    public Line chargedForTheVisit(String mode) {
        return line.settled(line.getAmount(), List.of(new Value("salesItemsMode", mode),
                new Value("chargedItem", getItem())), line.getArithmetic(), null);
    }

    /** A 0.00 line for an item of a visit charged once under another item (PER_VISIT). */
    public Line notChargedBeside(ItemCharge charged, String mode) {
        return line.settled(BigDecimal.ZERO, List.of(new Value("salesItemsMode", mode),
                new Value("chargedItem", charged.getItem())),
                "0.00: the visit is charged once, under " + charged.getRuleId() + " (" + Money.yuan(charged.getAmount())
                        + ")",
                "one charge per visit (P_SALES_ITEMS_MODE = " + mode + ", A-21): visit " + getVisitId()
                        + " is charged under " + charged.getRuleId() + " for " + charged.getItem());
    }

    @Override
    public String toString() {
        return "ItemCharge " + getVisitId() + " " + getItem() + " " + getAmount();
    }
}
