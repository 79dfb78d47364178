package com.aftersales.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds leave requests for service tests and posts them through {@code POST /api/leave}:
 * {@code Leave.of("WANG").rest("2024-11-25", "2024-11-27").post()}, or one request at a time with
 * {@code Leave.request("L1", "WANG", "SICK", "2024-11-04", "2024-11-06", "24").certificate()}.
 * Requests are APPROVED; give an approval chain with {@code chain(...)}.
 */
public final class Leave {

    private final String employee;
    private final List<Map<String, Object>> requests = new ArrayList<>();

    private Leave(String employee) {
        this.employee = employee;
    }

    public static Leave of(String employee) {
        return new Leave(employee);
    }

    /** Whole rest days (8 h each) from {@code from} to {@code to}, one request. */
    public Leave rest(String from, String to) {
        long days = LocalDate.parse(from).datesUntil(LocalDate.parse(to).plusDays(1)).count();
        requests.add(request(employee + "-REST-" + from, employee, "REST", from, to, String.valueOf(8 * days)).map());
        return this;
    }

    public Leave add(Request r) {
        requests.add(r.map());
        return this;
    }

    public void post() {
        Api.records("/api/leave", requests);
    }

    public static Request request(String id, String employee, String type, String start, String end, String hours) {
        return new Request(id, employee, type, start, end, hours);
    }

    /** One leave request as the API takes it. */
    public static final class Request {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        private Request(String id, String employee, String type, String start, String end, String hours) {
            fields.put("id", id);
            fields.put("employeeId", employee);
            fields.put("type", type);
            fields.put("start", start);
            fields.put("end", end);
            fields.put("hours", hours);
            fields.put("status", "APPROVED");
        }

        public Request chain(String... roles) {
            fields.put("approvalChain", List.of(roles));
            return this;
        }

        public Request certificate() {
            fields.put("certificate", true);
            return this;
        }

        public Request late4() {
            fields.put("late4Filing", true);
            return this;
        }

        public Request status(String s) {
            fields.put("status", s);
            return this;
        }

        public Map<String, Object> map() {
            return new LinkedHashMap<>(fields);
        }

        public void post() {
            Api.records("/api/leave", List.of(map()));
        }
    }
}
