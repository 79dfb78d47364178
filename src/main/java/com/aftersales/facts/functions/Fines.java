package com.aftersales.facts.functions;

import com.aftersales.facts.input.AttendanceEvent;
import com.aftersales.facts.input.Incident;
import com.aftersales.facts.result.Flag;
import com.aftersales.facts.result.Line;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Functions decision tables call to charge a fixed or discretionary fine with its evidence. The
 * amounts come from the table cells; these only build the line and its arithmetic.
 */
public final class Fines {

    private Fines() {
    }

    /** A fixed fine for one late arrival or early departure: "1 × 10.00 = 10.00". */
    public static Line perEvent(RuleContext k, AttendanceEvent e, String amount) {
        BigDecimal fine = Money.of(amount);
        return Line.deduct(k, fine)
                .on(e.getDate())
                .records(e.getRecords())
                .value(e.getLabel(), e.getMinutes())
                .arithmetic("1 × " + Money.yuan(fine) + " = " + Money.yuan(fine))
                .build();
    }

    /** A fixed fine for one incident. */
    public static Line perIncident(RuleContext k, Incident i, String amount) {
        BigDecimal fine = Money.of(amount);
        return Line.deduct(k, fine)
                .on(i.getDate())
                .records(i.getRecords())
                .arithmetic("1 × " + Money.yuan(fine) + " = " + Money.yuan(fine))
                .build();
    }

    /**
     * A fine the manager chooses inside a range (G-10), built cell by cell from a decision-table row:
     * {@code Fines.range(kcontext, $i).min("100")}, {@code .max("300")}, then {@code .orDefault("100")},
     * which returns the facts to insert.
     */
    public static Range range(RuleContext k, Incident i) {
        return new Range(k, i);
    }

    /** A discretionary fine being built from a decision-table row. */
    public static final class Range {
        private final RuleContext k;
        private final Incident i;
        private BigDecimal low;
        private BigDecimal high;

        private Range(RuleContext k, Incident i) {
            this.k = k;
            this.i = i;
        }

        public Range min(String value) {
            this.low = Money.of(value);
            return this;
        }

        public Range max(String value) {
            this.high = Money.of(value);
            return this;
        }

        /**
         * The entered amount when it lies in the range; otherwise the default, with a REVIEW flag
         * asking a person to look.
         */
        public List<Object> orDefault(String value) {
            BigDecimal entered = i.getAmount();
            boolean inRange = entered != null && entered.compareTo(low) >= 0 && entered.compareTo(high) <= 0;
            BigDecimal fine = inRange ? entered : Money.of(value);
            List<Object> out = new ArrayList<>();
            out.add(Line.deduct(k, fine)
                    .on(i.getDate())
                    .records(i.getRecords())
                    .value("range", Money.yuan(low) + "–" + Money.yuan(high))
                    .value("enteredAmount", entered == null ? "—" : Money.yuan(entered))
                    .arithmetic("1 × " + Money.yuan(fine) + " = " + Money.yuan(fine))
                    .note(inRange ? null : "default")
                    .build());
            if (!inRange) {
                String why = (entered == null ? "no amount entered" : "amount " + Money.yuan(entered) + " outside "
                        + Money.yuan(low) + "–" + Money.yuan(high)) + "; default " + Money.yuan(fine) + " charged";
                out.add(Flag.raise(k, "REVIEW", i.getDate(), why, i.getRecords()));
            }
            return out;
        }
    }

    /** A REVIEW flag for an event the handbook does not price (e.g. ATT-LATE-GAP). */
    public static Flag review(RuleContext k, AttendanceEvent e, String why) {
        return Flag.raise(k, "REVIEW", e.getDate(), why + " (" + e.getType() + " " + e.getMinutes() + " min)",
                e.getRecords());
    }
}
