package com.aftersales.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.attendance.AttendanceRecordTypes;
import com.aftersales.calendar.NationalHolidays;
import com.aftersales.calendar.WorkCalendar;
import com.aftersales.facts.input.Parameter;
import com.aftersales.facts.input.Params;
import com.aftersales.policy.CompiledRuleBook;
import com.aftersales.policy.RuleBookWindow;
import com.aftersales.record.RecordKinds;
import com.aftersales.reward.CommendationRecord;
import com.aftersales.reward.CommendationRecordType;
import com.aftersales.rules.Records;
import com.aftersales.rules.Staff;
import com.aftersales.rules.VisitRecords;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a month loads around its period comes from the parameters in force, not from Java constants:
 * the margins from P_SEPARATION_CONSECUTIVE_DAYS, how far back media reports are seen from
 * P_MEDIA_REPEAT_MONTHS; a larger value widens the load instead of being cut off.
 */
class LoadPlanTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2024, 11);
    private static final RecordKinds KINDS = new RecordKinds(List.of(AttendanceRecordTypes.PUNCH,
            new CommendationRecordType()));

    private static List<RuleBookWindow> windows(String... nameValue) {
        List<Parameter> ps = new java.util.ArrayList<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            ps.add(new Parameter("test", nameValue[i], nameValue[i + 1]));
        }
        CompiledRuleBook book = new CompiledRuleBook("h", null, List.of(), Map.of(), ps, new Params(ps), Set.of());
        return List.of(new RuleBookWindow(NOVEMBER.atDay(1), NOVEMBER.atEndOfMonth(), book));
    }

    private static List<Object> heldBy(List<RuleBookWindow> windows, Object... records) {
        MonthInputs in = new MonthInputs(NOVEMBER, LocalDate.of(2099, 1, 1),
                new WorkCalendar(Map.of(2024, NationalHolidays.of(2024))),
                List.of(new Person(Staff.WANG, new EmployeeMonth.BranchShift(null, null, false))), Map.of(), Map.of(),
                List.of(records));
        EmployeeMonth m = new MonthAssembly(KINDS).assemble(in, LoadPlan.of(NOVEMBER, windows, KINDS)).get(0);
        List<Object> out = new java.util.ArrayList<>(m.records(com.aftersales.attendance.PunchRecord.class));
        out.addAll(m.records(CommendationRecord.class));
        return out;
    }

    @Test
    void theShippedThreeConsecutiveDaysGiveTenDaysOfMarginOnEitherSide() {
        LoadPlan plan = LoadPlan.of(NOVEMBER, windows("P_SEPARATION_CONSECUTIVE_DAYS", "3"), KINDS);
        assertThat(plan.margins()).isEqualTo(new Margins(LocalDate.of(2024, 10, 22), LocalDate.of(2024, 12, 10)));
    }

    @Test
    void moreConsecutiveDaysWidenTheMarginsSoARunIsNeverCutOff() {
        Object twelveDaysBefore = Records.punch("WANG", "2024-10-20T08:30");
        assertThat(heldBy(windows("P_SEPARATION_CONSECUTIVE_DAYS", "3"), twelveDaysBefore)).isEmpty();
        assertThat(heldBy(windows("P_SEPARATION_CONSECUTIVE_DAYS", "5"), twelveDaysBefore))
                .containsExactly(twelveDaysBefore);
    }

    @Test
    void aMediaReportIsSeenForTheMonthsTheRevisionSays() {
        CommendationRecord tenMonthsBefore = VisitRecords.media("WANG", "2024-01-15", "deed-1",
                CommendationRecord.MediaType.PRINT, CommendationRecord.MediaLevel.CITY, "汉中日报");
        assertThat(heldBy(windows("P_MEDIA_REPEAT_MONTHS", "12"), tenMonthsBefore)).containsExactly(tenMonthsBefore);
        assertThat(heldBy(windows("P_MEDIA_REPEAT_MONTHS", "6"), tenMonthsBefore)).isEmpty();
    }
}
