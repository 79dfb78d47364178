package com.aftersales.facts.result;

import com.aftersales.facts.functions.Money;
import com.aftersales.facts.input.Delivery;
import com.aftersales.facts.input.ItemRating;
import com.aftersales.facts.input.RecordRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A reason to hold a delivery late (VISIT-PEN-LOG-TIME, C-10): it took longer than its zone's
 * standard, or the customer rated its timeliness 一般 or worse. A delivery late for both reasons is
 * still charged once: {@link #charge} turns all the reasons of one delivery into one line.
 */
public final class LateDelivery {

    private final String deliveryId;
    private final String trigger;
    private final LocalDate date;
    private final List<RecordRef> records;
    private final List<Value> values;

    private LateDelivery(String deliveryId, String trigger, LocalDate date, List<RecordRef> records,
            List<Value> values) {
        this.deliveryId = deliveryId;
        this.trigger = trigger;
        this.date = date;
        this.records = List.copyOf(records);
        this.values = List.copyOf(values);
    }

    /** Slower than the standard of {@code hours} for its zone (其他说明 2). */
    public static LateDelivery byStandard(Delivery d, int hours) {
        return new LateDelivery(d.getId(), "STANDARD", d.getDate(), d.getRecords(), List.of(
                new Value("deliveryZone", d.getZone()), new Value("deliveryTime", d.getTimeTaken()),
                new Value("deliveryStandard", hours + " h")));
    }

    /** Timeliness rated 一般 or worse at the logistics visit. */
    public static LateDelivery byRating(ItemRating r) {
        return new LateDelivery(r.getDeliveryId(), "RATING", r.getDate(), r.getRecords(),
                List.of(new Value("ratedItem", r.getItem()), new Value("rating", r.getRating())));
    }

    /**
     * One deduction for one late delivery, whatever the number of reasons: dated on the earliest
     * reason's day, resting on the records of all of them.
     */
    public static Line charge(RuleContext k, Collection<?> reasons, BigDecimal amount) {
        List<LateDelivery> all = new ArrayList<>();
        reasons.forEach(r -> all.add((LateDelivery) r));
        all.sort(Comparator.comparing(LateDelivery::getDate).thenComparing(LateDelivery::getTrigger));
        Line.Builder b = Line.deduct(k, amount).on(all.get(0).getDate())
                .record(RecordRef.of("delivery", all.get(0).getDeliveryId()))
                .arithmetic("1 × " + Money.yuan(amount) + " = " + Money.yuan(amount));
        b.value("trigger", String.join(" + ", all.stream().map(LateDelivery::getTrigger).distinct().toList()));
        for (LateDelivery l : all) {
            b.records(l.getRecords());
            l.values.forEach(v -> b.value(v.name(), v.value()));
        }
        return b.build();
    }

    public String getDeliveryId() { return deliveryId; }
    /** STANDARD or RATING. */
    public String getTrigger() { return trigger; }
    public LocalDate getDate() { return date; }
    public List<RecordRef> getRecords() { return records; }
    public List<Value> getValues() { return values; }

    @Override
    public String toString() {
        return "LateDelivery " + deliveryId + " " + trigger + " " + date;
    }
}
