package com.aftersales.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Posts manager-entered incidents (API.md /api/incidents) for service tests. */
public final class Incidents {

    private Incidents() {
    }

    /** An incident with the manager's amount, or none when {@code amount} is null. */
    public static Map<String, Object> incident(String id, String employee, String date, String code, String amount) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("id", id);
        i.put("employeeId", employee);
        i.put("date", date);
        i.put("code", code);
        if (amount != null) {
            i.put("amount", amount);
        }
        return i;
    }

    /** An ATT-UNREPORTED special situation with its three inputs. */
    public static Map<String, Object> unreported(String id, String employee, String date, boolean verified,
            boolean reported, boolean completed) {
        Map<String, Object> i = incident(id, employee, date, "ATT-UNREPORTED", null);
        i.put("verified", verified);
        i.put("reportedImmediately", reported);
        i.put("formalitiesCompleted", completed);
        return i;
    }

    @SafeVarargs
    public static void post(Map<String, Object>... incidents) {
        Api.records("/api/incidents", List.of(incidents));
    }
}
