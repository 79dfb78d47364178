package com.aftersales.facts.input;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * All parameters of the rule book by name, set as the global {@code params} of every session, for
 * actions and helpers that need a value (RULES.md §10). Conditions use {@link Parameter} facts.
 */
public final class Params {

    private final Map<String, String> values = new TreeMap<>();

    public Params(List<Parameter> parameters) {
        parameters.forEach(p -> values.put(p.getName(), p.getValue()));
    }

    public String text(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalStateException("parameter " + name + " is missing from the Parameters sheets");
        }
        return v;
    }

    public BigDecimal decimal(String name) {
        return new BigDecimal(text(name));
    }

    public int integer(String name) {
        return decimal(name).intValueExact();
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }
}
