package com.aftersales.policy.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.problem.ApiError;
import com.aftersales.rules.RevisionEdits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A {@code subset} parameter (P_PAID_LEAVE_TYPES) holds some of its declared values, written A|B. */
class ParameterSubsetTest {

    private static List<ApiError> errors(String value) {
        List<ApiError> errors = new ArrayList<>();
        ParameterChecks.check(RevisionEdits.latest("attendance").parameter("P_PAID_LEAVE_TYPES", value).revision()
                .files(), errors, new ArrayList<>());
        return errors;
    }

    @Test
    void theShippedPaidLeaveTypesAreAccepted() {
        assertThat(errors("MARRIAGE|BANQUET_SIBLING|BANQUET_CHILD|MATERNITY|PATERNITY|MISCARRIAGE|ANNUAL|BEREAVEMENT"))
                .isEmpty();
    }

    @Test
    void anUnknownTypeIsRefusedAtItsCellWithTheNearestName() {
        assertThat(errors("MARRIAGE|ANUAL")).singleElement().satisfies(e -> {
            assertThat(e.location()).isEqualTo("Parameters-leave!B14");
            assertThat(e.message()).contains("ANUAL").contains("did you mean ANNUAL?");
        });
    }

    @Test
    void aTypeGivenTwiceOrAnEmptyItemIsRefused() {
        assertThat(errors("ANNUAL|ANNUAL")).singleElement().satisfies(e -> assertThat(e.message()).contains("twice"));
        assertThat(errors("ANNUAL||MARRIAGE")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("empty item"));
    }
}
