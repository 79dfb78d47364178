package com.aftersales.rules;

import static com.aftersales.rules.Records.absent;
import static com.aftersales.rules.Records.day;
import static com.aftersales.rules.Records.leave;
import static com.aftersales.rules.Records.shift;
import static com.aftersales.rules.RuleHarness.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.aftersales.leave.LeaveType;
import com.aftersales.scoring.ScoredMonth;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * ATT-ABSENT-DEF, -1, -2, -3 with the real attendance revision: which days form one run (次), what a
 * run of 1, 2, 3 and 4 days costs, and runs bridged by a rest day, broken by a worked day, or
 * crossing the month end.
 */
class AbsenceRulesTest {

    static final RuleHarness RULES = RuleHarness.of("attendance").only("ATT-");

    private static RuleHarness.Month wang() {
        return month(Staff.WANG, "2024-11").wage("2024-11", "180");
    }

    @Nested
    class RunLength {

        @Test
        void oneDayBetweenWorkedDaysCostsTwiceTheDailyWage() {
            ScoredMonth m = RULES.score(wang().add(day("WANG", "2024-11-11", "08:30", "17:30"))
                    .add(absent("WANG", "2024-11-12")).add(day("WANG", "2024-11-13", "08:30", "17:30")));
            assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString(),
                    l -> l.line().getArithmetic())
                    .containsExactly(tuple("ATT-ABSENT-1", "360.00", "1 × 200% × 180.00 = 360.00"));
            assertThat(m.flags()).isEmpty();
        }

