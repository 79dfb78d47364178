package com.aftersales.rules;

import static com.aftersales.leave.LeaveType.PERSONAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.scoring.ScoredMonth;
import org.junit.jupiter.api.Test;

/**
 * P_HOURS_PER_DAY (G-5) is read by the leave pricing, the absence rules and the Java that derives the
 * attendance days alike: set to 7.5, a day of 7.5 hours of leave is a whole day for all three.
 */
class HoursPerDayRulesTest {

    private static final RuleHarness SEVEN_AND_A_HALF = RuleHarness.of(RevisionEdits.latest("attendance")
            .parameter("P_HOURS_PER_DAY", "7.5").revision());
    private static final RuleHarness EIGHT = RuleHarness.of("attendance");

    /** Two days of personal leave, 15 hours; on the second the employee clocked in once and never out. */
    private static ScoredMonth twoDaysOfLeave(RuleHarness rules) {
        return rules.score(RuleHarness.month(Staff.WANG, "2024-11").wage("2024-11", "180")
                .add(Records.leave("WANG", PERSONAL, "2024-11-05", "2024-11-06", "15"))
                .add(Records.punch("WANG", "2024-11-06T08:20")));
    }

    private static String leaveArithmetic(ScoredMonth m) {
        return m.lines().stream().filter(l -> l.line().getRuleId().startsWith("LEAVE-PERSONAL"))
                .map(l -> l.line().getRuleId() + " " + l.line().getArithmetic()).findFirst().orElseThrow();
    }

    private static long reviewsOn(ScoredMonth m, String date) {
        return m.flags().stream().filter(f -> f.flag().getCode().equals("REVIEW"))
                .filter(f -> f.flag().getDate().toString().equals(date)).count();
    }

    @Test
    void atSevenAndAHalfHoursFifteenHoursArePricedAsTwoDaysAndNeitherDayIsLeftToReview() {
        ScoredMonth m = twoDaysOfLeave(SEVEN_AND_A_HALF);
        assertThat(leaveArithmetic(m)).isEqualTo("LEAVE-PERSONAL-DAILY 2 × 40.00 = 80.00");
        assertThat(reviewsOn(m, "2024-11-06")).as("a whole day of leave: the missing clock-out does not matter")
                .isZero();
    }

    @Test
    void atEightHoursTheSameFifteenHoursAreLessThanTwoDaysAndTheShortDayIsLeftToReview() {
        ScoredMonth m = twoDaysOfLeave(EIGHT);
        assertThat(leaveArithmetic(m)).isEqualTo("LEAVE-PERSONAL-DAILY 1.875 × 40.00 = 75.00");
        assertThat(reviewsOn(m, "2024-11-06")).as("7.5 of 8 hours on leave: the missing clock-out is reviewed")
                .isEqualTo(1);
    }
}
