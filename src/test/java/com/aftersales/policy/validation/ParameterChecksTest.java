package com.aftersales.policy.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.policy.LoadedRevision;
import com.aftersales.rules.RevisionEdits;
import com.aftersales.problem.ApiError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The parameter checks of a revision, without the service: each value against its declaration in
 * policy.yaml, rows that are not declared, declarations without a row, and bad declarations.
 */
class ParameterChecksTest {

    private final List<ApiError> errors = new ArrayList<>();
    private final List<ApiError> warnings = new ArrayList<>();

    private void check(RevisionEdits edits) {
        LoadedRevision r = edits.revision();
        ParameterChecks.check(r.files(), errors, warnings);
    }

    private void errorAt(String location, String words) {
        assertThat(errors).as(errors.toString())
                .anyMatch(e -> e.location().equals(location) && e.message().contains(words));
    }

    @Test
    void theShippedValuesPassWithoutWarnings() {
        for (String policy : List.of("attendance", "commission", "complaints", "conduct", "visits")) {
            check(RevisionEdits.latest(policy));
        }
        assertThat(errors).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Nested
    class Choices {

        @Test
        void anAlternativeTheRulesDoNotImplementIsNamedAsSuch() {
            check(RevisionEdits.latest("conduct").parameter("P_INSTALLER_ATTENDANCE_SOURCE", "JIANGCHENG"));
            assertThat(errors).singleElement().satisfies(e -> {
                assertThat(e.location()).isEqualTo("Parameters!B4");
                assertThat(e.message()).isEqualTo("P_INSTALLER_ATTENDANCE_SOURCE is JIANGCHENG, but the rules of this "
                        + "revision implement only KAOQIN (JIANGCHENG is a RULES.md §10 alternative not available in "
                        + "this revision: it needs a revision whose rules implement it)");
            });
        }

        @Test
        void theCombinedScoreOfTheTopPerformerIsNotAvailable() {
            check(RevisionEdits.latest("conduct").parameter("P_TOP_PERFORMER_MODE", "COMBINED_SCORE"));
            assertThat(errors).singleElement().satisfies(e -> {
                assertThat(e.location()).isEqualTo("Parameters-rewards!B6");
                assertThat(e.message()).startsWith("P_TOP_PERFORMER_MODE is COMBINED_SCORE, but the rules of this "
                        + "revision implement only BOTH_FIRST (COMBINED_SCORE is a RULES.md §10 alternative not "
                        + "available in this revision");
            });
        }

        @Test
        void aTypoIsAnsweredWithTheNearestChoice() {
            check(RevisionEdits.latest("attendance").parameter("P_ABSENT_REPEAT_WINDOW", "calendar year"));
            errorAt("Parameters!B4", "P_ABSENT_REPEAT_WINDOW is calendar year, but the rules of this revision "
                    + "implement only EMPLOYMENT, CALENDAR_YEAR or ROLLING_12M: did you mean CALENDAR_YEAR?");
        }

        @Test
        void aValueFarFromEveryChoiceListsThem() {
            check(RevisionEdits.latest("visits").parameter("P_SECOND_VISIT_DAY_UNIT", "FORTNIGHTS"));
            errorAt("Parameters!B6", "implement only CALENDAR or WORKING: write one of CALENDAR or WORKING");
        }

        @Test
        void everyImplementedAlternativePasses() {
            check(RevisionEdits.latest("attendance").parameter("P_ABSENT_REPEAT_WINDOW", "ROLLING_12M")
                    .parameter("P_LATE4_LEAVE_TYPE", "PAPERWORK_ONLY").parameter("P_APPROVAL_UNRECORDED", "MISSING")
                    .parameter("P_SENIORITY_START", "FOUNDING_DATE").parameter("P_ANNUAL_EVAL_DATE", "JANUARY_1"));
            check(RevisionEdits.latest("visits").parameter("P_SECOND_VISIT_DAY_UNIT", "WORKING")
                    .parameter("P_LOG_TIME_TRIGGER", "RATING_ONLY"));
            assertThat(errors).isEmpty();
        }
    }

    @Nested
    class Numbers {

        @Test
        void textInANumericParameter() {
            check(RevisionEdits.latest("visits").parameter("P_SAT_TARGET", "九成五"));
            errorAt("Parameters!B2", "P_SAT_TARGET is \"九成五\", not a number: write a number from 0 up to 1 in figures");
        }

        @Test
        void aFractionWhereAWholeNumberIsRead() {
            check(RevisionEdits.latest("complaints").parameter("P_REWORK_LIMIT", "2.5"));
            errorAt("Parameters!B2", "P_REWORK_LIMIT is 2.5, not a whole number: write a whole number from 0");
        }

        @Test
        void outsideItsRange() {
            check(RevisionEdits.latest("visits").parameter("P_SAT_TARGET", "95"));
            errorAt("Parameters!B2", "P_SAT_TARGET is 95, above its maximum 1");
            check(RevisionEdits.latest("conduct").parameter("P_OVERCHARGE_MULTIPLIER", "0"));
            errorAt("Parameters!B3", "P_OVERCHARGE_MULTIPLIER is 0, below its minimum 1");
        }

        @Test
        void anAmountWithThreeDecimalsOrNegative() {
            check(RevisionEdits.latest("conduct").parameter("P_OVERCHARGE_FINE", "100.005"));
            errorAt("Parameters!B2", "write an amount in yuan with at most two decimals");
            check(RevisionEdits.latest("conduct").parameter("P_OVERCHARGE_FINE", "-100"));
            errorAt("Parameters!B2", "P_OVERCHARGE_FINE is -100: write an amount in yuan");
        }

        @Test
        void valuesInsideTheirRangePass() {
            check(RevisionEdits.latest("visits").parameter("P_SAT_TARGET", "0.9").parameter("P_LOG_TIME_FINE", "25.50"));
            assertThat(errors).isEmpty();
        }
    }

    @Nested
    class RowsAndDeclarations {

        @Test
        void aRowThePolicyDoesNotDeclare() {
            check(RevisionEdits.latest("complaints").cell("complaints.drl.xlsx", "Parameters", "A3", "P_MEDIA_STACKING")
                    .cell("complaints.drl.xlsx", "Parameters", "B3", "HIGHEST_ONLY"));
            errorAt("Parameters!A3", "P_MEDIA_STACKING is not a parameter of this revision (its policy.yaml does not "
                    + "declare it): correct the name or remove the row");
        }

        @Test
        void aMisspelledNameIsBothUndeclaredAndMissing() {
            check(RevisionEdits.latest("complaints").cell("complaints.drl.xlsx", "Parameters", "A2", "P_REWORK_LIMT"));
            errorAt("Parameters!A2", "did you mean P_REWORK_LIMIT?");
            errorAt("policy.yaml:10", "P_REWORK_LIMIT has no row in the Parameters sheets, but the rules of this "
                    + "revision read it: add the row back (Parameter P_REWORK_LIMIT, Value a whole number from 0)");
        }

        @Test
        void theSameParameterInTwoSheets() {
            check(RevisionEdits.latest("attendance").cell("attendance.drl.xlsx", "Parameters", "A5", "P_HOURS_PER_DAY")
                    .cell("attendance.drl.xlsx", "Parameters", "B5", "8"));
            errorAt("Parameters-leave!A2", "the parameter P_HOURS_PER_DAY is listed twice (also at Parameters!A5)");
        }

        @Test
        void aManifestWithoutParametersChecksNothingAndWarns() {
            check(RevisionEdits.latest("complaints").replace("policy.yaml", "parameters:", "unchecked:")
                    .parameter("P_REWORK_LIMIT", "zwei"));
            assertThat(errors).isEmpty();
            assertThat(warnings).singleElement().satisfies(w -> {
                assertThat(w.location()).isEqualTo("policy.yaml");
                assertThat(w.message()).contains("has no parameters section",
                        "(P_REWORK_LIMIT, P_REWORK_LIMIT_SCOPE) are not checked");
            });
        }

        @Test
        void aBadDeclarationIsLocatedAtItsLine() {
            check(RevisionEdits.latest("complaints").replace("policy.yaml", "{type: integer, min: 0}",
                    "{type: count, choice: [1, 2]}"));
            errorAt("policy.yaml:10", "the declaration of P_REWORK_LIMIT in policy.yaml: unknown key choice (the keys "
                    + "are choices, unavailable, type, min, max; or subset); type count is not one of integer, decimal, money, "
                    + "boolean");
        }

        @Test
        void choicesAndATypeTogetherAreRefused() {
            check(RevisionEdits.latest("visits").replace("policy.yaml", "{choices: [CALENDAR, WORKING]}",
                    "{choices: [CALENDAR, WORKING], type: integer, unavailable: [WORKING]}"));
            assertThat(errors).singleElement().satisfies(e -> assertThat(e.message())
                    .contains("give either choices or a type, not both"));
        }
    }
}
