package com.aftersales.facts.functions;

import com.aftersales.facts.input.AttendanceDay;
import com.aftersales.facts.result.Flag;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Overtime of one day (ATT-OVERTIME), from the clock: on a scheduled work day the minutes after the
 * shift's end; on a day off (rest day, holiday, paid leave, not rostered) every minute between
 * clock-in and clock-out. Days without both punches, and days before the hire date, have none.
 */
public final class Overtime {

    private Overtime() {
    }

    public static int minutes(AttendanceDay d) {
        if (d.getClockIn() == null || d.getClockOut() == null || d.getOff() == AttendanceDay.Off.BEFORE_HIRE) {
            return 0;
        }
        long m = d.isWorkDay() ? Duration.between(d.getShiftEnd(), d.getClockOut()).toMinutes()
                : Duration.between(d.getClockIn(), d.getClockOut()).toMinutes();
        return (int) Math.max(0, m);
    }

    /** Strictly more than {@code hours} of overtime (「超过半天以上」, A-16). */
    public static boolean exceeds(AttendanceDay d, BigDecimal hours) {
        return BigDecimal.valueOf(minutes(d)).compareTo(hours.multiply(BigDecimal.valueOf(60))) > 0;
    }

    /** The REVIEW flag of an eligible day: compensatory rest or a subsidy may be applied for; no overtime pay. */
    public static List<Object> eligible(RuleContext k, AttendanceDay d, BigDecimal hours) {
        BigDecimal worked = BigDecimal.valueOf(minutes(d)).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP);
        return List.of(Flag.raise(k, "REVIEW", d.getDate(), "overtime " + Money.number(worked) + " h, more than "
                + Money.number(hours) + " h: may apply for compensatory rest (补休) or a subsidy (amount not specified); "
                + "no overtime pay", "加班 " + Money.number(worked) + " 小时，超过 " + Money.number(hours)
                + " 小时：可申请补休或补贴（金额未规定）；不计加班费",
                d.getRecords()));
    }
}
