package com.aftersales.scoring;

import com.aftersales.facts.input.Profile;

/** One employee as a month sees them: HR master data and the branch's default shift. */
public record Person(Profile profile, EmployeeMonth.BranchShift shift) {

    public String employeeId() {
        return profile.getEmployeeId();
    }
}
