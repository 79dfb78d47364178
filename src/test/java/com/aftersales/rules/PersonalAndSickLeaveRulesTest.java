package com.aftersales.rules;

import static com.aftersales.leave.LeaveType.PERSONAL;
import static com.aftersales.leave.LeaveType.SICK;
import static com.aftersales.rules.LeaveLines.deductions;
import static com.aftersales.rules.LeaveLines.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.facts.input.Profile;
import com.aftersales.leave.LeaveType;
import com.aftersales.scoring.ScoredMonth;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * LEAVE-PERSONAL-*, LEAVE-SICK-* and LEAVE-SICK-CERT with the real attendance revision: one tier per
 * category by the month's cumulative hours, applied to the whole total, on and around each edge.
 */
class PersonalAndSickLeaveRulesTest {

    private static final RuleHarness RULES = RuleHarness.of("attendance");

    private static ScoredMonth month(Profile who, String wage, Object[]... records) {
        RuleHarness.Month m = RuleHarness.month(who, "2024-11").wage("2024-11", wage);
        for (Object[] r : records) {
            m.add(r);
        }
        return RULES.score(m);
    }

    private static Object[] leave(Profile who, LeaveType type, String start, String end, String hours) {
        return LeaveRecords.of(who.getEmployeeId(), type, start, end, hours).rostered();
    }

    @Nested
    class PersonalTiers {

        @ParameterizedTest(name = "{0} h of personal leave: {1} {2} (non-management), {3} (management)")
        @CsvSource({
            "5,   LEAVE-PERSONAL-HOURLY, 25.00,  40.00",
            "7.5, LEAVE-PERSONAL-HOURLY, 37.50,  60.00",
            "8,   LEAVE-PERSONAL-DAILY,  40.00,  60.00",
            "23,  LEAVE-PERSONAL-DAILY,  115.00, 172.50",
            "24,  LEAVE-PERSONAL-LONG,   540.00, 750.00",
        })
        void chargesTheWholeTotalAtTheTierItReaches(String hours, String rule, String wang, String li) {
            String end = Double.parseDouble(hours) > 8 ? "2024-11-07" : "2024-11-05";
            assertThat(deductions(month(Staff.WANG, "180", leave(Staff.WANG, PERSONAL, "2024-11-05", end, hours))))
                    .containsExactly(rule + " " + wang);
            assertThat(deductions(month(Staff.LI, "250", leave(Staff.LI, PERSONAL, "2024-11-05", end, hours))))
                    .containsExactly(rule + " " + li);
        }

        @Test
        void showsTheDaysAndTheRateInTheArithmetic() {
            ScoredMonth m = month(Staff.CHEN, "150", leave(Staff.CHEN, PERSONAL, "2024-11-05", "2024-11-07", "23"));
            assertThat(line(m, "LEAVE-PERSONAL-DAILY").line().getArithmetic()).isEqualTo("2.875 × 40.00 = 115.00");
            assertThat(line(m, "LEAVE-PERSONAL-DAILY").line().getDate()).hasToString("2024-11-30");
        }

        @Test
        void addsSeparateRequestsIntoOneTotal() {
            ScoredMonth m = month(Staff.WANG, "180", leave(Staff.WANG, PERSONAL, "2024-11-05", "2024-11-05", "8"),
                    leave(Staff.WANG, PERSONAL, "2024-11-21", "2024-11-22", "12"));
            assertThat(deductions(m)).containsExactly("LEAVE-PERSONAL-DAILY 100.00");
            assertThat(line(m, "LEAVE-PERSONAL-DAILY").line().getRecords()).hasSize(2);
        }

        @Test
        void chargesTheLongTierAtTheDailyAverageWage() {
            ScoredMonth m = month(Staff.CHEN, "150", leave(Staff.CHEN, PERSONAL, "2024-11-05", "2024-11-07", "24"));
            assertThat(line(m, "LEAVE-PERSONAL-LONG").line().getArithmetic()).isEqualTo("3 × 150.00 = 450.00");
        }
    }

