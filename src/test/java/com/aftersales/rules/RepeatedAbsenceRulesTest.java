package com.aftersales.rules;

import static com.aftersales.rules.Records.absent;
import static com.aftersales.rules.Records.day;
import static com.aftersales.rules.RuleHarness.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.aftersales.facts.input.PriorOccurrence;
import com.aftersales.scoring.ScoredMonth;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ATT-ABSENT-REPEAT (累计旷工达3次): occurrences of earlier periods and of the month count together;
 * the third raises ADVISE_RESIGNATION; the window (P_ABSENT_REPEAT_WINDOW) and the count
 * (P_ABSENT_REPEAT_OCCURRENCES) are cells of the Parameters sheet.
 */
class RepeatedAbsenceRulesTest {

    private static final RuleHarness RULES = AbsenceRulesTest.RULES;

    private static RuleHarness.Month zhao() {
        return month(Staff.ZHAO, "2024-11").wage("2024-11", "120");
    }

    private static PriorOccurrence prior(String date) {
        return new PriorOccurrence("ATT-ABSENT-1", date, LocalDate.parse(date));
    }

    private static ScoredMonth absentOnNovember20(RuleHarness rules, String... priorDates) {
        RuleHarness.Month m = zhao().add(absent("ZHAO", "2024-11-20"));
        for (String d : priorDates) {
            m.prior(prior(d));
        }
        return rules.score(m);
    }

    @Test
    void theThirdOccurrenceOverTheEmploymentAdvisesResignation() {
        ScoredMonth m = absentOnNovember20(RULES, "2024-03-05", "2024-07-22");
        assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                .containsExactly(tuple("ATT-ABSENT-1", "240.00"));
        assertThat(m.flags()).extracting(f -> f.flag().getCode(), f -> f.flag().getRuleId(), f -> f.flag().getDate())
                .containsExactly(tuple("ADVISE_RESIGNATION", "ATT-ABSENT-REPEAT", LocalDate.of(2024, 11, 20)));
        assertThat(m.flags().get(0).flag().getDetail()).contains("no. 3");
    }

    @Test
    void anOccurrenceImportedAsHistoryCountsLikeOneTheServiceFoundAndIsNamed() {
        ScoredMonth m = RULES.score(zhao().add(absent("ZHAO", "2024-11-20")).prior(prior("2024-03-05"))
                .prior(PriorOccurrence.imported("ATT-ABSENT-1", "OCC-1", LocalDate.of(2023, 6, 12))));
        assertThat(m.flags()).singleElement().satisfies(f -> {
            assertThat(f.flag().getCode()).isEqualTo("ADVISE_RESIGNATION");
            assertThat(f.flag().getDetail()).contains("累计旷工第3次").contains("整个雇佣期")
                    .contains("导入的历史记录1次(OCC-1 2023-06-12)").contains("no. 3 (EMPLOYMENT)");
            assertThat(f.flag().getRecords()).contains(com.aftersales.facts.input.RecordRef.of("occurrence", "OCC-1"));
        });
    }

    @Test
    void anImportedOccurrenceOutsideTheWindowDoesNotCount() {
        RuleHarness calendarYear = RuleHarness.of(RevisionEdits.latest("attendance")
                .parameter("P_ABSENT_REPEAT_WINDOW", "CALENDAR_YEAR").revision()).only("ATT-");
        ScoredMonth m = calendarYear.score(zhao().add(absent("ZHAO", "2024-11-20")).prior(prior("2024-03-05"))
                .prior(PriorOccurrence.imported("ATT-ABSENT-1", "OCC-1", LocalDate.of(2023, 6, 12))));
        assertThat(m.flags()).filteredOn(f -> f.flag().getCode().equals("ADVISE_RESIGNATION")).isEmpty();
    }

    @Test
    void theSecondOccurrenceRaisesNothing() {
        assertThat(absentOnNovember20(RULES, "2024-03-05").flags()).isEmpty();
    }

    @Test
    void theFourthOccurrenceAdvisesResignationAgain() {
        ScoredMonth m = absentOnNovember20(RULES, "2022-01-10", "2024-03-05", "2024-07-22");
        assertThat(m.flags()).extracting(f -> f.flag().getCode()).containsExactly("ADVISE_RESIGNATION");
        assertThat(m.flags().get(0).flag().getDetail()).contains("no. 4");
    }

