package com.aftersales.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds visit, delivery, sales-volume and commendation bodies for service tests, as JSON maps:
 * {@code Visits.visit("V1", "AS_ONSITE", "2024-11-12T10:00").order("O1").result("D").json()}.
 */
public final class Visits {

    private Visits() {
    }

    public static Visit visit(String id, String kind, String attemptAt) {
        return new Visit(id, kind, attemptAt);
    }

    /** A visit body under construction: MIANXIAN, first visit, completed with result S unless told. */
    public static final class Visit {
        private final Map<String, Object> m = new LinkedHashMap<>();
        private final Map<String, Object> ratings = new LinkedHashMap<>();

        private Visit(String id, String kind, String attemptAt) {
            m.put("id", id);
            m.put("branch", "MIANXIAN");
            m.put("visitKind", kind);
            m.put("visitNo", 1);
            m.put("attemptAt", attemptAt);
            m.put("outcome", "COMPLETED");
            m.put("result", "S");
        }

        public Visit set(String field, Object value) { m.put(field, value); return this; }
        public Visit branch(String b) { return set("branch", b); }
        public Visit order(String id) { return set("orderId", id); }
        public Visit delivery(String id) { return set("deliveryId", id); }
        public Visit second() { return set("visitNo", 2); }
        public Visit result(String r) { return set("result", r); }
        public Visit by(String employee) { return set("responsibleEmployeeId", employee); }
        public Visit refused() { m.put("outcome", "REFUSED"); m.remove("result"); return this; }
        public Visit rated(String item, String rating) { ratings.put(item, rating); return this; }
        public Visit liaison(String sent, String reply, String handled) {
            set("liaisonSentAt", sent);
            if (reply != null) {
                set("branchReplyAt", reply);
            }
            return handled == null ? this : set("handlingCompletedAt", handled);
        }

        public Map<String, Object> json() {
            Map<String, Object> out = new LinkedHashMap<>(m);
            if (!ratings.isEmpty()) {
                out.put("itemRatings", new LinkedHashMap<>(ratings));
            }
            return out;
        }
    }

    public static Map<String, Object> delivery(String id, String zone, String paidAt, String deliveredAt,
            String... crew) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", id);
        d.put("branch", "MIANXIAN");
        d.put("zone", zone);
        d.put("paidAt", paidAt);
        d.put("deliveredAt", deliveredAt);
        d.put("crewEmployeeIds", List.of(crew));
        return d;
    }

    public static Map<String, Object> sales(String id, String branch, String period, int transactions) {
        return new LinkedHashMap<>(Map.of("id", id, "branch", branch, "period", period, "transactions", transactions));
    }

    /** Posts visit bodies in one request and expects them stored. */
    public static void post(List<Visit> visits) {
        List<Map<String, Object>> body = new ArrayList<>();
        visits.forEach(v -> body.add(v.json()));
        Api.records("/api/visits", body);
    }
}
