package com.aftersales.leave;

/** The leave types of RULES.md §0.3. */
public enum LeaveType {
    PERSONAL, SICK, REST, STATUTORY, MARRIAGE, BANQUET_SIBLING, BANQUET_CHILD, MATERNITY, PATERNITY, MISCARRIAGE,
    ANNUAL, BEREAVEMENT, INJURY;

    /** Paid leave of LEAVE-PAID-ELIGIBILITY: not deducted, does not use rest days. */
    public boolean paid() {
        return switch (this) {
            case MARRIAGE, BANQUET_SIBLING, BANQUET_CHILD, MATERNITY, PATERNITY, MISCARRIAGE, ANNUAL, BEREAVEMENT -> true;
            default -> false;
        };
    }
}
