package com.aftersales.facts.input;

import java.math.BigDecimal;

/**
 * One parameter of RULES.md §10 (P_REST_DAYS_PER_MONTH, ...), read from the {@code Parameters}
 * sheet of the revision in force, so rules never hold a number of their own.
 */
public final class Parameter {

    private final String policy;
    private final String name;
    private final String value;

    public Parameter(String policy, String name, String value) {
        this.policy = policy;
        this.name = name;
        this.value = value == null ? "" : value.trim();
    }

    public String getPolicy() { return policy; }
    public String getName() { return name; }
    public String getValue() { return value; }
    public BigDecimal getDecimalValue() { return new BigDecimal(value); }
    public int getIntValue() { return new BigDecimal(value).intValueExact(); }
    public boolean isTrue() { return Boolean.parseBoolean(value) || "yes".equalsIgnoreCase(value); }

    @Override
    public String toString() {
        return name + "=" + value;
    }
}
