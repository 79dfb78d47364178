package com.aftersales.facts.functions;

import com.aftersales.facts.input.RecordRef;
import com.aftersales.facts.result.AbsenceDay;
import com.aftersales.facts.result.AbsenceRun;
import com.aftersales.facts.result.Component;
import com.aftersales.facts.result.Flag;
import com.aftersales.facts.result.Line;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Functions the absence decision table calls to price one absence run: each in-period day costs
 * fraction × multiplier × the daily average wage of its own month (ATT-ABSENT-*, A-4). A row's
 * action cells build one {@link Pricing}: {@code Absences.pricing(kcontext, $r).multiplier("3.00")}
 * then {@code .charged("PER_DAY")}, which returns the facts to insert.
 */
public final class Absences {

    public static final String PER_DAY = "PER_DAY";
    public static final String ONCE_PER_RUN = "ONCE_PER_RUN";

    private Absences() {
    }

    public static Pricing pricing(RuleContext k, AbsenceRun run) {
        return new Pricing(k, run);
    }

    /** A flag on the n-th day of a run, e.g. SEPARATION on the 3rd consecutive day (ATT-ABSENT-3). */
    public static List<Object> flagOnDay(RuleContext k, AbsenceRun run, String code, int dayNumber) {
        LocalDate date = run.dayNumber(dayNumber);
        if (date == null) {
            return List.of();
        }
        return List.of(Flag.raise(k, code, date,
                "day " + dayNumber + " of " + run.getLength() + " consecutive days of absenteeism",
                "连续旷工 " + run.getLength() + " 天中的第 " + dayNumber + " 天", refs(run)));
    }

    public static List<RecordRef> refs(AbsenceRun run) {
        return run.getDays().stream().flatMap(d -> d.getRecords().stream()).distinct().toList();
    }

    /** The price of one run, built cell by cell from a decision-table row. */
    public static final class Pricing {
        private final RuleContext k;
        private final AbsenceRun run;
        private BigDecimal factor;

        private Pricing(RuleContext k, AbsenceRun run) {
            this.k = k;
            this.run = run;
        }

        /** The multiplier of the daily average wage, e.g. "2.00" for 200%. */
        public Pricing multiplier(String value) {
            this.factor = Money.of(value);
            return this;
        }

        /**
         * Prices the in-period days: {@code PER_DAY} charges each day, {@code ONCE_PER_RUN} the
         * multiplier once. Without a wage for a day's month the run gets a REVIEW flag instead.
         */
        public List<Object> charged(String mode) {
            boolean perDay = PER_DAY.equals(mode.trim());
            if (!perDay && !ONCE_PER_RUN.equals(mode.trim())) {
                throw new IllegalArgumentException("charged must be PER_DAY or ONCE_PER_RUN, not " + mode);
            }
            List<AbsenceDay> charged = run.getDays().stream().filter(AbsenceDay::isInPeriod).toList();
            List<Object> out = new ArrayList<>();
            if (charged.isEmpty()) {
                return out;
            }
            if (!run.isStartsInPeriod() && !perDay) {
                return out; // charged once, in the month the run started
            }
            LocalDate first = charged.get(0).getDate();
            List<AbsenceDay> priced = perDay ? charged : List.of(charged.get(0));
            if (priced.stream().anyMatch(d -> d.getDailyAvgWage() == null)) {
                out.add(Flag.raise(k, "REVIEW", first, "no daily average wage for the month; absence not priced",
                        "本月没有日均工资；旷工未计价", refs(run)));
                return out;
            }
            Map<BigDecimal, BigDecimal> daysByWage = new LinkedHashMap<>();
            BigDecimal total = BigDecimal.ZERO;
            for (AbsenceDay d : priced) {
                BigDecimal fraction = perDay ? d.getFraction() : BigDecimal.ONE;
                total = total.add(fraction.multiply(factor).multiply(d.getDailyAvgWage()));
                daysByWage.merge(d.getDailyAvgWage(), fraction, BigDecimal::add);
            }
            String arithmetic = daysByWage.entrySet().stream()
                    .map(e -> Money.number(e.getValue()) + " × " + Money.percent(factor) + " × " + Money.rate(e.getKey()))
                    .collect(Collectors.joining(" + ")) + " = " + Money.yuan(total);
            out.add(Line.deduct(k, total)
                    .component(Component.WAGE_DEDUCTION)
                    .on(first)
                    .records(refs(run))
                    .value("absentDays", charged.stream().map(d -> d.getDate().toString())
                            .collect(Collectors.joining(", ")))
                    .value("runLength", run.isPartial() ? run.getDays().get(0).getFraction() : run.getLength())
                    .value("multiplier", Money.percent(factor))
                    .value("charged", mode.trim())
                    .value("dailyAvgWage", daysByWage.keySet().stream().map(Money::rate)
                            .collect(Collectors.joining(", ")))
                    .arithmetic(arithmetic)
                    .occurrence(run.getFirstDate().toString())
                    .build());
            return out;
        }
    }
}
