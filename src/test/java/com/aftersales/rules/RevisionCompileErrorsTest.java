package com.aftersales.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aftersales.policy.RuleBookCompiler;
import com.aftersales.policy.RuleCompileException;
import com.aftersales.problem.ApiError;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A broken attendance revision is refused with the DRL line or the spreadsheet cell of each error. */
class RevisionCompileErrorsTest {

    private static List<ApiError> errorsOf(RevisionEdits edits) {
        RuleCompileException e = catchThrowableOfType(RuleCompileException.class,
                () -> new RuleBookCompiler().compile(List.of(edits.revision())));
        assertThat(e).as("the broken revision must not compile").isNotNull();
        return e.errors();
    }

    @Test
    void aDrlSyntaxErrorIsLocatedAtItsFileAndLine() {
        List<ApiError> errors = errorsOf(BrokenRevisions.brokenDrl(LocalDate.of(2024, 6, 1)));
        assertThat(errors).extracting(ApiError::location)
                .containsExactly("absence.drl:" + BrokenRevisions.brokenDrlLine());
        assertThat(errors.get(0).message()).contains("ATT-ABSENT-DEF a manager records a day of absenteeism");
    }

    @Test
    void aBrokenDecisionTableCellIsLocatedAtItsSheetAndCell() {
        List<ApiError> errors = errorsOf(BrokenRevisions.brokenTable(LocalDate.of(2024, 7, 1)));
        assertThat(errors).extracting(ApiError::location).containsExactly("Lateness!B" + BrokenRevisions.BROKEN_ROW);
        assertThat(errors.get(0).message()).contains("ATT-LATE-2")
                .contains("generated DRL line").contains("minutes > 5 &&");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        // a condition left open: the parser only notices at "then", a line later
        "C11 | abc(",
        // two words where one value belongs, in the third condition of a pattern
        "D11 | x y",
        // a parenthesis too many, in the second condition
        "C12 | 30)",
        // a field that does not exist: the error has no line, only the expression it could not analyse
        "B13 | nosuchfield",
    })
    void eachBrokenConditionCellIsLocatedAtThatCell(String cell, String value) {
        List<ApiError> errors = errorsOf(RevisionEdits.latest("attendance").effectiveFrom(LocalDate.of(2024, 7, 1))
                .cell("attendance.drl.xlsx", "Lateness", cell, value));
        assertThat(errors).extracting(ApiError::location).containsExactly("Lateness!" + cell);
    }

    @Test
    void aValueThatCompilesIsNotAnError() {
        assertThat(new RuleBookCompiler().compile(List.of(RevisionEdits.latest("attendance")
                .effectiveFrom(LocalDate.of(2024, 7, 1)).cell("attendance.drl.xlsx", "Lateness", "B11", "6")
                .revision())).kieBase()).isNotNull();
    }

    @Test
    void theShippedRevisionCompiles() {
        assertThat(new RuleBookCompiler().compile(List.of(RevisionEdits.latest("attendance").revision())).kieBase())
                .isNotNull();
    }
}
