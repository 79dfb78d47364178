package com.aftersales.leave;

/** The leave types of RULES.md §0.3; which are paid is the revision's ({@link PaidLeave}). */
public enum LeaveType {
    PERSONAL, SICK, REST, STATUTORY, MARRIAGE, BANQUET_SIBLING, BANQUET_CHILD, MATERNITY, PATERNITY, MISCARRIAGE,
    ANNUAL, BEREAVEMENT, INJURY
}
