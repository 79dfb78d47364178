package com.aftersales.facts.result;

/** Whether a line takes money from the employee or pays it. */
public enum Direction {
    DEDUCT, PAY
}