        @Test
        void twoConsecutiveDaysCostThreeTimesTheWageEach() {
            ScoredMonth m = RULES.score(wang().add(absent("WANG", "2024-11-12")).add(absent("WANG", "2024-11-13")));
            assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString(),
                    l -> l.line().getArithmetic())
                    .containsExactly(tuple("ATT-ABSENT-2", "1080.00", "2 × 300% × 180.00 = 1080.00"));
            assertThat(m.flags()).isEmpty();
        }

        @Test
        void threeConsecutiveDaysCostFourTimesTheWageEachAndSeparateOnTheThirdDay() {
            ScoredMonth m = RULES.score(wang().add(absent("WANG", "2024-11-12")).add(absent("WANG", "2024-11-13"))
                    .add(absent("WANG", "2024-11-14")));
            assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString(),
                    l -> l.line().getArithmetic())
                    .containsExactly(tuple("ATT-ABSENT-3", "2160.00", "3 × 400% × 180.00 = 2160.00"));
            assertThat(m.flags()).extracting(f -> f.flag().getCode(), f -> f.flag().getRuleId(), f -> f.flag().getDate())
                    .containsExactly(tuple("SEPARATION", "ATT-ABSENT-3", LocalDate.of(2024, 11, 14)));
        }

        @Test
        void fourConsecutiveDaysAreAllChargedAtFourTimesWithOneSeparationOnTheThirdDay() {
            ScoredMonth m = RULES.score(wang().add(absent("WANG", "2024-11-12")).add(absent("WANG", "2024-11-13"))
                    .add(absent("WANG", "2024-11-14")).add(absent("WANG", "2024-11-15")));
            assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString(),
                    l -> l.line().getArithmetic())
                    .containsExactly(tuple("ATT-ABSENT-3", "2880.00", "4 × 400% × 180.00 = 2880.00"));
            assertThat(m.flags()).extracting(f -> f.flag().getCode(), f -> f.flag().getDate())
                    .containsExactly(tuple("SEPARATION", LocalDate.of(2024, 11, 14)));
        }

        @Test
        void daysOffTheRosterAreNotAbsent() {
            ScoredMonth m = RULES.score(wang().add(day("WANG", "2024-11-12", "08:30", "17:30")));
            assertThat(m.lines()).isEmpty();
            assertThat(m.flags()).isEmpty();
        }
    }

    @Nested
    class WhatBridgesAndWhatBreaksARun {

        @Test
        void aDayOffTheRosterBetweenTwoAbsencesIsSkipped() {
            ScoredMonth m = RULES.score(wang().add(absent("WANG", "2024-11-09")).add(absent("WANG", "2024-11-11")));
            assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                    .containsExactly(tuple("ATT-ABSENT-2", "1080.00"));
        }

        @Test
        void anApprovedRestDayOnARosteredDayIsSkipped() {
            ScoredMonth m = RULES.score(wang().add(absent("WANG", "2024-11-09")).add(shift("WANG", "2024-11-10"))
                    .add(leave("WANG", LeaveType.REST, "2024-11-10", "2024-11-10", "8"))
                    .add(absent("WANG", "2024-11-11")));
            assertThat(m.lines()).filteredOn(l -> l.line().getRuleId().startsWith("ATT-"))
                    .extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                    .containsExactly(tuple("ATT-ABSENT-2", "1080.00"));
        }

        @Test
        void aWorkedDayBetweenTwoAbsencesMakesTwoRunsOfOneDay() {
            ScoredMonth m = RULES.score(wang().add(absent("WANG", "2024-11-12"))
                    .add(day("WANG", "2024-11-13", "08:30", "17:30")).add(absent("WANG", "2024-11-14")));
            assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString(),
                    l -> l.line().getDate())
                    .containsExactly(tuple("ATT-ABSENT-1", "360.00", LocalDate.of(2024, 11, 12)),
                            tuple("ATT-ABSENT-1", "360.00", LocalDate.of(2024, 11, 14)));
            assertThat(m.lines()).extracting(l -> l.line().getOccurrenceKey()).containsExactly("2024-11-12", "2024-11-14");
        }

        @Test
        void aDayOfPersonalLeaveBetweenTwoAbsencesBreaksTheRun() {
            ScoredMonth m = RULES.score(wang().add(absent("WANG", "2024-11-12")).add(shift("WANG", "2024-11-13"))
                    .add(leave("WANG", LeaveType.PERSONAL, "2024-11-13", "2024-11-13", "8"))
                    .add(absent("WANG", "2024-11-14")));
            assertThat(m.lines()).filteredOn(l -> l.line().getRuleId().startsWith("ATT-"))
                    .extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                    .containsExactly(tuple("ATT-ABSENT-1", "360.00"), tuple("ATT-ABSENT-1", "360.00"));
        }

        @Test
        void aHalfDayOfAbsenteeismIsARunOfItsOwn() {
            ScoredMonth m = RULES.score(wang().add(absent("WANG", "2024-11-12"))
                    .add(day("WANG", "2024-11-13", "09:30", "17:30")).add(absent("WANG", "2024-11-14")));
            assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                    .containsExactly(tuple("ATT-ABSENT-1", "360.00"), tuple("ATT-ABSENT-HALF", "180.00"),
                            tuple("ATT-ABSENT-1", "360.00"));
        }

        @Test
        void daysNotYetOverAreNotAbsent() {
            ScoredMonth m = RULES.score(wang().asOf(LocalDate.of(2024, 11, 13)).add(absent("WANG", "2024-11-12"))
                    .add(absent("WANG", "2024-11-13")).add(absent("WANG", "2024-11-14")));
            assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                    .containsExactly(tuple("ATT-ABSENT-1", "360.00"));
        }
    }

    @Nested
    class AcrossTheMonthEnd {

        private RuleHarness.Month runFromOctober30(String period) {
            return month(Staff.WANG, period).wage("2024-10", "180").wage("2024-11", "200")
                    .add(day("WANG", "2024-10-29", "08:30", "17:30"))
                    .add(absent("WANG", "2024-10-30")).add(absent("WANG", "2024-10-31"))
                    .add(absent("WANG", "2024-11-01")).add(absent("WANG", "2024-11-02"))
                    .add(day("WANG", "2024-11-03", "08:30", "17:30"));
        }

        @Test
        void theMonthAfterChargesItsDaysAtTheRunsRateWithItsOwnWage() {
            ScoredMonth m = RULES.score(runFromOctober30("2024-11"));
            assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString(),
                    l -> l.line().getArithmetic(), l -> l.line().getOccurrenceKey())
                    .containsExactly(tuple("ATT-ABSENT-3", "1600.00", "2 × 400% × 200.00 = 1600.00", "2024-10-30"));
            assertThat(m.flags()).extracting(f -> f.flag().getCode(), f -> f.flag().getDate())
                    .containsExactly(tuple("SEPARATION", LocalDate.of(2024, 11, 1)));
        }

        @Test
        void theMonthBeforeChargesItsDaysAtTheRunsRateAndRaisesNoFlagOfTheNextMonth() {
            ScoredMonth m = RULES.score(runFromOctober30("2024-10"));
            assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString(),
                    l -> l.line().getArithmetic())
                    .containsExactly(tuple("ATT-ABSENT-3", "1440.00", "2 × 400% × 180.00 = 1440.00"));
            assertThat(m.flags()).isEmpty();
        }

        @Test
        void aNeighbouringMonthWithoutAnyRecordIsUnknownNotAbsent() {
            ScoredMonth m = RULES.score(month(Staff.WANG, "2024-11").wage("2024-11", "180")
                    .add(absent("WANG", "2024-11-01")).add(day("WANG", "2024-11-02", "08:30", "17:30")));
            assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                    .containsExactly(tuple("ATT-ABSENT-1", "360.00"));
        }
    }
}
