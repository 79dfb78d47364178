package com.aftersales.visit;

import com.aftersales.facts.input.Visit;
import com.aftersales.scoring.EmployeeMonth;
import com.aftersales.scoring.FactDeriver;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Consumer;

/**
 * An employee's visits (those assessing them) and deliveries (those they crewed) → {@link Visit},
 * {@link com.aftersales.facts.input.ItemRating} and {@link com.aftersales.facts.input.Delivery} facts, for the
 * VISIT-PEN-* rules.
 */
@ApplicationScoped
public class VisitDeriver implements FactDeriver {

    @Override
    public void derive(EmployeeMonth month, Consumer<Object> facts) {
        List<VisitRecord> records = month.records(VisitRecord.class);
        List<Visit> visits = VisitFacts.visits(records);
        for (int i = 0; i < visits.size(); i++) {
            facts.accept(visits.get(i));
            if (records.get(i).completed()) {
                VisitFacts.ratings(visits.get(i), records.get(i), facts);
            }
        }
        month.records(DeliveryRecord.class).forEach(d -> facts.accept(VisitFacts.delivery(d, false)));
    }
}
