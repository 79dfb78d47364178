package com.aftersales.web;

import com.aftersales.problem.ApiError;
import com.aftersales.problem.Languages;
import com.aftersales.problem.ProblemException;
import com.aftersales.problem.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one place that writes RFC 9457 problem+json: {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance}, the located {@code errors} of API.md, an {@code errorId} for a
 * fault of the service, and any extension members of the problem. Every answer that is not a success
 * goes through {@link #body}, from the JAX-RS mappers and from the HTTP route guards alike, so the
 * wording of problems and their language are decided here: {@code title}, {@code detail} and each
 * {@code errors[].message} in the language of the request ({@link Languages#of}: Accept-Language, else
 * {@code app.default-locale}), from the bundles {@code messages/texts*.properties}.
 */
public final class ProblemWriter {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final ObjectMapper JSON = JsonSetup.configure(new ObjectMapper());

    private ProblemWriter() {
    }

    /** The body of a problem the client caused, in the default language. */
    public static Map<String, Object> body(ProblemException e, String instance) {
        return body(e, instance, Languages.defaultLocale());
    }

    /** The body of a problem the client caused, in {@code locale}. */
    public static Map<String, Object> body(ProblemException e, String instance, Locale locale) {
        Map<String, Object> body = body(e.status(), e.title(), e.detail(locale), e.errors(), instance, locale);
        e.extensions().forEach((k, v) -> body.put(k, inLanguage(v, locale)));
        return body;
    }

    /** An extension member with every located error in it (a validation report's) written in {@code locale}. */
    private static Object inLanguage(Object value, Locale locale) {
        if (value instanceof ApiError e) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("location", e.location());
            m.put("message", e.message(locale));
            return m;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, inLanguage(v, locale)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> inLanguage(v, locale)).toList();
        }
        return value;
    }

    /** The body of a problem of {@code status} with its located errors (none: no {@code errors} member). */
    public static Map<String, Object> body(int status, String title, String detail, List<ApiError> errors,
            String instance) {
        return body(status, title, detail, errors, instance, Languages.defaultLocale());
    }

    /**
     * The body of a problem of {@code status} in {@code locale}: the title by the bundles (key {@code title.<status>},
     * or the title given when the bundles have none), each error's message in {@code locale}.
     */
    public static Map<String, Object> body(int status, String title, String detail, List<ApiError> errors,
            String instance, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank#" + status);
        body.put("title", title(status, title, locale));
        body.put("status", status);
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        if (errors != null && !errors.isEmpty()) {
            List<Map<String, String>> out = new java.util.ArrayList<>(errors.size());
            for (ApiError e : errors) {
                Map<String, String> m = new LinkedHashMap<>();
                m.put("location", e.location());
                m.put("message", e.message(locale));
                out.add(m);
            }
            body.put("errors", out);
        }
        return body;
    }

    private static String title(int status, String title, Locale locale) {
        String key = "title." + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return Text.exists(key) ? Text.of(key).in(locale) : title;
    }

    /** The body of a fault of the service: nothing of its cause, only the id it was logged under. */
    public static Map<String, Object> fault(String errorId, String instance) {
        return fault(errorId, instance, Languages.defaultLocale());
    }

    public static Map<String, Object> fault(String errorId, String instance, Locale locale) {
        Map<String, Object> body = body(500, "Internal server error", Text.of("problem.fault", errorId).in(locale),
                List.of(), instance, locale);
        body.put("errorId", errorId);
        return body;
    }

    /** A body as JSON text, for the places that write to the wire themselves (route guards). */
    public static String json(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem body cannot be written", e);
        }
    }
}
