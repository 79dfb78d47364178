package com.aftersales.web;

import com.aftersales.problem.ApiError;
import com.aftersales.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that writes RFC 9457 problem+json: {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance}, the located {@code errors} of API.md, an {@code errorId} for a
 * fault of the service, and any extension members of the problem. Every answer that is not a success
 * goes through {@link #body}, from the JAX-RS mappers and from the HTTP route guards alike, so the
 * wording of problems (and, later, their language by Accept-Language) is decided here.
 */
public final class ProblemWriter {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final ObjectMapper JSON = JsonSetup.configure(new ObjectMapper());

    private ProblemWriter() {
    }

    /** The body of a problem the client caused. */
    public static Map<String, Object> body(ProblemException e, String instance) {
        Map<String, Object> body = body(e.status(), e.title(), e.getMessage(), e.errors(), instance);
        body.putAll(e.extensions());
        return body;
    }

    /** The body of a problem of {@code status} with its located errors (none: no {@code errors} member). */
    public static Map<String, Object> body(int status, String title, String detail, List<ApiError> errors,
            String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank#" + status);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        if (errors != null && !errors.isEmpty()) {
            body.put("errors", errors);
        }
        return body;
    }

    /** The body of a fault of the service: nothing of its cause, only the id it was logged under. */
    public static Map<String, Object> fault(String errorId, String instance) {
        Map<String, Object> body = body(500, "Internal server error", "An unexpected error occurred; it was logged "
                + "under error id " + errorId + ": quote it when you report the problem", List.of(), instance);
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
