package com.aftersales.facts.input;

import java.time.LocalDate;
import java.util.List;

/**
 * A clerk's question ({@code GET /api/leave/entitlements}): what paid leave the scored profile is
 * entitled to on {@code date}, for each of {@code types}.
 */
public final class EntitlementQuery {

    private final LocalDate date;
    private final List<String> types;

    public EntitlementQuery(LocalDate date, List<String> types) {
        this.date = date;
        this.types = List.copyOf(types);
    }

    public LocalDate getDate() { return date; }
    public List<String> getTypes() { return types; }
}
