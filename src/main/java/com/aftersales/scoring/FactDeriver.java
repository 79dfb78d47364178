package com.aftersales.scoring;

import java.util.function.Consumer;

/**
 * Turns an employee-month's records into facts for the rules (mechanics, not policy: minutes
 * late, hours per day, which days are consecutive). Each feature has one; they are plain classes
 * so rule tests can use them without Quarkus.
 */
public interface FactDeriver {

    void derive(EmployeeMonth month, Consumer<Object> facts);
}
