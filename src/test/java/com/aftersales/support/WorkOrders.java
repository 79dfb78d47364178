package com.aftersales.support;

import com.aftersales.web.JsonSetup;
import com.aftersales.workorder.WorkOrderRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds work orders for tests, as the JSON of POST /api/work-orders or as records for rule tests:
 * {@code WorkOrders.order("O1", "WANG").on("2024-11-05").distance("1.8").flag("drinking")}. By default an
 * on-site AC_WALL installation 1 km away, dispatched and accepted at 09:00, called at 09:10, visited at
 * 14:00 as agreed and completed at 15:00 of its day: on time in every respect.
 */
public final class WorkOrders {

    private static final ObjectMapper JSON = JsonSetup.configure(new ObjectMapper());

    private WorkOrders() {
    }

    public static Order order(String id, String... installers) {
        return new Order(id, installers);
    }

    /** Posts the orders and expects them stored. */
    public static void post(Order... orders) {
        Api.records("/api/work-orders", Arrays.stream(orders).map(Order::json).toList());
    }

    /** One work order being put together. */
    public static final class Order {
        private final Map<String, Object> m = new LinkedHashMap<>();

        private Order(String id, String... installers) {
            m.put("id", id);
            m.put("installerIds", new ArrayList<>(List.of(installers)));
            m.put("productCategory", "AC_WALL");
            m.put("serviceType", "INSTALL");
            m.put("serviceMode", "ONSITE");
            m.put("distanceKm", "1");
            on("2024-11-05");
        }

        /** Every timestamp on {@code date}: dispatched and accepted 09:00, called 09:10, agreed and arrived 14:00, done 15:00. */
        public Order on(String date) {
            m.put("dispatchedAt", date + "T09:00");
            m.put("acceptedAt", date + "T09:00");
            m.put("appointmentCallAt", date + "T09:10");
            m.put("agreedVisitTime", date + "T14:00");
            m.put("arrivedAt", date + "T14:00");
            m.put("completedAt", date + "T15:00");
            return this;
        }

        public Order install(String category) {
            m.put("serviceType", "INSTALL");
            m.put("productCategory", category);
            return this;
        }

        public Order repair(String category) {
            m.put("serviceType", "REPAIR");
            m.put("productCategory", category);
            return this;
        }

        public Order distance(String km) {
            m.put("serviceMode", "ONSITE");
            m.put("distanceKm", km);
            return this;
        }

        public Order carryIn() {
            m.put("serviceMode", "CARRY_IN");
            m.remove("distanceKm");
            m.remove("appointmentCallAt");
            m.remove("agreedVisitTime");
            m.remove("arrivedAt");
            return this;
        }

        /** A rework visit of {@code original} on {@code at}: not dispatched, no acceptance or call. */
        public Order reworkOf(String original, String at) {
            m.put("isRework", true);
            m.put("reworkOfOrderId", original);
            for (String f : List.of("dispatchedAt", "acceptedAt", "appointmentCallAt", "agreedVisitTime")) {
                m.remove(f);
            }
            m.put("arrivedAt", at);
            m.put("completedAt", at);
            return this;
        }

        public Order accepted(String at) { return set("acceptedAt", at); }
        public Order called(String at) { return set("appointmentCallAt", at); }
        public Order agreed(String at) { return set("agreedVisitTime", at); }
        public Order arrived(String at) { return set("arrivedAt", at); }
        public Order completed(String at) { return set("completedAt", at); }
        public Order dispatched(String at) { return set("dispatchedAt", at); }

        /** Sets a conduct flag (drinking, liveWorking, ...) to true. */
        public Order flag(String field) {
            return set(field, true);
        }

        public Order set(String field, Object value) {
            if (value == null) {
                m.remove(field);
            } else {
                m.put(field, value);
            }
            return this;
        }

        public Map<String, Object> json() {
            return new LinkedHashMap<>(m);
        }

        public WorkOrderRecord record() {
            return JSON.convertValue(m, WorkOrderRecord.class);
        }
    }
}
