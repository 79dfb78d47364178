package com.aftersales.rules;

import static com.aftersales.rules.Records.day;
import static com.aftersales.rules.Records.late4Leave;
import static com.aftersales.rules.RuleHarness.month;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.scoring.ScoredLine;
import com.aftersales.scoring.ScoredMonth;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ATT-LATE-1…4 and ATT-LATE-GAP, inside, on and outside each boundary, with the real attendance revision. */
class LatenessRulesTest {

    private static final RuleHarness RULES = RuleHarness.of("attendance").only("ATT-");

    private static ScoredMonth lateBy(String clockIn) {
        return RULES.score(month(Staff.WANG, "2024-11").wage("2024-11", "180")
                .add(day("WANG", "2024-11-04", clockIn, "17:30")));
    }

    @ParameterizedTest(name = "clock-in {0} is {1}")
    @CsvSource({
        "08:34, ATT-LATE-1, 5.00",
        "08:35, ATT-LATE-1, 5.00",
        "08:36, ATT-LATE-2, 10.00",
        "08:45, ATT-LATE-2, 10.00",
        "08:46, ATT-LATE-3, 20.00",
        "09:00, ATT-LATE-3, 20.00",
    })
    void chargesTheTierOfTheMinutesLate(String clockIn, String rule, String amount) {
        ScoredMonth m = lateBy(clockIn);
        assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(rule, amount));
    }

    @ParameterizedTest(name = "clock-out {0} is {1}")
    @CsvSource({
        "17:26, ATT-LATE-1, 5.00",
        "17:25, ATT-LATE-1, 5.00",
        "17:24, ATT-LATE-2, 10.00",
        "17:15, ATT-LATE-2, 10.00",
        "17:14, ATT-LATE-3, 20.00",
        "17:00, ATT-LATE-3, 20.00",
    })
    void chargesEarlyDeparturesByTheSameTiers(String clockOut, String rule, String amount) {
        ScoredMonth m = RULES.score(month(Staff.WANG, "2024-11").wage("2024-11", "180")
                .add(day("WANG", "2024-11-04", "08:30", clockOut)));
        assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(rule, amount));
        assertThat(m.lines().get(0).line().getValues()).extracting(v -> v.name()).contains("earlyMinutes");
    }

    @ParameterizedTest(name = "clock-out {0}: {1}")
    @CsvSource({
        "16:59, ATT-ABSENT-HALF",
        "16:30, ATT-ABSENT-HALF",
    })
    void leavingThirtyOneToSixtyMinutesEarlyWithoutTheLeaveIsHalfADayOfAbsenteeism(String clockOut, String rule) {
        ScoredMonth m = RULES.score(month(Staff.WANG, "2024-11").wage("2024-11", "180")
                .add(day("WANG", "2024-11-04", "08:30", clockOut)));
        assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(rule, "180.00"));
    }

    @Test
    void leavingThirtyOneMinutesEarlyWithTheLeaveFiledIsFinedTwenty() {
        ScoredMonth m = RULES.score(month(Staff.WANG, "2024-11").wage("2024-11", "180")
                .add(day("WANG", "2024-11-04", "08:30", "16:59")).add(late4Leave("WANG", "2024-11-04")));
        assertThat(m.lines()).filteredOn(l -> l.line().getRuleId().startsWith("ATT-"))
                .extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ATT-LATE-4", "20.00"));
    }

    @Test
    void leavingSixtyOneMinutesEarlyIsForReview() {
        ScoredMonth m = RULES.score(month(Staff.WANG, "2024-11").wage("2024-11", "180")
                .add(day("WANG", "2024-11-04", "08:30", "16:29")));
        assertThat(m.lines()).isEmpty();
        assertThat(m.flags()).extracting(f -> f.flag().getRuleId()).containsExactly("ATT-LATE-GAP");
    }

    @Test
    void dropsTheSecondsBeforeComparing() {
        ScoredMonth m = lateBy("08:35:48");
        assertThat(m.lines()).singleElement().satisfies(l -> {
            assertThat(l.line().getRuleId()).isEqualTo("ATT-LATE-1");
            assertThat(l.line().getValues()).anySatisfy(v -> assertThat(v.value()).isEqualTo("5"));
        });
    }

    @Test
    void chargesNothingWhenOnTime() {
        assertThat(lateBy("08:30").lines()).isEmpty();
        assertThat(lateBy("08:30").flags()).isEmpty();
    }

    @Nested
    class ThirtyOneToSixtyMinutes {

        @ParameterizedTest
        @CsvSource({"09:01", "09:30"})
        void finesTwentyWhenTheHalfDayLeaveWasFiled(String clockIn) {
            ScoredMonth m = RULES.score(month(Staff.WANG, "2024-11").wage("2024-11", "180")
                    .add(day("WANG", "2024-11-14", clockIn, "17:30")).add(late4Leave("WANG", "2024-11-14")));
            assertThat(m.lines()).filteredOn(l -> l.line().getRuleId().startsWith("ATT-")).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ATT-LATE-4", "20.00"));
        }

        @ParameterizedTest
        @CsvSource({"09:01", "09:30"})
        void becomesHalfADayOfAbsenteeismWithoutTheLeave(String clockIn) {
            ScoredMonth m = RULES.score(month(Staff.WANG, "2024-11").wage("2024-11", "180")
                    .add(day("WANG", "2024-11-19", clockIn, "17:30")));
            assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ATT-ABSENT-HALF", "180.00"));
            ScoredLine line = m.lines().get(0);
            assertThat(line.line().getArithmetic()).isEqualTo("0.5 × 200% × 180.00 = 180.00");
        }
    }

    @Test
    void sixtyOneMinutesIsForReviewWithNothingCharged() {
        ScoredMonth m = lateBy("09:31");
        assertThat(m.lines()).isEmpty();
        assertThat(m.flags()).singleElement().satisfies(f -> {
            assertThat(f.flag().getCode()).isEqualTo("REVIEW");
            assertThat(f.flag().getRuleId()).isEqualTo("ATT-LATE-GAP");
        });
    }

    @Test
    void chargesLateArrivalAndEarlyDepartureAsTwoEvents() {
        ScoredMonth m = RULES.score(month(Staff.WANG, "2024-11").wage("2024-11", "180")
                .add(day("WANG", "2024-11-20", "08:33", "17:18")));
        assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ATT-LATE-1", "5.00"),
                        org.assertj.core.groups.Tuple.tuple("ATT-LATE-2", "10.00"));
    }
}
