package com.aftersales.rules;

import static com.aftersales.rules.LeaveLines.flags;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.scoring.ScoredMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ATT-OVERTIME: strictly more than 4 hours of overtime on a day may be compensated (REVIEW); never paid. */
class OvertimeRulesTest {

    private static final RuleHarness RULES = RuleHarness.of("attendance");

    @ParameterizedTest(name = "clock-out {0} after a 17:30 shift end: eligible {1}")
    @CsvSource({"21:30, false", "21:31, true", "22:30, true"})
    void flagsMoreThanHalfADayOfOvertimeForReview(String clockOut, boolean eligible) {
        ScoredMonth m = RULES.score(RuleHarness.month(Staff.ZHAO, "2024-11").wage("2024-11", "120")
                .add(Records.day("ZHAO", "2024-11-05", "08:30", clockOut)));
        if (eligible) {
            assertThat(flags(m)).contains("REVIEW ATT-OVERTIME");
        } else {
            assertThat(flags(m)).doesNotContain("REVIEW ATT-OVERTIME");
        }
        assertThat(m.lines()).noneMatch(l -> l.line().getRuleId().equals("ATT-OVERTIME"));
    }
}