    @Nested
    class SickTiers {

        @ParameterizedTest(name = "{0} h of sick leave: {1} {2} (non-management), {3} (management)")
        @CsvSource({
            "6,   LEAVE-SICK-HOURLY, 18.00,  24.00",
            "7.5, LEAVE-SICK-HOURLY, 22.50,  30.00",
            "8,   LEAVE-SICK-DAILY,  20.00,  30.00",
            "16,  LEAVE-SICK-DAILY,  40.00,  60.00",
            "23,  LEAVE-SICK-DAILY,  57.50,  86.25",
        })
        void chargesTheWholeTotalAtTheTierItReaches(String hours, String rule, String wang, String li) {
            String end = Double.parseDouble(hours) > 8 ? "2024-11-06" : "2024-11-05";
            assertThat(deductions(month(Staff.WANG, "180", leave(Staff.WANG, SICK, "2024-11-05", end, hours))))
                    .containsExactly(rule + " " + wang);
            assertThat(deductions(month(Staff.LI, "250", leave(Staff.LI, SICK, "2024-11-05", end, hours))))
                    .containsExactly(rule + " " + li);
        }

        @Test
        void personalAndSickLeaveAccumulateSeparately() {
            ScoredMonth m = month(Staff.WANG, "180", leave(Staff.WANG, PERSONAL, "2024-11-05", "2024-11-05", "6"),
                    leave(Staff.WANG, SICK, "2024-11-12", "2024-11-12", "8"));
            assertThat(deductions(m)).containsExactly("LEAVE-PERSONAL-HOURLY 30.00", "LEAVE-SICK-DAILY 20.00");
        }
    }

    @Nested
    class Certificate {

        private Object[] sick(String end, String hours, boolean certificate) {
            LeaveRecords r = LeaveRecords.of("CHEN", SICK, "2024-11-04", end, hours);
            return (certificate ? r.certificate() : r).rostered();
        }

        @Test
        void twoAndAHalfDaysNeedNoCertificate() {
            assertThat(deductions(month(Staff.CHEN, "150", sick("2024-11-06", "20", false))))
                    .containsExactly("LEAVE-SICK-DAILY 50.00");
            assertThat(deductions(month(Staff.CHEN, "150", sick("2024-11-06", "20", true))))
                    .containsExactly("LEAVE-SICK-DAILY 50.00");
        }

        @Test
        void threeDaysWithACertificateStaySickLeave() {
            ScoredMonth m = month(Staff.CHEN, "150", sick("2024-11-06", "24", true));
            assertThat(deductions(m)).containsExactly("LEAVE-SICK-LONG 270.00");
            assertThat(line(m, "LEAVE-SICK-LONG").line().getArithmetic()).isEqualTo("3 × 60% × 150.00 = 270.00");
        }

        @Test
        void threeDaysWithoutACertificateArePersonalLeave() {
            ScoredMonth m = month(Staff.CHEN, "150", sick("2024-11-06", "24", false));
            assertThat(deductions(m)).containsExactly("LEAVE-PERSONAL-LONG 450.00");
            assertThat(line(m, "LEAVE-PERSONAL-LONG").line().getValues())
                    .anySatisfy(v -> assertThat(v.value()).contains("LEAVE-SICK-CERT 24 h"));
        }

        @Test
        void isCheckedPerRequestSoTwoShortOnesReachTheLongSickTier() {
            ScoredMonth m = month(Staff.CHEN, "150",
                    LeaveRecords.days("CHEN", SICK, "2024-11-04", "2024-11-05").rostered(),
                    LeaveRecords.days("CHEN", SICK, "2024-11-18", "2024-11-19").rostered());
            assertThat(deductions(m)).containsExactly("LEAVE-SICK-LONG 360.00");
        }
    }
}
