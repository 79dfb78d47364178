package com.aftersales.rules;

import static com.aftersales.leave.LeaveType.ANNUAL;
import static com.aftersales.leave.LeaveType.PERSONAL;
import static com.aftersales.leave.LeaveType.REST;
import static com.aftersales.rules.LeaveLines.deductions;
import static com.aftersales.rules.LeaveLines.flags;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.scoring.ScoredMonth;
import org.junit.jupiter.api.Test;

/**
 * The leave readings that are Parameters-leave rows (RULES.md §10) can be switched to their
 * alternatives in a revision, and rest requests on adjacent dates form one block (LEAVE-REST-MAXRUN).
 */
class LeaveParameterRulesTest {

    private static final RuleHarness RULES = RuleHarness.of("attendance");

    private static RuleHarness with(String parameter, String value) {
        return RuleHarness.of(RevisionEdits.latest("attendance").parameter(parameter, value).revision());
    }

    private static ScoredMonth wang(RuleHarness rules, Object[]... records) {
        RuleHarness.Month m = RuleHarness.month(Staff.WANG, "2024-11").wage("2024-11", "180");
        for (Object[] r : records) {
            m.add(r);
        }
        return rules.score(m);
    }

    private static Object[] lateFourFiled() {
        return new Object[] {Records.late4Leave("WANG", "2024-11-14")};
    }

    @Test
    void paperworkOnlyMakesTheFiledHalfDayCostNothingButTheFine() {
        Object[] day = Records.day("WANG", "2024-11-14", "09:01", "17:30");
        assertThat(deductions(wang(RULES, day, lateFourFiled())))
                .containsExactly("ATT-LATE-4 20.00", "LEAVE-PERSONAL-HOURLY 20.00");
        assertThat(deductions(wang(with("P_LATE4_LEAVE_TYPE", "PAPERWORK_ONLY"), day, lateFourFiled())))
                .containsExactly("ATT-LATE-4 20.00");
    }

    @Test
    void anUnrecordedApprovalChainCanBeTakenAsMissing() {
        Object[] leave = LeaveRecords.days("WANG", PERSONAL, "2024-11-05", "2024-11-05").rostered();
        assertThat(flags(wang(RULES, leave))).isEmpty();
        ScoredMonth strict = wang(with("P_APPROVAL_UNRECORDED", "MISSING"), leave);
        assertThat(flags(strict)).contains("APPROVAL_MISSING LEAVE-APPROVAL-1");
        assertThat(deductions(strict)).containsExactly("ATT-ABSENT-1 360.00");
    }

    @Test
    void seniorityCanCountFromTheBranchFoundingDateForEveryone() {
        Object[] annual = LeaveRecords.days("WANG", ANNUAL, "2024-11-15", "2024-11-15").rostered();
        assertThat(flags(wang(RULES, annual))).containsExactly("ENTITLEMENT_EXCEEDED LEAVE-ANNUAL");
        assertThat(flags(wang(with("P_SENIORITY_START", "FOUNDING_DATE"), annual))).isEmpty();
    }

    @Test
    void restRequestsOnAdjacentDatesAreOneBlockThatNeedsTheCompanyBeyondThreeDays() {
        String[] tier = {"DIRECT_SUPERIOR", "INDIRECT_SUPERIOR", "BRANCH_FINANCE"};
        ScoredMonth apart = wang(RULES, LeaveRecords.days("WANG", REST, "2024-11-04", "2024-11-05").chain(tier).rostered(),
                LeaveRecords.days("WANG", REST, "2024-11-18", "2024-11-19").chain(tier).rostered());
        assertThat(flags(apart)).isEmpty();
        ScoredMonth together = wang(RULES,
                LeaveRecords.days("WANG", REST, "2024-11-18", "2024-11-19").chain(tier).rostered(),
                LeaveRecords.days("WANG", REST, "2024-11-20", "2024-11-21").chain(tier).rostered());
        assertThat(flags(together)).containsOnly("APPROVAL_MISSING LEAVE-REST-MAXRUN", "SEPARATION ATT-ABSENT-3");
    }
}
