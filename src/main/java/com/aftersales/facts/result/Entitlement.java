package com.aftersales.facts.result;

import java.math.BigDecimal;

/**
 * The answer of a PaidLeave table row to an {@link EntitlementQuestion}: eligible or not (and why),
 * the days the leave type entitles to, and whether they count per event or per calendar year.
 */
public final class Entitlement {

    private final EntitlementQuestion question;
    private final String ruleId;
    private final boolean eligible;
    private final BigDecimal days;
    private final String per;
    private final String reason;

    public Entitlement(EntitlementQuestion question, String ruleId, boolean eligible, BigDecimal days, String per,
            String reason) {
        this.question = question;
        this.ruleId = ruleId;
        this.eligible = eligible;
        this.days = days;
        this.per = per;
        this.reason = reason;
    }

    public EntitlementQuestion getQuestion() { return question; }
    public String getRuleId() { return ruleId; }
    public boolean isEligible() { return eligible; }
    /** Entitled days, or null when not eligible. */
    public BigDecimal getDays() { return days; }
    /** EVENT (each marriage, birth, death…) or YEAR (annual leave per calendar year). */
    public String getPer() { return per; }
    public String getReason() { return reason; }

    @Override
    public String toString() {
        return ruleId + " " + question.getType() + (eligible ? " " + days + " days per " + per : " not eligible");
    }
}
