package com.aftersales.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.policy.CompiledRuleBook;
import com.aftersales.policy.LoadedRevision;
import com.aftersales.policy.RevisionFiles;
import com.aftersales.policy.RevisionRef;
import com.aftersales.policy.RuleBookCompiler;
import com.aftersales.scoring.EmployeeMonthScorer;
import com.aftersales.policy.RuleBookWindow;
import com.aftersales.scoring.ScoredLine;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a month split by an activation is scored: a line dated by its record is priced by the revision
 * in force that day; a line that totals the month is dated on its last day, so the revision in force
 * on the last day prices it, and the earlier window's total is dropped.
 */
class EffectiveDatingTest {

    private static CompiledRuleBook revision(String label, String fine, String total) {
        String drl = "package attendance;\nimport com.aftersales.facts.*;\n"
                + "rule \"ATT-LATE-1 each late arrival\"\nwhen\n $e: AttendanceEvent()\nthen\n"
                + " insert(Fines.perEvent(kcontext, $e, \"" + fine + "\"));\nend\n"
                + "rule \"ATT-OVERTIME a total of the month\"\nwhen\n $m: Month()\n"
                + " accumulate(AttendanceEvent(inPeriod); $n: count(1))\nthen\n"
                + " insert(Line.deduct(kcontext, new java.math.BigDecimal(\"" + total + "\")).on($m.getLastDay())"
                + ".arithmetic($n + \" events\").build());\nend\n";
        RevisionFiles files = new RevisionFiles("attendance", Map.of("t.drl", drl.getBytes(StandardCharsets.UTF_8)));
        return new RuleBookCompiler().compile(List.of(new LoadedRevision(new RevisionRef("attendance", label,
                files.sha256(), LocalDate.parse(label)), files)));
    }

    @Test
    void eachRecordIsPricedByItsDaysRevisionAndTheMonthTotalByTheLastDays() {
        CompiledRuleBook old = revision("2024-01-01", "1", "100");
        CompiledRuleBook next = revision("2024-11-16", "2", "200");
        List<RuleBookWindow> windows = List.of(
                new RuleBookWindow(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 15), old),
                new RuleBookWindow(LocalDate.of(2024, 11, 16), LocalDate.of(2024, 11, 30), next));
        RuleHarness.Month month = RuleHarness.month(Staff.WANG, "2024-11").wage("2024-11", "180")
                .add(Records.day("WANG", "2024-11-05", "08:40", "17:30"))
                .add(Records.day("WANG", "2024-11-20", "08:40", "17:30"));
        List<ScoredLine> lines = new EmployeeMonthScorer(RuleHarness.defaultDerivers()).score(month.build(next), windows)
                .lines();
        assertThat(lines).extracting(l -> l.line().getRuleId() + " " + l.line().getDate() + " "
                + l.line().getAmount() + " " + l.revision().revision()).containsExactly(
                        "ATT-LATE-1 2024-11-05 1.00 2024-01-01",
                        "ATT-LATE-1 2024-11-20 2.00 2024-11-16",
                        "ATT-OVERTIME 2024-11-30 200.00 2024-11-16");
    }
}
