package com.aftersales.visit;

import com.aftersales.facts.input.Delivery;
import com.aftersales.facts.input.ItemRating;
import com.aftersales.facts.input.Visit;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Visit and delivery records as facts. The mechanics of which visits belong together: a visit's
 * subject (its work order, delivery or sale), the earliest completed attempt of each subject and
 * visit number (the decisive one), the first attempt of each subject's second visit.
 */
public final class VisitFacts {

    private static final Comparator<VisitRecord> BY_TIME =
            Comparator.comparing(VisitRecord::attemptAt).thenComparing(VisitRecord::id);

    private VisitFacts() {
    }

    /** What the visit is about: "workOrder:O1", "delivery:D1", "sale:S1", or the visit itself. */
    public static String subject(VisitRecord r) {
        if (r.visitKind().afterSales() && r.orderId() != null) {
            return "workOrder:" + r.orderId();
        }
        if (r.visitKind() == VisitKind.LOGISTICS && r.deliveryId() != null) {
            return "delivery:" + r.deliveryId();
        }
        if (r.visitKind() == VisitKind.SALES && r.saleId() != null) {
            return "sale:" + r.saleId();
        }
        return "visit:" + r.id();
    }

    /** The visits as facts, in the order given. */
    public static List<Visit> visits(List<VisitRecord> records) {
        Map<String, VisitRecord> decisive = new HashMap<>();
        Map<String, LocalDateTime> second = new HashMap<>();
        records.stream().sorted(BY_TIME).forEach(r -> {
            if (r.completed()) {
                decisive.putIfAbsent(subject(r) + "#" + r.visitNo(), r);
            }
            if (r.visitNo() == 2) {
                second.putIfAbsent(subject(r), r.attemptAt());
            }
        });
        List<Visit> out = new ArrayList<>();
        for (VisitRecord r : records) {
            String subject = subject(r);
            out.add(new Visit(data(r, subject), decisive.get(subject + "#" + r.visitNo()) == r, second.get(subject)));
        }
        return out;
    }

    private static Visit.Data data(VisitRecord r, String subject) {
        return new Visit.Data(r.id(), subject, r.orderId(), r.deliveryId(), r.branch(), r.visitKind().name(),
                r.visitNo(), r.attemptAt(), r.outcome().name(), r.result() == null ? null : r.result().name(),
                r.liaisonSentAt(), r.branchReplyAt(), r.handlingCompletedAt(),
                r.status() == null ? List.of() : r.status().stream().distinct().map(Enum::name).toList(),
                r.responsibleEmployeeId());
    }

    /** The rated items of a completed visit, in the order of {@link RatingItem}. */
    public static void ratings(Visit v, VisitRecord r, Consumer<Object> facts) {
        Map<RatingItem, Rating> items = new java.util.EnumMap<>(RatingItem.class);
        r.ratings().forEach((key, rating) -> RatingItem.parse(key).ifPresent(i -> items.put(i, rating)));
        items.forEach((item, rating) -> facts.accept(new ItemRating(v, item.name(), rating.name())));
    }

    public static Delivery delivery(DeliveryRecord d, boolean visited) {
        return new Delivery(d.id(), d.branch(), d.zone().name(), d.paidAt(), d.deliveredAt(), d.crew(), d.damaged(),
                visited);
    }
}
