package com.aftersales.rules;

import static com.aftersales.leave.LeaveType.SICK;
import static com.aftersales.rules.LeaveLines.deductions;
import static com.aftersales.rules.LeaveLines.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.scoring.ScoredMonth;
import org.junit.jupiter.api.Test;

/**
 * P_SICK_CERT_SCOPE (RULES.md A-9): the designated-hospital certificate is needed by a single sick
 * request of three days or more (PER_REQUEST, the default), or by every sick request of a month whose
 * sick leave reaches three days (MONTHLY_CUMULATIVE).
 */
class SickCertScopeRulesTest {

    private static final RuleHarness PER_REQUEST = RuleHarness.of("attendance");
    private static final RuleHarness MONTHLY = RuleHarness.of(
            RevisionEdits.latest("attendance").parameter("P_SICK_CERT_SCOPE", "MONTHLY_CUMULATIVE").revision());

    private static ScoredMonth chen(RuleHarness rules, Object[]... records) {
        RuleHarness.Month m = RuleHarness.month(Staff.CHEN, "2024-11").wage("2024-11", "150");
        for (Object[] r : records) {
            m.add(r);
        }
        return rules.score(m);
    }

    private static Object[] sick(String start, String end, boolean certificate) {
        LeaveRecords r = LeaveRecords.days("CHEN", SICK, start, end);
        return (certificate ? r.certificate() : r).rostered();
    }

    @Test
    void twoTwoDaySickLeavesWithoutCertificatesBecomeFourDaysOfPersonalLeave() {
        Object[] first = sick("2024-11-04", "2024-11-05", false);
        Object[] second = sick("2024-11-18", "2024-11-19", false);
        assertThat(deductions(chen(PER_REQUEST, first, second))).containsExactly("LEAVE-SICK-LONG 360.00");
        ScoredMonth monthly = chen(MONTHLY, first, second);
        assertThat(deductions(monthly)).containsExactly("LEAVE-PERSONAL-LONG 600.00");
        assertThat(line(monthly, "LEAVE-PERSONAL-LONG").line().getValues())
                .anySatisfy(v -> assertThat(v.value()).contains("LEAVE-SICK-CERT 16 h")
                        .contains("the month's sick leave totals 4 days (P_SICK_CERT_SCOPE = MONTHLY_CUMULATIVE)"));
    }

    @Test
    void aCertifiedRequestStaysSickLeaveAndTheOtherBecomesPersonal() {
        Object[] certified = sick("2024-11-04", "2024-11-05", true);
        Object[] without = sick("2024-11-18", "2024-11-19", false);
        assertThat(deductions(chen(PER_REQUEST, certified, without))).containsExactly("LEAVE-SICK-LONG 360.00");
        assertThat(deductions(chen(MONTHLY, certified, without)))
                .containsExactlyInAnyOrder("LEAVE-PERSONAL-DAILY 80.00", "LEAVE-SICK-DAILY 40.00");
    }

    @Test
    void aMonthBelowThreeDaysOfSickLeaveNeedsNoCertificateEitherWay() {
        Object[] first = sick("2024-11-04", "2024-11-04", false);
        Object[] second = LeaveRecords.of("CHEN", SICK, "2024-11-18", "2024-11-19", "12").rostered();
        assertThat(deductions(chen(PER_REQUEST, first, second))).containsExactly("LEAVE-SICK-DAILY 50.00");
        assertThat(deductions(chen(MONTHLY, first, second))).containsExactly("LEAVE-SICK-DAILY 50.00");
    }
}
