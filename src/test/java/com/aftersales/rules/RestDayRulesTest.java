package com.aftersales.rules;

import static com.aftersales.leave.LeaveType.PERSONAL;
import static com.aftersales.leave.LeaveType.REST;
import static com.aftersales.rules.LeaveLines.deductions;
import static com.aftersales.rules.LeaveLines.flags;
import static com.aftersales.rules.LeaveLines.line;
import static com.aftersales.rules.LeaveLines.lines;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.facts.input.Profile;
import com.aftersales.scoring.ScoredMonth;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * LEAVE-REST-QUOTA, -SUBSIDY, -EXCESS and -BLACKOUT with the real attendance revision, and the
 * month that mixes an ATT-LATE-4 half day, rest days beyond the quota and personal leave.
 */
class RestDayRulesTest {

    private static final RuleHarness RULES = RuleHarness.of("attendance");
    private static final String[] COMPANY = {"DIRECT_SUPERIOR", "INDIRECT_SUPERIOR", "COMPANY", "BRANCH_FINANCE"};

    private static ScoredMonth month(Profile who, String period, String wage, Object[]... records) {
        RuleHarness.Month m = RuleHarness.month(who, period).wage(period, wage);
        for (Object[] r : records) {
            m.add(r);
        }
        return RULES.score(m);
    }

    /** A rostered, worked day, so that the month has a roster and its other days are not scheduled. */
    private static Object[] worked(String employee) {
        return Records.day(employee, "2024-11-04", "08:30", "17:30");
    }

    @Test
    void paysCommissionPaidStaffThirtyForEachUnusedDay() {
        ScoredMonth m = month(Staff.WANG, "2024-11", "180", LeaveRecords.days("WANG", REST, "2024-11-11", "2024-11-11").rostered());
        assertThat(lines(m)).containsExactly("LEAVE-REST-SUBSIDY PAY 60.00");
        assertThat(line(m, "LEAVE-REST-SUBSIDY").line().getArithmetic()).isEqualTo("2 × 30.00 = 60.00");
    }

    @Test
    void paysManagementSixtyForEachUnusedDayHalfDaysProRata() {
        ScoredMonth m = month(Staff.LI, "2024-11", "250",
                LeaveRecords.of("LI", REST, "2024-11-11", "2024-11-11", "4").rostered());
        assertThat(lines(m)).containsExactly("LEAVE-REST-SUBSIDY PAY 150.00");
        assertThat(line(m, "LEAVE-REST-SUBSIDY").line().getArithmetic()).isEqualTo("2.5 × 60.00 = 150.00");
    }

    @Test
    void paysACommissionPaidManagerTheManagementRate() {
        Profile manager = new Profile("MGR", "经理", "MIANXIAN", "售后", false, false, true, true, true,
                LocalDate.of(2015, 1, 1), LocalDate.of(2008, 1, 1), null, null);
        assertThat(lines(month(manager, "2024-11", "200", worked("MGR")))).containsExactly("LEAVE-REST-SUBSIDY PAY 180.00");
    }

    @Test
    void leavesOtherStaffToReviewWithNothingPaid() {
        ScoredMonth m = month(Staff.ZHAO, "2024-11", "120", LeaveRecords.days("ZHAO", REST, "2024-11-11", "2024-11-11").rostered());
        assertThat(lines(m)).isEmpty();
        assertThat(flags(m)).containsExactly("REVIEW LEAVE-REST-SUBSIDY");
    }

    @Test
    void paysNothingWithTheQuotaUsedUp() {
        assertThat(lines(month(Staff.WANG, "2024-11", "180",
                LeaveRecords.days("WANG", REST, "2024-11-11", "2024-11-13").rostered()))).isEmpty();
    }

    @Test
    void settlesNothingBeforeTheMonthIsOver() {
        RuleHarness.Month m = RuleHarness.month(Staff.WANG, "2024-11").wage("2024-11", "180")
                .add(worked("WANG")).asOf(LocalDate.of(2024, 11, 20));
        assertThat(lines(RULES.score(m))).isEmpty();
    }

    @Test
    void leavesAMonthJoinedMidwayToReview() {
        Profile joiner = new Profile("NEW", "新", "MIANXIAN", "售后", true, false, false, true, true,
                LocalDate.of(2024, 11, 18), LocalDate.of(2008, 1, 1), null, null);
        ScoredMonth m = month(joiner, "2024-11", "150", Records.day("NEW", "2024-11-19", "08:30", "17:30"));
        assertThat(lines(m)).isEmpty();
        assertThat(flags(m)).contains("REVIEW LEAVE-REST-SUBSIDY");
    }

    @Test
    void chargesRestDaysBeyondTheQuotaAsPersonalLeaveAndPaysNoSubsidy() {
        ScoredMonth m = month(Staff.WANG, "2024-11", "180",
                LeaveRecords.days("WANG", REST, "2024-11-18", "2024-11-21").chain(COMPANY).rostered());
        assertThat(lines(m)).containsExactly("LEAVE-PERSONAL-DAILY DEDUCT 40.00");
        assertThat(flags(m)).isEmpty();
        assertThat(line(m, "LEAVE-PERSONAL-DAILY").line().getValues())
                .anySatisfy(v -> assertThat(v.value()).contains("LEAVE-REST-EXCESS 8 h"));
    }

    @Test
    void rejectsARestDayInABlackoutPeriodSoStayingAwayIsAbsenteeism() {
        ScoredMonth m = month(Staff.WANG, "2024-10", "180",
                LeaveRecords.days("WANG", REST, "2024-10-03", "2024-10-03").rostered());
        assertThat(flags(m)).containsExactly("LEAVE_REJECTED LEAVE-REST-BLACKOUT");
        assertThat(deductions(m)).containsExactly("ATT-ABSENT-1 360.00");
        assertThat(lines(m)).contains("LEAVE-REST-SUBSIDY PAY 90.00");
    }

    @Test
    void pricesAMonthOfLate4HalfDayExcessRestAndPersonalLeaveAsOneCumulativePersonalTotal() {
        ScoredMonth m = month(Staff.WANG, "2024-11", "180",
                Records.day("WANG", "2024-11-14", "09:01", "17:30"),
                new Object[] {Records.late4Leave("WANG", "2024-11-14")},
                LeaveRecords.days("WANG", REST, "2024-11-18", "2024-11-21").chain(COMPANY).rostered(),
                LeaveRecords.of("WANG", PERSONAL, "2024-11-26", "2024-11-27", "12").rostered());
        assertThat(deductions(m)).containsExactly("ATT-LATE-4 20.00", "LEAVE-PERSONAL-LONG 540.00");
        var personal = line(m, "LEAVE-PERSONAL-LONG").line();
        assertThat(personal.getArithmetic()).isEqualTo("3 × 180.00 = 540.00");
        assertThat(personal.getValues()).anySatisfy(v -> assertThat(v.value())
                .contains("ATT-LATE-4 4 h").contains("LEAVE-REST-EXCESS 8 h").contains("PERSONAL 12 h"));
        assertThat(personal.getRecords()).hasSize(3);
    }

    @Test
    void splitsARequestSpanningTwoMonthsByDate() {
        Object[] leave = LeaveRecords.days("WANG", PERSONAL, "2024-11-29", "2024-12-02").rostered();
        assertThat(deductions(month(Staff.WANG, "2024-11", "180", leave))).containsExactly("LEAVE-PERSONAL-DAILY 80.00");
        assertThat(deductions(month(Staff.WANG, "2024-12", "180", leave))).containsExactly("LEAVE-PERSONAL-DAILY 80.00");
    }
}
