package com.aftersales.rules;

import com.aftersales.reward.CommendationRecord;
import com.aftersales.visit.DeliveryRecord;
import com.aftersales.visit.Rating;
import com.aftersales.visit.SalesVolumeRecord;
import com.aftersales.visit.VisitKind;
import com.aftersales.visit.VisitRecord;
import com.aftersales.visit.VisitState;
import com.aftersales.visit.kpi.OrderRow;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Small builders of visit, delivery, order and commendation records for rule tests. */
public final class VisitRecords {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private VisitRecords() {
    }

    static String id(String prefix) {
        return prefix + "-" + SEQ.incrementAndGet();
    }

    /** A visit being built: {@code visit(VisitKind.SALES, "2024-11-05T10:00").by("QIAN").rated(...).build()}. */
    public static Visit visit(VisitKind kind, String attemptAt) {
        return new Visit(kind, attemptAt);
    }

    /** A visit record under construction; completed with result S unless told otherwise. */
    public static final class Visit {
        private String id = VisitRecords.id("V");
        private final VisitKind kind;
        private final String attemptAt;
        private String branch = "MIANXIAN";
        private String orderId;
        private String deliveryId;
        private int number = 1;
        private VisitRecord.Outcome outcome = VisitRecord.Outcome.COMPLETED;
        private Rating result = Rating.S;
        private final Map<String, Rating> ratings = new LinkedHashMap<>();
        private String liaison;
        private String reply;
        private String handled;
        private final List<VisitState> status = new ArrayList<>();
        private String responsible;

        private Visit(VisitKind kind, String attemptAt) {
            this.kind = kind;
            this.attemptAt = attemptAt;
        }

        public Visit id(String v) { this.id = v; return this; }
        public Visit branch(String v) { this.branch = v; return this; }
        public Visit order(String v) { this.orderId = v; return this; }
        public Visit delivery(String v) { this.deliveryId = v; return this; }
        public Visit second() { this.number = 2; return this; }
        public Visit result(Rating r) { this.result = r; return this; }
        public Visit refused() { this.outcome = VisitRecord.Outcome.REFUSED; this.result = null; return this; }
        public Visit rated(String item, Rating r) { ratings.put(item, r); return this; }
        public Visit liaison(String sent, String replied, String handledAt) {
            this.liaison = sent;
            this.reply = replied;
            this.handled = handledAt;
            return this;
        }
        public Visit status(VisitState... s) { status.addAll(List.of(s)); return this; }
        public Visit by(String employee) { this.responsible = employee; return this; }

        public VisitRecord build() {
            return new VisitRecord(id, orderId, deliveryId, null, branch, kind, number, LocalDateTime.parse(attemptAt),
                    outcome, result, ratings.isEmpty() ? null : ratings, time(liaison), time(reply), time(handled),
                    status.isEmpty() ? null : status, responsible, null, null);
        }
    }

    public static DeliveryRecord delivery(String id, DeliveryRecord.Zone zone, String paidAt, String deliveredAt,
            String... crew) {
        return new DeliveryRecord(id, "MIANXIAN", zone, LocalDateTime.parse(paidAt), time(deliveredAt), List.of(crew),
                null, null);
    }

    public static OrderRow order(String id, String serviceMode, String completedAt) {
        return new OrderRow(id, "MIANXIAN", "INSTALL", serviceMode, LocalDateTime.parse(completedAt), false);
    }

    public static SalesVolumeRecord sales(String period, int transactions) {
        return new SalesVolumeRecord(id("SV"), "MIANXIAN", YearMonth.parse(period), transactions);
    }

    /** A commendation of {@code kind} for {@code month}, manager's statement submitted, verified, at work. */
    public static CommendationRecord commendation(String employee, CommendationRecord.Kind kind, String month,
            int count) {
        return new CommendationRecord(id("C"), employee, kind, null, YearMonth.parse(month), null, null, null, null,
                true, true, true, count, true, null, null, null, null);
    }

    public static CommendationRecord media(String employee, String date, String deed, CommendationRecord.MediaType type,
            CommendationRecord.MediaLevel level, String outlet) {
        return new CommendationRecord(id("C"), employee, CommendationRecord.Kind.MEDIA, LocalDate.parse(date), null,
                type, level, outlet, deed, true, true, true, null, null, null, null, null, null);
    }

    public static CommendationRecord ranking(String employee, String month, int completion, int quality, boolean tied) {
        return new CommendationRecord(id("C"), employee, CommendationRecord.Kind.TOP_PERFORMER, null,
                YearMonth.parse(month), null, null, null, null, null, null, null, null, true, completion, quality, tied,
                null);
    }

    private static LocalDateTime time(String s) {
        return s == null ? null : LocalDateTime.parse(s);
    }
}
