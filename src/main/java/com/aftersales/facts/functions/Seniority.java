package com.aftersales.facts.functions;

import com.aftersales.facts.input.Profile;
import java.time.LocalDate;
import java.time.Period;

/** Seniority arithmetic for LEAVE-ANNUAL: where service starts and how many full years it has. */
public final class Seniority {

    /** seniorityStart = max(hireDate, branchFoundingDate) (RULES.md A-13(b), the default). */
    public static final String LATER_OF_HIRE_AND_FOUNDING = "LATER_OF_HIRE_AND_FOUNDING";
    /** Every employee counts from the branch's founding date (the alternative of A-13(b)). */
    public static final String FOUNDING_DATE = "FOUNDING_DATE";

    private Seniority() {
    }

    public static LocalDate start(Profile p, String mode) {
        LocalDate hire = p.getHireDate();
        LocalDate founded = p.getBranchFoundingDate();
        if (FOUNDING_DATE.equals(mode) && founded != null) {
            return founded;
        }
        if (!LATER_OF_HIRE_AND_FOUNDING.equals(mode) && !FOUNDING_DATE.equals(mode)) {
            throw new IllegalArgumentException("P_SENIORITY_START must be " + LATER_OF_HIRE_AND_FOUNDING + " or "
                    + FOUNDING_DATE + ", not " + mode);
        }
        if (hire == null) {
            return founded;
        }
        return founded == null || hire.isAfter(founded) ? hire : founded;
    }

    /**
     * The anniversaries of {@code start} on or before {@code date}: one day before the 2nd anniversary
     * gives 1, the anniversary itself 2. A start on 29 February has its anniversary on 1 March in
     * other years.
     */
    public static int fullYears(LocalDate start, LocalDate date) {
        if (start == null || date.isBefore(start)) {
            return 0;
        }
        return Period.between(start, date).getYears();
    }
}
