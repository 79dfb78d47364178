package com.aftersales.facts.result;

import com.aftersales.facts.input.WorkOrder;
import java.math.BigDecimal;

/**
 * A derived fact: what one completed order earns before it is split and before forfeits, as a rate
 * table row priced it (kind RATE, COMM-ILLUS-RATE) or as a distance band did (kind ALLOWANCE,
 * COMM-ILLUS-REMOTE). Paid by the commission rules, split equally among the order's installers.
 */
public final class CommissionItem {

    public static final String RATE = "RATE";
    public static final String ALLOWANCE = "ALLOWANCE";

    private final WorkOrder order;
    private final String kind;
    private final String ruleId;
    private final BigDecimal amount;

    public CommissionItem(WorkOrder order, String kind, String ruleId, BigDecimal amount) {
        this.order = order;
        this.kind = kind;
        this.ruleId = ruleId;
        this.amount = amount;
    }

    public WorkOrder getOrder() { return order; }
    public String getKind() { return kind; }
    /** The table row's rule id that priced it. */
    public String getRuleId() { return ruleId; }
    /** The whole order's amount, before the split among installers. */
    public BigDecimal getAmount() { return amount; }

    public Component getComponent() {
        return ALLOWANCE.equals(kind) ? Component.ALLOWANCE : Component.COMMISSION;
    }

    @Override
    public String toString() {
        return kind + " " + amount + " of " + order.getId();
    }
}
