package com.aftersales.rules;

import static com.aftersales.leave.LeaveType.ANNUAL;
import static com.aftersales.leave.LeaveType.BEREAVEMENT;
import static com.aftersales.leave.LeaveType.INJURY;
import static com.aftersales.leave.LeaveType.MARRIAGE;
import static com.aftersales.rules.LeaveLines.deductions;
import static com.aftersales.rules.LeaveLines.flags;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.facts.result.Entitlement;
import com.aftersales.facts.input.EntitlementQuery;
import com.aftersales.facts.input.Month;
import com.aftersales.facts.input.Profile;
import com.aftersales.scoring.ScoredMonth;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * LEAVE-PAID-ELIGIBILITY, the paid leave entitlements and LEAVE-ANNUAL by seniority (the PaidLeave
 * table), and what happens to a request beyond them; LEAVE-INJURY.
 */
class PaidLeaveRulesTest {

    private static final RuleHarness RULES = RuleHarness.of("attendance");

    private static Profile installer(String id, String hired, String founded, boolean formal, String married) {
        return new Profile(id, id, "MIANXIAN", "售后", true, false, false, true, formal, LocalDate.parse(hired),
                LocalDate.parse(founded), married == null ? null : LocalDate.parse(married), null);
    }

    private static Entitlement entitlement(Profile p, String type, String date) {
        YearMonth month = YearMonth.from(LocalDate.parse(date));
        List<Entitlement> answers = com.aftersales.scoring.RuleSessions.collect(RULES.book(),
                List.of(p, new EntitlementQuery(LocalDate.parse(date), List.of(type))),
                new Month(month, month.atDay(1), month.atEndOfMonth()), Entitlement.class);
        assertThat(answers).hasSize(1);
        return answers.get(0);
    }

    private static ScoredMonth month(Profile p, Object[]... records) {
        RuleHarness.Month m = RuleHarness.month(p, "2024-11").wage("2024-11", "180");
        for (Object[] r : records) {
            m.add(r);
        }
        return RULES.score(m);
    }

    @Nested
    class Annual {

        @ParameterizedTest(name = "{0} full years of service give {1} days")
        @CsvSource({"0, 0", "1, 0", "2, 1", "3, 1", "4, 2", "9, 4", "13, 6", "14, 7", "20, 7"})
        void growsOneDayEveryTwoFullYearsUpToSeven(int years, String days) {
            Profile p = installer("P", LocalDate.of(2024, 11, 15).minusYears(years).toString(), "2000-01-01", true, null);
            Entitlement e = entitlement(p, "ANNUAL", "2024-11-15");
            assertThat(e.getQuestion().getFullYears()).isEqualTo(years);
            assertThat(e.getDays()).isEqualByComparingTo(days);
        }

        @Test
        void countsSeniorityFromTheBranchFoundingDateWhenItIsLater() {
            Entitlement e = entitlement(Staff.LI, "ANNUAL", "2024-11-15");
            assertThat(e.getQuestion().getSeniorityStart()).hasToString("2013-06-18");
            assertThat(e.getQuestion().getFullYears()).isEqualTo(11);
            assertThat(e.getDays()).isEqualByComparingTo("5");
        }

        @Test
        void givesNothingTheDayBeforeTheSecondAnniversaryAndOneDayOnIt() {
            assertThat(entitlement(Staff.WANG, "ANNUAL", "2024-11-15").getDays()).isEqualByComparingTo("0");
            assertThat(entitlement(Staff.WANG, "ANNUAL", "2024-11-16").getDays()).isEqualByComparingTo("1");
        }

        @Test
        void aDayOfAnnualLeaveBeforeTheAnniversaryIsPersonalLeave() {
            ScoredMonth before = month(Staff.WANG, LeaveRecords.days("WANG", ANNUAL, "2024-11-15", "2024-11-15").rostered());
            assertThat(flags(before)).containsExactly("ENTITLEMENT_EXCEEDED LEAVE-ANNUAL");
            assertThat(deductions(before)).containsExactly("LEAVE-PERSONAL-DAILY 40.00");
            ScoredMonth on = month(Staff.WANG, LeaveRecords.days("WANG", ANNUAL, "2024-11-16", "2024-11-16").rostered());
            assertThat(flags(on)).isEmpty();
            assertThat(deductions(on)).isEmpty();
        }

