package com.aftersales.rules;

import static com.aftersales.leave.LeaveType.ANNUAL;
import static com.aftersales.rules.LeaveLines.deductions;
import static com.aftersales.rules.LeaveLines.flags;
import static com.aftersales.rules.Records.absent;
import static com.aftersales.rules.Records.day;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.facts.input.Profile;
import com.aftersales.scoring.ScoredMonth;
import org.junit.jupiter.api.Test;

/**
 * The RULES.md §10 readings of the attendance policy that are cells of its decision tables, switched
 * the way docs/parameters.md tells an admin to: P_ABSENT_MULTIPLIER_MODE (Absence "charged"),
 * P_LATE4_UNFILED_KEEP_FINE (the DEDUCT cell of the unfiled ATT-LATE-4 row), P_LATE_OVER_60 (the
 * ATT-LATE-4 rows without an upper bound instead of ATT-LATE-GAP) and P_ANNUAL_FORMULA (the AnnualLeave
 * year bounds).
 */
class AttendanceTableReadingsRulesTest {

    private static final RuleHarness SHIPPED = RuleHarness.of("attendance");

    private static RuleHarness edited(String file, String sheet, String... cells) {
        RevisionEdits e = RevisionEdits.latest("attendance");
        for (int i = 0; i < cells.length; i += 2) {
            e.cell(file, sheet, cells[i], cells[i + 1]);
        }
        return RuleHarness.of(e.revision());
    }

    private static ScoredMonth month(RuleHarness rules, Profile who, Object[]... records) {
        RuleHarness.Month m = RuleHarness.month(who, "2024-11").wage("2024-11", "180");
        for (Object[] r : records) {
            m.add(r);
        }
        return rules.score(m);
    }

    @Test
    void absenceChargedOncePerRunMakesTwoDaysCostThreeDailyWages() {
        RuleHarness once = edited("attendance.drl.xlsx", "Absence", "F12", "ONCE_PER_RUN");
        Object[] twoDays = {absent("WANG", "2024-11-12")[0], absent("WANG", "2024-11-13")[0]};
        assertThat(deductions(month(SHIPPED, Staff.WANG, twoDays))).containsExactly("ATT-ABSENT-2 1080.00");
        assertThat(deductions(month(once, Staff.WANG, twoDays))).containsExactly("ATT-ABSENT-2 540.00");
    }

    @Test
    void theUnfiledTierFourFineCanBeKeptBesideTheHalfDayOfAbsence() {
        RuleHarness keep = edited("attendance.drl.xlsx", "Lateness", "E14", "20");
        Object[] late45 = day("WANG", "2024-11-14", "09:15", "17:30");
        assertThat(deductions(month(SHIPPED, Staff.WANG, late45))).containsExactly("ATT-ABSENT-HALF 180.00");
        assertThat(deductions(month(keep, Staff.WANG, late45)))
                .containsExactlyInAnyOrder("ATT-LATE-4 20.00", "ATT-ABSENT-HALF 180.00");
    }

    @Test
    void theUnfiledTierFourCanBeAWholeDayOfAbsence() {
        RuleHarness wholeDay = edited("attendance.drl.xlsx", "Lateness", "F14", "1");
        Object[] late45 = day("WANG", "2024-11-14", "09:15", "17:30");
        assertThat(deductions(month(wholeDay, Staff.WANG, late45))).containsExactly("ATT-ABSENT-1 360.00");
    }

    @Test
    void lateByMoreThanSixtyMinutesCanBeTreatedAsTierFour() {
        RuleHarness asTier4 = edited("attendance.drl.xlsx", "Lateness", "C13", "", "C14", "", "A15", "", "B15", "",
                "G15", "");
        Object[] late75 = day("WANG", "2024-11-14", "09:45", "17:30");
        ScoredMonth shipped = month(SHIPPED, Staff.WANG, late75);
        assertThat(deductions(shipped)).isEmpty();
        assertThat(flags(shipped)).containsExactly("REVIEW ATT-LATE-GAP");
        ScoredMonth unfiled = month(asTier4, Staff.WANG, late75);
        assertThat(deductions(unfiled)).containsExactly("ATT-ABSENT-HALF 180.00");
        assertThat(flags(unfiled)).isEmpty();
        assertThat(deductions(month(asTier4, Staff.WANG, late75, new Object[] {Records.late4Leave("WANG", "2024-11-14")})))
                .containsExactlyInAnyOrder("ATT-LATE-4 20.00", "LEAVE-PERSONAL-HOURLY 20.00");
    }

    @Test
    void annualLeaveOfYearsMinusOneGivesThreeFullYearsTwoDays() {
        RuleHarness yearsMinus1 = edited("leave.drl.xlsx", "AnnualLeave", "E11", "3", "D12", "3", "E12", "4", "D13", "4",
                "E13", "5", "D14", "5", "E14", "6", "D15", "6", "E15", "7", "D16", "7", "E16", "8", "D17", "8");
        // CHEN: hired 2021-03-01, 3 full years on 2024-11-14
        Object[] twoDays = LeaveRecords.days("CHEN", ANNUAL, "2024-11-14", "2024-11-15").rostered();
        assertThat(flags(month(SHIPPED, Staff.CHEN, twoDays))).containsExactly("ENTITLEMENT_EXCEEDED LEAVE-ANNUAL");
        assertThat(flags(month(yearsMinus1, Staff.CHEN, twoDays))).isEmpty();
    }
}
