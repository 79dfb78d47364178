package com.aftersales.policy.scenario;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Fields cell of a test row: {@code name=value} pairs separated by {@code ;} or new lines, or one
 * JSON object. {@code true}/{@code false} become booleans and a value in {@code [...]} or {@code {...}}
 * is read as JSON; every other value stays text (dates, times, numbers and enums are read from text).
 */
final class Fields {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fields() {
    }

    static Map<String, Object> parse(String cell) {
        Map<String, Object> out = new LinkedHashMap<>();
        String text = cell == null ? "" : cell.trim();
        if (text.isEmpty()) {
            return out;
        }
        if (text.startsWith("{")) {
            try {
                out.putAll(JSON.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() { }));
                return out;
            } catch (Exception e) {
                throw new IllegalArgumentException("the Fields cell is not a JSON object: " + e.getMessage());
            }
        }
        for (String pair : text.split("[;\\n]")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("\"" + pair.trim() + "\" in Fields is not name=value");
            }
            String name = pair.substring(0, eq).trim();
            if (out.containsKey(name)) {
                throw new IllegalArgumentException("field " + name + " is given twice");
            }
            out.put(name, value(pair.substring(eq + 1).trim()));
        }
        return out;
    }

    static Map<String, String> strings(Map<String, Object> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((k, v) -> out.put(k, v == null ? null : v.toString()));
        return out;
    }

    private static Object value(String v) {
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.valueOf(v.toLowerCase(java.util.Locale.ROOT));
        }
        if (v.startsWith("[") || v.startsWith("{")) {
            try {
                return JSON.readValue(v, Object.class);
            } catch (Exception e) {
                throw new IllegalArgumentException("\"" + v + "\" is not valid JSON: " + e.getMessage());
            }
        }
        return v;
    }
}