        @Test
        void countsTheYearsEarlierAnnualLeaveAgainstTheEntitlement() {
            RuleHarness.Month m = RuleHarness.month(Staff.LI, "2024-11").wage("2024-11", "250")
                    .add(LeaveRecords.days("LI", ANNUAL, "2024-11-04", "2024-11-06").rostered())
                    .add(LeaveRecords.days("LI", ANNUAL, "2024-11-18", "2024-11-20").rostered());
            ScoredMonth s = RULES.score(m);
            assertThat(flags(s)).containsExactly("ENTITLEMENT_EXCEEDED LEAVE-ANNUAL");
            assertThat(deductions(s)).containsExactly("LEAVE-PERSONAL-DAILY 60.00");
        }
    }

    @Nested
    class Marriage {

        private final Profile wang = installer("WANG", "2022-11-16", "2008-01-01", true, "2024-10-20");

        @Test
        void sevenCalendarDaysAreNotDeducted() {
            ScoredMonth m = month(wang, LeaveRecords.days("WANG", MARRIAGE, "2024-11-09", "2024-11-15").rostered());
            assertThat(flags(m)).isEmpty();
            assertThat(deductions(m)).isEmpty();
            assertThat(entitlement(wang, "MARRIAGE", "2024-11-09").getDays()).isEqualByComparingTo("7");
        }

        @Test
        void anEighthDayIsPersonalLeave() {
            ScoredMonth m = month(wang, LeaveRecords.days("WANG", MARRIAGE, "2024-11-09", "2024-11-16").rostered());
            assertThat(flags(m)).containsExactly("ENTITLEMENT_EXCEEDED LEAVE-MARRIAGE");
            assertThat(deductions(m)).containsExactly("LEAVE-PERSONAL-DAILY 40.00");
        }

        @Test
        void anEmployeeWithoutASignedContractIsNotEligibleAndTheDaysArePersonalLeave() {
            Profile casual = installer("WANG", "2022-11-16", "2008-01-01", false, "2024-10-20");
            ScoredMonth m = month(casual, LeaveRecords.days("WANG", MARRIAGE, "2024-11-09", "2024-11-15").rostered());
            assertThat(flags(m)).containsExactly("NOT_ELIGIBLE LEAVE-PAID-ELIGIBILITY");
            assertThat(deductions(m)).containsExactly("LEAVE-PERSONAL-LONG 1260.00");
            assertThat(entitlement(casual, "MARRIAGE", "2024-11-09").isEligible()).isFalse();
        }

        @Test
        void aMarriageRegisteredBeforeEmploymentGivesNoMarriageLeave() {
            Profile early = installer("WANG", "2022-11-16", "2008-01-01", true, "2021-05-01");
            ScoredMonth m = month(early, LeaveRecords.days("WANG", MARRIAGE, "2024-11-09", "2024-11-09").rostered());
            assertThat(flags(m)).containsExactly("NOT_ELIGIBLE LEAVE-MARRIAGE");
            assertThat(deductions(m)).containsExactly("LEAVE-PERSONAL-DAILY 40.00");
        }
    }

    @ParameterizedTest(name = "{0}: {1} days")
    @CsvSource({"BANQUET_SIBLING, 1", "BANQUET_CHILD, 3", "BEREAVEMENT, 3", "MATERNITY, 98", "PATERNITY, 3",
        "MISCARRIAGE, 7"})
    void entitlesEachPaidLeaveTypeToItsDays(String type, String days) {
        assertThat(entitlement(Staff.WANG, type, "2024-11-09").getDays()).isEqualByComparingTo(days);
    }

    @Test
    void aFourthDayOfBereavementLeaveIsPersonalLeave() {
        ScoredMonth m = month(Staff.WANG, LeaveRecords.days("WANG", BEREAVEMENT, "2024-11-04", "2024-11-07").rostered());
        assertThat(flags(m)).containsExactly("ENTITLEMENT_EXCEEDED LEAVE-BEREAVEMENT");
        assertThat(deductions(m)).containsExactly("LEAVE-PERSONAL-DAILY 40.00");
    }

    @Test
    void workInjuryLeaveIsNotDeductedAndItsPayIsReviewed() {
        ScoredMonth m = month(Staff.WANG, LeaveRecords.days("WANG", INJURY, "2024-11-04", "2024-11-08").rostered());
        assertThat(flags(m)).containsExactly("REVIEW LEAVE-INJURY");
        assertThat(deductions(m)).isEmpty();
    }
}
