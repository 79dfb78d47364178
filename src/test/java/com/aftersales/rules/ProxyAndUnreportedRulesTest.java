package com.aftersales.rules;

import static com.aftersales.rules.Records.absent;
import static com.aftersales.rules.Records.day;
import static com.aftersales.rules.Records.incident;
import static com.aftersales.rules.Records.punch;
import static com.aftersales.rules.Records.shift;
import static com.aftersales.rules.Records.unreported;
import static com.aftersales.rules.RuleHarness.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.aftersales.scoring.ScoredMonth;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ATT-PROXY-1 (the manager's fine inside 100–300, default 100 with REVIEW), ATT-PROXY-2 (the
 * beneficiary is absent that whole day) and ATT-UNREPORTED (30–50, default 30 with REVIEW; a verified
 * situation is never absence; reported and completed costs nothing).
 */
class ProxyAndUnreportedRulesTest {

    private static final RuleHarness RULES = AbsenceRulesTest.RULES;

    @Nested
    class ProxyClocking {

        private ScoredMonth proxyFine(String amount) {
            return RULES.score(month(Staff.LI, "2024-11").wage("2024-11", "250")
                    .add(day("LI", "2024-11-06", "08:30", "17:30"))
                    .add(incident("LI", "2024-11-06", "ATT-PROXY-1", amount)));
        }

        @ParameterizedTest(name = "entered {0} is charged")
        @CsvSource({"100", "200", "300"})
        void chargesTheEnteredFineInsideTheRange(String amount) {
            ScoredMonth m = proxyFine(amount);
            assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                    .containsExactly(tuple("ATT-PROXY-1", amount + ".00"));
            assertThat(m.flags()).isEmpty();
        }

        @ParameterizedTest(name = "entered \"{0}\" gives the default 100 and REVIEW")
        @CsvSource(value = {"NONE", "99.99", "300.01"}, nullValues = "NONE")
        void chargesTheDefaultForReviewWithoutAnAmountInsideTheRange(String amount) {
            ScoredMonth m = proxyFine(amount);
            assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                    .containsExactly(tuple("ATT-PROXY-1", "100.00"));
            assertThat(m.flags()).extracting(f -> f.flag().getCode(), f -> f.flag().getRuleId())
                    .containsExactly(tuple("REVIEW", "ATT-PROXY-1"));
        }

        @Test
        void theBeneficiaryIsAbsentThatDayWhateverThePunchesShow() {
            ScoredMonth m = RULES.score(month(Staff.SUN, "2024-11").wage("2024-11", "170")
                    .add(day("SUN", "2024-11-05", "08:30", "17:30"))
                    .add(day("SUN", "2024-11-06", "08:45", "17:30"))
                    .add(incident("SUN", "2024-11-06", "ATT-PROXY-2", null))
                    .add(day("SUN", "2024-11-07", "08:30", "17:30")));
            assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString(),
                    l -> l.line().getArithmetic())
                    .containsExactly(tuple("ATT-ABSENT-1", "340.00", "1 × 200% × 170.00 = 340.00"));
            assertThat(m.flags()).isEmpty();
        }

        @Test
        void aSingleProxyPunchIsNoMissingPunch() {
            ScoredMonth m = RULES.score(month(Staff.SUN, "2024-11").wage("2024-11", "170")
                    .add(shift("SUN", "2024-11-06")).add(punch("SUN", "2024-11-06T08:29"))
                    .add(incident("SUN", "2024-11-06", "ATT-PROXY-2", null)));
            assertThat(m.lines()).extracting(l -> l.line().getRuleId()).containsExactly("ATT-ABSENT-1");
            assertThat(m.flags()).isEmpty();
        }

        @Test
        void twoProxiedDaysInARowAreTwoConsecutiveDaysOfAbsenteeism() {
            ScoredMonth m = RULES.score(month(Staff.SUN, "2024-11").wage("2024-11", "170")
                    .add(day("SUN", "2024-11-06", "08:30", "17:30")).add(day("SUN", "2024-11-07", "08:30", "17:30"))
                    .add(incident("SUN", "2024-11-06", "ATT-PROXY-2", null))
                    .add(incident("SUN", "2024-11-07", "ATT-PROXY-2", null)));
            assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                    .containsExactly(tuple("ATT-ABSENT-2", "1020.00"));
        }
    }

    @Nested
    class SpecialSituationNotReported {

        private ScoredMonth situation(Object incident) {
            return RULES.score(month(Staff.ZHAO, "2024-11").wage("2024-11", "120")
                    .add(absent("ZHAO", "2024-11-07")).add(incident));
        }

        @Test
        void verifiedButNotReportedCostsTheDefaultThirtyForReviewAndIsNoAbsence() {
            ScoredMonth m = situation(unreported("ZHAO", "2024-11-07", true, false, false));
            assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                    .containsExactly(tuple("ATT-UNREPORTED", "30.00"));
            assertThat(m.flags()).extracting(f -> f.flag().getCode(), f -> f.flag().getRuleId())
                    .containsExactly(tuple("REVIEW", "ATT-UNREPORTED"));
        }

        @Test
        void reportedWithoutTheFormalitiesStillCostsTheFine() {
            ScoredMonth m = situation(unreported("ZHAO", "2024-11-07", true, true, false));
            assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                    .containsExactly(tuple("ATT-UNREPORTED", "30.00"));
        }

        @Test
        void formalitiesWithoutTheReportStillCostTheFine() {
            ScoredMonth m = situation(unreported("ZHAO", "2024-11-07", true, false, true));
            assertThat(m.lines()).extracting(l -> l.line().getRuleId()).containsExactly("ATT-UNREPORTED");
        }

        @Test
        void reportedAndCompletedCostsNothingAndTheDayCountsAsAttended() {
            ScoredMonth m = situation(unreported("ZHAO", "2024-11-07", true, true, true));
            assertThat(m.lines()).isEmpty();
            assertThat(m.flags()).isEmpty();
        }

        @Test
        void anUnverifiedSituationIsAbsenteeism() {
            ScoredMonth m = situation(unreported("ZHAO", "2024-11-07", false, false, false));
            assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                    .containsExactly(tuple("ATT-ABSENT-1", "240.00"));
        }

        @ParameterizedTest(name = "entered {0} gives {1}")
        @CsvSource({"30, 30.00, 0", "50, 50.00, 0", "29.99, 30.00, 1", "50.01, 30.00, 1"})
        void chargesTheEnteredFineInsideThirtyToFifty(String amount, String charged, int reviews) {
            ScoredMonth m = situation(Records.unreported("ZHAO", "2024-11-07", true, false, false, amount));
            assertThat(m.lines()).extracting(l -> l.line().getAmount().toPlainString()).containsExactly(charged);
            assertThat(m.flags()).hasSize(reviews);
        }

        @Test
        void aVerifiedSituationWithOnlyAClockOutNeedsNoReviewOfTheMissingClockIn() {
            ScoredMonth m = RULES.score(month(Staff.ZHAO, "2024-11").wage("2024-11", "120")
                    .add(shift("ZHAO", "2024-11-07")).add(punch("ZHAO", "2024-11-07T17:35"))
                    .add(unreported("ZHAO", "2024-11-07", true, true, true)));
            assertThat(m.lines()).isEmpty();
            assertThat(m.flags()).isEmpty();
        }
    }
}