    @Test
    void oneEarlierRunChargedInTwoMonthsCountsOnce() {
        RuleHarness.Month m = zhao().add(absent("ZHAO", "2024-11-20"))
                .prior(new PriorOccurrence("ATT-ABSENT-3", "2024-06-29", LocalDate.of(2024, 6, 29)))
                .prior(new PriorOccurrence("ATT-ABSENT-3", "2024-06-29", LocalDate.of(2024, 7, 1)));
        assertThat(RULES.score(m).flags()).isEmpty();
    }

    @Test
    void occurrencesOfOtherRulesDoNotCount() {
        RuleHarness.Month m = zhao().add(absent("ZHAO", "2024-11-20")).prior(prior("2024-03-05"))
                .prior(new PriorOccurrence("PEN-UNIFORM", "2024-07-22", LocalDate.of(2024, 7, 22)));
        assertThat(RULES.score(m).flags()).isEmpty();
    }

    @Test
    void threeRunsInOneMonthAdviseResignationOnTheThird() {
        ScoredMonth m = RULES.score(zhao().add(absent("ZHAO", "2024-11-05"))
                .add(day("ZHAO", "2024-11-06", "08:30", "17:30")).add(absent("ZHAO", "2024-11-07"))
                .add(day("ZHAO", "2024-11-08", "08:30", "17:30")).add(absent("ZHAO", "2024-11-20")));
        assertThat(m.lines()).extracting(l -> l.line().getRuleId()).containsOnly("ATT-ABSENT-1").hasSize(3);
        assertThat(m.flags()).extracting(f -> f.flag().getCode(), f -> f.flag().getDate())
                .containsExactly(tuple("ADVISE_RESIGNATION", LocalDate.of(2024, 11, 20)));
    }

    @Test
    void aHalfDayOfAbsenteeismCountsAsAnOccurrence() {
        ScoredMonth m = RULES.score(zhao().add(day("ZHAO", "2024-11-19", "09:30", "17:30"))
                .prior(prior("2024-03-05")).prior(prior("2024-07-22")));
        assertThat(m.lines()).extracting(l -> l.line().getRuleId()).containsExactly("ATT-ABSENT-HALF");
        assertThat(m.flags()).extracting(f -> f.flag().getCode(), f -> f.flag().getDate())
                .containsExactly(tuple("ADVISE_RESIGNATION", LocalDate.of(2024, 11, 19)));
    }

    @Test
    void aRunThatStartedLastMonthIsCountedThereNotAgain() {
        ScoredMonth m = RULES.score(month(Staff.ZHAO, "2024-11").wage("2024-10", "120").wage("2024-11", "120")
                .add(absent("ZHAO", "2024-10-31")).add(absent("ZHAO", "2024-11-01"))
                .prior(prior("2024-03-05")).prior(new PriorOccurrence("ATT-ABSENT-2", "2024-10-31",
                        LocalDate.of(2024, 10, 31))));
        assertThat(m.lines()).extracting(l -> l.line().getRuleId()).containsExactly("ATT-ABSENT-2");
        assertThat(m.flags()).isEmpty();
    }

    @Nested
    class TheWindowIsAParameter {

        @Test
        void countsOverTheWholeEmploymentByDefault() {
            assertThat(absentOnNovember20(RULES, "2019-02-01", "2020-02-01").flags())
                    .extracting(f -> f.flag().getCode()).containsExactly("ADVISE_RESIGNATION");
        }

        @ParameterizedTest(name = "{0}: earlier occurrences {1} and {2} give {3} flag(s)")
        @CsvSource({
            "CALENDAR_YEAR, 2024-01-01, 2024-07-22, 1",
            "CALENDAR_YEAR, 2023-12-31, 2024-07-22, 0",
            "ROLLING_12M, 2023-11-21, 2024-07-22, 1",
            "ROLLING_12M, 2023-11-20, 2024-07-22, 0",
        })
        void countsOnlyOccurrencesInsideTheConfiguredWindow(String window, String first, String second, int flags) {
            RuleHarness rules = RuleHarness.of(RevisionEdits.latest("attendance")
                    .parameter("P_ABSENT_REPEAT_WINDOW", window).revision()).only("ATT-");
            assertThat(absentOnNovember20(rules, first, second).flags()).hasSize(flags);
        }

        @Test
        void theNumberOfOccurrencesIsAParameterToo() {
            RuleHarness rules = RuleHarness.of(RevisionEdits.latest("attendance")
                    .parameter("P_ABSENT_REPEAT_OCCURRENCES", "2").revision()).only("ATT-");
            assertThat(absentOnNovember20(rules, "2024-03-05").flags())
                    .extracting(f -> f.flag().getCode()).containsExactly("ADVISE_RESIGNATION");
        }
    }
}
