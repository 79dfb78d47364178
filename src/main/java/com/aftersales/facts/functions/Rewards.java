package com.aftersales.facts.functions;

import com.aftersales.facts.input.Commendation;
import com.aftersales.facts.input.RecordRef;
import com.aftersales.facts.result.Component;
import com.aftersales.facts.result.Flag;
import com.aftersales.facts.result.Line;
import com.aftersales.facts.result.MediaExposure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Functions the reward tables and rules (BONUS-*) call: payments of component REWARD, and reviews. A media
 * report is priced as a {@link MediaExposure} that the reward rules settle by P_MEDIA_STACKING.
 */
public final class Rewards {

    private Rewards() {
    }

    /** One media exposure: "1 × 500.00 = 500.00" on the approval date. */
    public static MediaExposure perExposure(RuleContext k, Commendation c, String amount) {
        BigDecimal pay = Money.of(amount);
        return new MediaExposure(c, Line.pay(k, pay).component(Component.REWARD)
                .on(c.getDate())
                .records(c.getRecords())
                .value("mediaType", c.getMediaType())
                .value("mediaLevel", c.getMediaLevel())
                .value("outlet", c.getOutlet())
                .value("deedId", c.getDeedId() == null ? c.getId() : c.getDeedId())
                .arithmetic("1 × " + Money.yuan(pay) + " = " + Money.yuan(pay))
                .build());
    }

    /** A reward per occurrence, times the occurrences the record stands for: "2 × 30.00 = 60.00". */
    public static Line perOccurrence(RuleContext k, Commendation c, String amount) {
        BigDecimal each = Money.of(amount);
        BigDecimal pay = each.multiply(BigDecimal.valueOf(c.getOccurrences()));
        return Line.pay(k, pay).component(Component.REWARD)
                .on(c.getDate())
                .records(c.getRecords())
                .value("occurrences", c.getOccurrences())
                .arithmetic(c.getOccurrences() + " × " + Money.yuan(each) + " = " + Money.yuan(pay))
                .build();
    }

    /** A monthly reward, dated on the month's last day: "1 × 50.00 = 50.00". */
    public static Line.Builder monthly(RuleContext k, LocalDate lastDay, BigDecimal pay, Collection<RecordRef> records) {
        return Line.pay(k, pay).component(Component.REWARD)
                .on(lastDay)
                .records(records)
                .arithmetic("1 × " + Money.yuan(pay) + " = " + Money.yuan(pay));
    }

    /** A REVIEW flag: the handbook gives no amount, or a condition is still open. */
    public static Flag review(RuleContext k, Commendation c, String why) {
        return Flag.raise(k, "REVIEW", c.getDate(), why, c.getRecords());
    }
}
