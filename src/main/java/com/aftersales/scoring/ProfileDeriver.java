package com.aftersales.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;

/** The employee's profile, wages and earlier occurrences, as facts. */
@ApplicationScoped
public class ProfileDeriver implements FactDeriver {

    @Override
    public void derive(EmployeeMonth month, Consumer<Object> facts) {
        facts.accept(month.profile());
        facts.accept(month.wages());
        month.history().forEach(facts);
    }
}
