package com.aftersales.rules;

import static com.aftersales.leave.LeaveType.ANNUAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.attendance.AttendanceDeriver;
import com.aftersales.facts.input.AttendanceDay;
import com.aftersales.facts.input.LeaveRequest;
import com.aftersales.leave.LeaveDeriver;
import com.aftersales.scoring.EmployeeMonth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which leave types are paid is the revision's P_PAID_LEAVE_TYPES, not Java's: a revision that takes
 * ANNUAL out of the list makes a whole day of annual leave an ordinary day with leave hours.
 */
class PaidLeaveTypesRulesTest {

    private static final RuleHarness SHIPPED = RuleHarness.of("attendance");
    private static final RuleHarness WITHOUT_ANNUAL = RuleHarness.of(RevisionEdits.latest("attendance")
            .parameter("P_PAID_LEAVE_TYPES", "MARRIAGE|BANQUET_SIBLING|BANQUET_CHILD|MATERNITY|PATERNITY|MISCARRIAGE"
                    + "|BEREAVEMENT").revision());

    private static List<Object> facts(RuleHarness rules) {
        EmployeeMonth m = RuleHarness.month(Staff.WANG, "2024-11").wage("2024-11", "180")
                .add(Records.leave("WANG", ANNUAL, "2024-11-05", "2024-11-05", "8")).build(rules.book());
        List<Object> out = new ArrayList<>();
        new LeaveDeriver().derive(m, out::add);
        new AttendanceDeriver().derive(m, out::add);
        return out;
    }

    private static AttendanceDay day(List<Object> facts, String date) {
        return facts.stream().filter(AttendanceDay.class::isInstance).map(AttendanceDay.class::cast)
                .filter(d -> d.getDate().equals(LocalDate.parse(date))).findFirst().orElseThrow();
    }

    private static LeaveRequest request(List<Object> facts) {
        return facts.stream().filter(LeaveRequest.class::isInstance).map(LeaveRequest.class::cast).findFirst()
                .orElseThrow();
    }

    @Test
    void annualLeaveListedAsPaidIsADayOffOfPaidLeave() {
        List<Object> facts = facts(SHIPPED);
        assertThat(request(facts).isPaidType()).isTrue();
        assertThat(day(facts, "2024-11-05").getOff()).isEqualTo(AttendanceDay.Off.PAID_LEAVE);
    }

    @Test
    void annualLeaveLeftOutOfTheListIsNotPaidLeave() {
        List<Object> facts = facts(WITHOUT_ANNUAL);
        assertThat(request(facts).isPaidType()).isFalse();
        assertThat(day(facts, "2024-11-05").getOff()).isEqualTo(AttendanceDay.Off.NONE);
        assertThat(day(facts, "2024-11-05").getLeaveHours()).isEqualByComparingTo("8");
    }
}
