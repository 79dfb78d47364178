package com.aftersales.scoring;

import java.util.function.Consumer;

/** The employee's profile, wages and earlier occurrences, as facts. */
public final class ProfileDeriver implements FactDeriver {

    @Override
    public void derive(EmployeeMonth month, Consumer<Object> facts) {
        facts.accept(month.profile());
        facts.accept(month.wages());
        month.history().forEach(facts);
    }
}
