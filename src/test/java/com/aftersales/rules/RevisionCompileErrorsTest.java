package com.aftersales.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aftersales.policy.RuleBookCompiler;
import com.aftersales.policy.RuleCompileException;
import com.aftersales.web.ApiError;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

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
        assertThat(errors).extracting(ApiError::location)
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .matches("Lateness![A-Z]+" + BrokenRevisions.BROKEN_ROW);
        assertThat(errors.get(0).message()).contains("ATT-LATE-2");
    }

    @Test
    void theShippedRevisionCompiles() {
        assertThat(new RuleBookCompiler().compile(List.of(RevisionEdits.latest("attendance").revision())).kieBase())
                .isNotNull();
    }
}
