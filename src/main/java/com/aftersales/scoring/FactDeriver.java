package com.aftersales.scoring;

import java.util.function.Consumer;

/**
 * Turns an employee-month's records into facts for the rules (mechanics, not policy: minutes
 * late, hours per day, which days are consecutive). Each feature has one; they are plain classes
 * so rule tests can use them without Quarkus.
 */
public interface FactDeriver {

    void derive(EmployeeMonth month, Consumer<Object> facts);

    /**
     * A first-stage deriver's facts are fired once before the others are derived, so that the rules
     * can decide about records first ({@link com.aftersales.facts.result.RecordDecision}, e.g. leave whose
     * approvals fall short is not approved leave); later derivers read those decisions from
     * {@link EmployeeMonth#decisions()}.
     */
    default boolean firstStage() {
        return false;
    }
}
