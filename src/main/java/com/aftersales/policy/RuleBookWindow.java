package com.aftersales.policy;

import java.time.LocalDate;

/** The days of a pay period over which one rule book (one set of revisions) is in force. */
public record RuleBookWindow(LocalDate from, LocalDate to, CompiledRuleBook book) {

    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
