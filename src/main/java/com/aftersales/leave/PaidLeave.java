package com.aftersales.leave;

import com.aftersales.facts.input.Params;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which leave types are paid leave (LEAVE-PAID-ELIGIBILITY: not deducted, no rest days used), as the
 * revision in force says: the parameter {@code P_PAID_LEAVE_TYPES} of its Parameters-leave sheet, the
 * type codes separated by {@code |}. Not a Java decision, so a revision can add or remove a type.
 */
public final class PaidLeave {

    public static final String PARAMETER = "P_PAID_LEAVE_TYPES";

    private PaidLeave() {
    }

    public static Set<LeaveType> types(Params params) {
        Set<LeaveType> out = EnumSet.noneOf(LeaveType.class);
        Arrays.stream(params.text(PARAMETER).split("\\|")).map(String::trim).filter(s -> !s.isEmpty())
                .forEach(s -> out.add(LeaveType.valueOf(s.toUpperCase(Locale.ROOT))));
        return out;
    }
}
