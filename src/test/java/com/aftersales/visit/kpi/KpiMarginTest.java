package com.aftersales.visit.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.facts.input.Parameter;
import com.aftersales.facts.input.Params;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The days of visit attempts the KPI loads around its month follow the visit deadlines of the revision. */
class KpiMarginTest {

    private static Params params(String... nameValue) {
        List<Parameter> ps = new ArrayList<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            ps.add(new Parameter("visits", nameValue[i], nameValue[i + 1]));
        }
        return new Params(ps);
    }

    @Test
    void theShippedDeadlinesSpanThreeWeeksAndThreeDays() {
        assertThat(KpiLoader.marginDays(params("P_FIRST_VISIT_WORKING_DAYS", "7", "P_LIAISON_REPLY_WORKING_DAYS", "2",
                "P_SECOND_VISIT_DAYS", "3", "P_SECOND_VISIT_DAY_UNIT", "CALENDAR"))).isEqualTo(24);
    }

    @Test
    void aLongerFirstVisitDeadlineWidensTheLoad() {
        assertThat(KpiLoader.marginDays(params("P_FIRST_VISIT_WORKING_DAYS", "30", "P_LIAISON_REPLY_WORKING_DAYS", "2",
                "P_SECOND_VISIT_DAYS", "3", "P_SECOND_VISIT_DAY_UNIT", "CALENDAR"))).isEqualTo(7 * 6 + 7 + 3);
    }

    @Test
    void secondVisitDaysCountedInWorkingDaysCountAsWorkingDays() {
        assertThat(KpiLoader.marginDays(params("P_FIRST_VISIT_WORKING_DAYS", "7", "P_LIAISON_REPLY_WORKING_DAYS", "2",
                "P_SECOND_VISIT_DAYS", "3", "P_SECOND_VISIT_DAY_UNIT", "WORKING"))).isEqualTo(7 * 2 + 7);
    }
}
