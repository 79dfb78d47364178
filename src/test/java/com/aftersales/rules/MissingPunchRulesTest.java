package com.aftersales.rules;

import static com.aftersales.rules.Records.punch;
import static com.aftersales.rules.Records.shift;
import static com.aftersales.rules.RuleHarness.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.aftersales.calendar.CalendarYear;
import com.aftersales.calendar.DateRange;
import com.aftersales.calendar.NationalHolidays;
import com.aftersales.facts.input.Profile;
import com.aftersales.scoring.ScoredMonth;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Missing punches and peak season (ATT-INSTALLER-CLOCK): an installer may skip the clock-out
 * in peak season; any other missing punch is for review, never absenteeism and never money.
 */
class MissingPunchRulesTest {

    private static final RuleHarness RULES = AbsenceRulesTest.RULES;

    private static final CalendarYear PEAK_SUMMER = withPeak(NationalHolidays.of(2024),
            new DateRange(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 31), "旺季"));

    private static CalendarYear withPeak(CalendarYear y, DateRange peak) {
        return new CalendarYear(y.year(), y.holidays(), y.makeUpWorkdays(), List.of(peak), y.blackout());
    }

    private static ScoredMonth onePunch(Profile who, String at, boolean peakSeason) {
        String date = at.substring(0, 10);
        RuleHarness.Month m = month(who, date.substring(0, 7)).wage(date.substring(0, 7), "150")
                .add(shift(who.getEmployeeId(), date)).add(punch(who.getEmployeeId(), at));
        if (peakSeason) {
            m.calendar(PEAK_SUMMER);
        }
        return RULES.score(m);
    }

    @Test
    void anInstallerMaySkipTheClockOutInPeakSeason() {
        ScoredMonth m = onePunch(Staff.CHEN, "2024-07-16T08:30", true);
        assertThat(m.lines()).isEmpty();
        assertThat(m.flags()).isEmpty();
    }

    @Test
    void anInstallersMissingClockOutOutsidePeakSeasonIsForReview() {
        ScoredMonth m = onePunch(Staff.CHEN, "2024-07-16T08:30", false);
        assertThat(m.lines()).isEmpty();
        assertThat(m.flags()).extracting(f -> f.flag().getCode(), f -> f.flag().getRuleId(), f -> f.flag().getDate())
                .containsExactly(tuple("REVIEW", "ATT-INSTALLER-CLOCK", LocalDate.of(2024, 7, 16)));
    }

    @Test
    void theDayAfterPeakSeasonNeedsTheClockOutAgain() {
        ScoredMonth m = onePunch(Staff.CHEN, "2024-09-01T08:30", true);
        assertThat(m.flags()).extracting(f -> f.flag().getRuleId()).containsExactly("ATT-INSTALLER-CLOCK");
    }

    @Test
    void peakSeasonExemptsInstallersOnly() {
        ScoredMonth m = onePunch(Staff.ZHAO, "2024-07-16T08:30", true);
        assertThat(m.lines()).isEmpty();
        assertThat(m.flags()).extracting(f -> f.flag().getCode(), f -> f.flag().getRuleId())
                .containsExactly(tuple("REVIEW", "ATT-METHOD"));
    }

    @Test
    void aClockOutWithoutAClockInIsForReviewNotAbsence() {
        ScoredMonth m = onePunch(Staff.ZHAO, "2024-11-12T17:40", false);
        assertThat(m.lines()).isEmpty();
        assertThat(m.flags()).extracting(f -> f.flag().getCode(), f -> f.flag().getRuleId())
                .containsExactly(tuple("REVIEW", "ATT-METHOD"));
        assertThat(m.flags().get(0).flag().getDetail()).contains("clock-in");
    }

    @Test
    void aLateSinglePunchBeforeMidShiftIsALateClockIn() {
        ScoredMonth m = onePunch(Staff.CHEN, "2024-07-16T08:40", true);
        assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                .containsExactly(tuple("ATT-LATE-2", "10.00"));
        assertThat(m.flags()).isEmpty();
    }

    @Test
    void anEarlyClockOutInPeakSeasonIsStillAnEarlyDeparture() {
        ScoredMonth m = RULES.score(month(Staff.CHEN, "2024-07").wage("2024-07", "150").calendar(PEAK_SUMMER)
                .add(Records.day("CHEN", "2024-07-16", "08:30", "17:20")));
        assertThat(m.lines()).extracting(l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                .containsExactly(tuple("ATT-LATE-2", "10.00"));
    }
}
