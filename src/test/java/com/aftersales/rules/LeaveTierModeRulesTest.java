package com.aftersales.rules;

import static com.aftersales.leave.LeaveType.PERSONAL;
import static com.aftersales.leave.LeaveType.SICK;
import static com.aftersales.rules.LeaveLines.deductions;
import static com.aftersales.rules.LeaveLines.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.facts.input.Profile;
import com.aftersales.facts.result.Value;
import com.aftersales.leave.LeaveType;
import com.aftersales.scoring.ScoredMonth;
import org.junit.jupiter.api.Test;

/**
 * P_LEAVE_TIER_MODE (RULES.md A-8(e)): the month's personal or sick total is charged as a whole at the
 * tier it reaches (WHOLE_AT_TIER, the default), or each part of it at its own tier's rate (PROGRESSIVE),
 * the rates and edges staying those of the LeaveDeduction table.
 */
class LeaveTierModeRulesTest {

    private static final RuleHarness WHOLE = RuleHarness.of("attendance");
    private static final RuleHarness PROGRESSIVE = RuleHarness.of(
            RevisionEdits.latest("attendance").parameter("P_LEAVE_TIER_MODE", "PROGRESSIVE").revision());

    private static ScoredMonth month(RuleHarness rules, Profile who, String wage, LeaveType type, String end,
            String hours) {
        return rules.score(RuleHarness.month(who, "2024-11").wage("2024-11", wage)
                .add(LeaveRecords.of(who.getEmployeeId(), type, "2024-11-05", end, hours).rostered()));
    }

    @Test
    void thirtyHoursOfPersonalLeaveAreChargedAtEachTierTheyPassThrough() {
        assertThat(deductions(month(WHOLE, Staff.WANG, "180", PERSONAL, "2024-11-08", "30")))
                .containsExactly("LEAVE-PERSONAL-LONG 675.00");
        ScoredMonth wang = month(PROGRESSIVE, Staff.WANG, "180", PERSONAL, "2024-11-08", "30");
        assertThat(deductions(wang)).containsExactlyInAnyOrder("LEAVE-PERSONAL-HOURLY 40.00",
                "LEAVE-PERSONAL-DAILY 80.00", "LEAVE-PERSONAL-LONG 135.00");
        assertThat(line(wang, "LEAVE-PERSONAL-HOURLY").line().getArithmetic()).isEqualTo("8 × 5.00 = 40.00");
        assertThat(line(wang, "LEAVE-PERSONAL-DAILY").line().getArithmetic()).isEqualTo("2 × 40.00 = 80.00");
        assertThat(line(wang, "LEAVE-PERSONAL-LONG").line().getArithmetic()).isEqualTo("0.75 × 180.00 = 135.00");
        assertThat(line(wang, "LEAVE-PERSONAL-LONG").line().getValues()).contains(new Value("personalHours", "30"),
                new Value("tierHours", "24–30 h"), new Value("leaveTierMode", "PROGRESSIVE"));
        assertThat(line(wang, "LEAVE-PERSONAL-LONG").line().getNote()).contains("hours 24–30 of the month's 30 h");
    }

    @Test
    void managementPaysItsOwnRateOnEachPart() {
        assertThat(deductions(month(WHOLE, Staff.LI, "250", PERSONAL, "2024-11-08", "30")))
                .containsExactly("LEAVE-PERSONAL-LONG 937.50");
        assertThat(deductions(month(PROGRESSIVE, Staff.LI, "250", PERSONAL, "2024-11-08", "30")))
                .containsExactlyInAnyOrder("LEAVE-PERSONAL-HOURLY 64.00", "LEAVE-PERSONAL-DAILY 120.00",
                        "LEAVE-PERSONAL-LONG 187.50");
    }

    @Test
    void sickLeaveOfTwoAndAHalfDaysPaysTheHourlyRateOnItsFirstEightHours() {
        assertThat(deductions(month(WHOLE, Staff.WANG, "180", SICK, "2024-11-07", "20")))
                .containsExactly("LEAVE-SICK-DAILY 50.00");
        assertThat(deductions(month(PROGRESSIVE, Staff.WANG, "180", SICK, "2024-11-07", "20")))
                .containsExactlyInAnyOrder("LEAVE-SICK-HOURLY 24.00", "LEAVE-SICK-DAILY 30.00");
    }

    @Test
    void aTotalThatIsNotAWholeNumberOfHalfHoursEndsInItsLastTier() {
        assertThat(deductions(month(WHOLE, Staff.WANG, "180", PERSONAL, "2024-11-06", "8.25")))
                .containsExactly("LEAVE-PERSONAL-DAILY 41.25");
        ScoredMonth m = month(PROGRESSIVE, Staff.WANG, "180", PERSONAL, "2024-11-06", "8.25");
        assertThat(deductions(m)).containsExactlyInAnyOrder("LEAVE-PERSONAL-HOURLY 40.00", "LEAVE-PERSONAL-DAILY 1.25");
        assertThat(line(m, "LEAVE-PERSONAL-DAILY").line().getArithmetic()).isEqualTo("0.03125 × 40.00 = 1.25");
    }

    @Test
    void aTotalInsideTheFirstTierCostsTheSameEitherWay() {
        assertThat(deductions(month(WHOLE, Staff.WANG, "180", PERSONAL, "2024-11-05", "6")))
                .containsExactly("LEAVE-PERSONAL-HOURLY 30.00");
        assertThat(deductions(month(PROGRESSIVE, Staff.WANG, "180", PERSONAL, "2024-11-05", "6")))
                .containsExactly("LEAVE-PERSONAL-HOURLY 30.00");
    }
}
