package com.aftersales.visit.kpi;

import com.aftersales.facts.input.BranchPeriod;
import com.aftersales.facts.input.OrderCompletion;
import com.aftersales.facts.input.SalesVolume;
import com.aftersales.facts.input.Visit;
import com.aftersales.facts.input.WorkingDays;
import com.aftersales.scoring.BranchFactDeriver;
import com.aftersales.scoring.BranchMonth;
import com.aftersales.visit.DeliveryRecord;
import com.aftersales.visit.SalesVolumeRecord;
import com.aftersales.visit.VisitFacts;
import com.aftersales.visit.VisitRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A branch-month's records → the facts of the visit KPI: the branch period, the calendar, visits,
 * completed orders with their first visit attempt, deliveries, sales volumes. Which visit belongs
 * to which order or delivery is decided here; what counts is the rules'.
 */
@ApplicationScoped
public class KpiDeriver implements BranchFactDeriver {

    @Override
    public void derive(BranchMonth month, Consumer<Object> facts) {
        facts.accept(new BranchPeriod(month.branch(), month.period(), month.asOf()));
        facts.accept(new WorkingDays(month.calendar()::addWorkingDays));
        List<Visit> visits = VisitFacts.visits(month.records(VisitRecord.class));
        Map<String, LocalDate> firstAttempt = new HashMap<>();
        Set<String> visitedOrders = new HashSet<>();
        Set<String> visitedDeliveries = new HashSet<>();
        for (Visit v : visits) {
            facts.accept(v);
            if (v.isAfterSales() && v.getVisitNo() == 1) {
                firstAttempt.merge(v.getOrderId(), v.getAttemptDate(), (a, b) -> a.isBefore(b) ? a : b);
            }
            if (v.isAfterSales() && v.isCompleted()) {
                visitedOrders.add(v.getOrderId());
            }
            if ("LOGISTICS".equals(v.getKind()) && v.isCompleted()) {
                visitedDeliveries.add(v.getDeliveryId());
            }
        }
        for (OrderRow o : month.records(OrderRow.class)) {
            if (o.completedAt() != null) {
                facts.accept(new OrderCompletion(o.id(), o.branch(), o.serviceType(), o.serviceMode(),
                        o.completedAt().toLocalDate(), o.rework(), firstAttempt.get(o.id()), visitedOrders.contains(o.id())));
            }
        }
        for (DeliveryRecord d : month.records(DeliveryRecord.class)) {
            facts.accept(VisitFacts.delivery(d, visitedDeliveries.contains(d.id())));
        }
        for (SalesVolumeRecord s : month.records(SalesVolumeRecord.class)) {
            facts.accept(new SalesVolume(s.id(), s.branch(), s.period(), s.transactions()));
        }
    }
}
