package com.aftersales.rules;

import static com.aftersales.rules.Records.absent;
import static com.aftersales.rules.Records.day;
import static com.aftersales.rules.Records.incident;
import static com.aftersales.rules.Records.punch;
import static com.aftersales.rules.Records.shift;
import static com.aftersales.rules.FlagAudit.*;
import static com.aftersales.rules.RuleHarness.month;
import static com.aftersales.support.WorkOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.facts.input.PriorOccurrence;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The flags of the attendance rules (the flag audit of docs/decisions.md): see {@link FlagAudit}. */
class AttendanceFlagsRulesTest {

    @Test
    void attAbsentDefReviewsANoPunchDayWithOtherEvidenceOfWork() {
        assertThat(flags(SHIPPED.score(wang().add(absent("WANG", "2024-11-05"))
                .add(order("O1", "WANG").on("2024-11-05").record())), "ATT-ABSENT-DEF")).containsExactly("REVIEW");
        assertThat(flags(SHIPPED.score(wang().add(day("WANG", "2024-11-05", "08:30", "17:30"))
                .add(order("O1", "WANG").on("2024-11-05").record())), "ATT-ABSENT-DEF")).isEmpty();
    }

    @Test
    void attMethodReviewsAClockOutWithoutAClockIn() {
        assertThat(flags(SHIPPED.score(of(Staff.ZHAO).add(shift("ZHAO", "2024-11-05"),
                punch("ZHAO", "2024-11-05T17:30"))), "ATT-METHOD")).containsExactly("REVIEW");
        assertThat(flags(SHIPPED.score(of(Staff.ZHAO).add(day("ZHAO", "2024-11-05", "08:30", "17:30"))),
                "ATT-METHOD")).isEmpty();
    }

    @Test
    void attMethodReviewsAMissingClockOutOfStaffWhoAreNotInstallers() {
        assertThat(flags(SHIPPED.score(of(Staff.ZHAO).add(shift("ZHAO", "2024-11-05"),
                punch("ZHAO", "2024-11-05T08:30"))), "ATT-METHOD")).containsExactly("REVIEW");
        assertThat(flags(SHIPPED.score(of(Staff.WANG).add(shift("WANG", "2024-11-05"),
                punch("WANG", "2024-11-05T08:30"))), "ATT-METHOD")).isEmpty();
    }

    @Test
    void attInstallerClockReviewsAnInstallersMissingClockOutOutsidePeakSeason() {
        assertThat(flags(SHIPPED.score(wang().add(shift("WANG", "2024-11-05"), punch("WANG", "2024-11-05T08:30"))),
                "ATT-INSTALLER-CLOCK")).containsExactly("REVIEW");
        assertThat(flags(SHIPPED.score(wang().add(day("WANG", "2024-11-05", "08:30", "17:30"))),
                "ATT-INSTALLER-CLOCK")).isEmpty();
    }

    @Test
    void attLateGapReviewsMoreThanSixtyMinutes() {
        assertThat(flags(SHIPPED.score(wang().add(day("WANG", "2024-11-05", "09:31", "17:30"))), "ATT-LATE-GAP"))
                .containsExactly("REVIEW");
        assertThat(flags(SHIPPED.score(wang().add(day("WANG", "2024-11-05", "09:30", "17:30"))), "ATT-LATE-GAP"))
                .isEmpty();
    }

    @Test
    void attProxyOneReviewsTheDefaultWhenNoAmountInTheRangeWasEntered() {
        assertThat(flags(SHIPPED.score(wang().add(incident("WANG", "2024-11-06", "ATT-PROXY-1", null))),
                "ATT-PROXY-1")).containsExactly("REVIEW");
        assertThat(flags(SHIPPED.score(wang().add(incident("WANG", "2024-11-06", "ATT-PROXY-1", "200"))),
                "ATT-PROXY-1")).isEmpty();
    }

    @Test
    void attUnreportedReviewsTheDefaultWhenNoAmountInTheRangeWasEntered() {
        assertThat(flags(SHIPPED.score(wang().add(day("WANG", "2024-11-07", "08:30", "17:30"))
                .add(Records.unreported("WANG", "2024-11-07", true, false, false))), "ATT-UNREPORTED"))
                .containsExactly("REVIEW");
        assertThat(flags(SHIPPED.score(wang().add(day("WANG", "2024-11-07", "08:30", "17:30"))
                .add(Records.unreported("WANG", "2024-11-07", true, false, false, "40"))), "ATT-UNREPORTED"))
                .isEmpty();
    }

    @Test
    void attAbsentReviewsAnAbsenceWithoutTheMonthsDailyAverageWage() {
        assertThat(flags(SHIPPED.score(month(Staff.WANG, "2024-11").wage("2024-10", "180")
                .add(absent("WANG", "2024-11-20"))), "ATT-ABSENT-1")).containsExactly("REVIEW");
        assertThat(flags(SHIPPED.score(wang().add(absent("WANG", "2024-11-20"))), "ATT-ABSENT-1")).isEmpty();
    }

    @Test
    void attAbsentThreeRaisesSeparationOnTheThirdConsecutiveDay() {
        assertThat(flags(SHIPPED.score(wang().add(absent("WANG", "2024-11-18")).add(absent("WANG", "2024-11-19"))
                .add(absent("WANG", "2024-11-20"))), "ATT-ABSENT-3")).containsExactly("SEPARATION");
        assertThat(flags(SHIPPED.score(wang().add(absent("WANG", "2024-11-18")).add(absent("WANG", "2024-11-19"))),
                "ATT-ABSENT-2")).isEmpty();
    }

    @Test
    void attAbsentRepeatAdvisesResignationOnTheThirdOccurrence() {
        RuleHarness.Month third = wang().add(absent("WANG", "2024-11-20"))
                .prior(new PriorOccurrence("ATT-ABSENT-1", "2024-03-05", LocalDate.of(2024, 3, 5)))
                .prior(new PriorOccurrence("ATT-ABSENT-1", "2024-07-22", LocalDate.of(2024, 7, 22)));
        assertThat(flags(SHIPPED.score(third), "ATT-ABSENT-REPEAT")).containsExactly("ADVISE_RESIGNATION");
        assertThat(flags(SHIPPED.score(wang().add(absent("WANG", "2024-11-20"))
                .prior(new PriorOccurrence("ATT-ABSENT-1", "2024-03-05", LocalDate.of(2024, 3, 5)))),
                "ATT-ABSENT-REPEAT")).isEmpty();
    }

    @Test
    void attOvertimeReviewsMoreThanHalfADayOfOvertime() {
        assertThat(flags(SHIPPED.score(wang().add(day("WANG", "2024-11-05", "08:30", "21:31"))), "ATT-OVERTIME"))
                .containsExactly("REVIEW");
        assertThat(flags(SHIPPED.score(wang().add(day("WANG", "2024-11-05", "08:30", "21:30"))), "ATT-OVERTIME"))
                .isEmpty();
    }
}
