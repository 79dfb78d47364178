package com.aftersales.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;

/**
 * The month's {@link com.aftersales.facts.input.PayFloor} (monthly wage, the branch's minimum wage) as a fact, for
 * the statutory guards (LEGAL_LIMIT); nothing without a monthly wage.
 */
@ApplicationScoped
public class PayFloorDeriver implements FactDeriver {

    @Override
    public void derive(EmployeeMonth month, Consumer<Object> facts) {
        if (month.payFloor() != null) {
            facts.accept(month.payFloor());
        }
    }
}
