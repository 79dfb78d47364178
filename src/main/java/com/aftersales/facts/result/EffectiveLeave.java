package com.aftersales.facts.result;

import com.aftersales.facts.input.LeaveRequest;

/**
 * A leave request in force: approved, with the approvals its length needs and not rejected by a
 * blackout period. Only these excuse days and count toward rest days, paid leave and deductions.
 */
public final class EffectiveLeave {

    private final LeaveRequest request;

    public EffectiveLeave(LeaveRequest request) {
        this.request = request;
    }

    public LeaveRequest getRequest() { return request; }

    @Override
    public String toString() {
        return "EffectiveLeave " + request;
    }
}
