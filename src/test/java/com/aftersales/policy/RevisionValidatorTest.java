package com.aftersales.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.policy.validation.RevisionValidator;
import com.aftersales.policy.validation.ValidationReport;
import com.aftersales.tools.WorkbookTool;
import com.aftersales.problem.ApiError;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The validator on small workbooks: range tables with contexts, continuous units, and a large table. */
class RevisionValidatorTest {

    private static final RevisionValidator VALIDATOR = new RevisionValidator(f -> List.of());

    private static String table(String snippetLow, String snippetHigh, String titleLow, String rows) {
        return "=== Leave\nRuleSet\tattendance\nImport\tcom.aftersales.facts.*\nNotes\ttest\n\nRuleTable Leave\n"
                + "NAME\tCONDITION\tCONDITION\tCONDITION\tACTION\n\t$e: AttendanceEvent\n@merge B7:D7\n"
                + "\t" + snippetLow + "\t" + snippetHigh + "\thalfDayLeaveFiled == $param\t"
                + "insert(Fines.perEvent(kcontext, $e, \"$param\"));\n"
                + "Rule\t" + titleLow + "\tup to\tfiled\tDEDUCT 元\n" + rows
                + "=== Catalogue\nRule ID\tName (zh)\tName (en)\nATT-LATE-1\t迟到\tlate\n";
    }

    private static ValidationReport validate(String sketch) throws Exception {
        return VALIDATOR.validate(new RevisionFiles("attendance", Map.of("t.drl.xlsx", WorkbookTool.toBytes(sketch))),
                null, LocalDate.of(2025, 1, 1));
    }

    @Test
    void aContinuousUnitReportsTheGapBetweenTwoBounds() throws Exception {
        ValidationReport r = validate(table("minutes > $param", "minutes <= $param", "hours more than",
                "ATT-LATE-1 a\t0\t4\t\t5\nATT-LATE-1 b\t4.5\t8\t\t10\n"));
        assertThat(r.errors()).extracting(ApiError::location, ApiError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Leave!B11",
                        "Leave: minutes more than 4 to 4.5 are covered by no row (between row 10 (ATT-LATE-1 a) "
                                + "and row 11 (ATT-LATE-1 b))"));
    }

    @Test
    void aGapOnlyForOneValueOfAnotherConditionSaysWhen() throws Exception {
        ValidationReport r = validate(table("minutes > $param", "minutes <= $param", "minutes more than",
                "ATT-LATE-1 a\t0\t30\t\t5\nATT-LATE-1 b\t30\t60\ttrue\t10\nATT-LATE-1 c\t40\t60\tfalse\t10\n"));
        assertThat(r.errors()).extracting(ApiError::message).containsExactly(
                "Leave: minutes 31–40 are covered by no row (between row 10 (ATT-LATE-1 a) and row 12 (ATT-LATE-1 c))"
                        + " when halfDayLeaveFiled == false");
    }

    @Test
    void wholeNumberBoundsTouchAndATableWithoutRangesIsNotChecked() throws Exception {
        assertThat(validate(table("minutes >= $param", "minutes <= $param", "minutes from",
                "ATT-LATE-1 a\t1\t1\t\t5\nATT-LATE-1 b\t2\t2\t\t10\nATT-LATE-1 c\t3\t\t\t20\n")).errors()).isEmpty();
        assertThat(validate(table("minutes > $param", "minutes > $param", "minutes more than",
                "ATT-LATE-1 a\t1\t9\t\t5\n")).errors()).isEmpty();
    }

    @Test
    void aThousandRowTableValidatesInAFewSeconds() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 999; i++) {
            rows.append("ATT-LATE-1 tier ").append(i).append('\t').append(i).append('\t').append(i + 1).append("\t\t")
                    .append(5 + i % 50).append('\n');
        }
        rows.append("ATT-LATE-1 tier top\t999\t\t\t100\n");
        String sketch = table("minutes > $param", "minutes <= $param", "minutes more than", rows.toString());
        validate(sketch); // warm up the compiler once, as a running service is
        long t = System.nanoTime();
        ValidationReport r = validate(sketch);
        long ms = (System.nanoTime() - t) / 1_000_000;
        System.out.println("validation of a 1,000-row decision table: " + ms + " ms (compile " + r.facts().get("compileMs")
                + " ms)");
        assertThat(r.errors()).isEmpty();
        assertThat(ms).isLessThan(60_000);
    }
}
