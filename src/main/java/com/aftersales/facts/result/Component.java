package com.aftersales.facts.result;

/** What kind of money a line is (API.md statement lines). */
public enum Component {
    FINE, REFUND, CONFISCATE, COMMISSION, ALLOWANCE, SUBSIDY, REWARD, WAGE_DEDUCTION, COMPENSATION
}
