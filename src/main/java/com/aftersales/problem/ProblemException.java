package com.aftersales.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request that cannot be served because of what the client sent or asked (bad input, not found, a
 * state conflict, a refused revision), with every located error found, never one at a time. The web
 * layer's one problem writer turns it into RFC 9457 problem+json; anything else thrown is a fault of
 * the service (500, logged with an error id). Thrown only through the factories below, which are the
 * one place a problem's kind and title are chosen.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final transient List<ApiError> errors;
    private final transient Map<String, Object> extensions;
    private final transient Text detailText;

    public ProblemException(int status, String title, String detail, List<ApiError> errors) {
        this(status, title, detail, errors, Map.of());
    }

    /** {@code extensions} are further members of the problem body (RFC 9457 §3.2), e.g. a validation report. */
    public ProblemException(int status, String title, String detail, List<ApiError> errors,
            Map<String, Object> extensions) {
        this(status, title, detail, null, errors, extensions);
    }

    protected ProblemException(int status, String title, String detail, Text detailText, List<ApiError> errors,
            Map<String, Object> extensions) {
        super(detail);
        this.detailText = detailText;
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    public static ProblemException badRequest(String detail, List<ApiError> errors) {
        return new ProblemException(400, "Bad request", detail, errors);
    }

    public static ProblemException badRequest(String location, String message) {
        return badRequest(message, List.of(new ApiError(location, message)));
    }

    /** Nobody is logged in, or the credentials are wrong (401). */
    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "Unauthorized", detail, List.of());
    }

    /** The user is known but may not do this (403). */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, List.of());
    }

    public static ProblemException forbidden(String detail, List<ApiError> errors) {
        return new ProblemException(403, "Forbidden", detail, errors);
    }

    /** A bad request whose detail is a bundle text. */
    public static ProblemException badRequest(Text detail, List<ApiError> errors) {
        return new ProblemException(400, "Bad request", detail.en(), detail, errors, Map.of());
    }

    /** A bad request of one located error whose text is the bundle text {@code key}, also the detail. */
    public static ProblemException badRequest(String location, Text text) {
        return badRequest(ApiError.of(location, text));
    }

    /** A bad request of one located error, the error's text also being the detail. */
    public static ProblemException badRequest(ApiError error) {
        return new ProblemException(400, "Bad request", error.message(), error.text(), List.of(error), Map.of());
    }

    /** The user may not do this (403), the detail a bundle text, with located errors. */
    public static ProblemException forbidden(Text detail, List<ApiError> errors) {
        return new ProblemException(403, "Forbidden", detail.en(), detail, errors, Map.of());
    }

    /** A state conflict (409) whose detail is a bundle text. */
    public static ProblemException conflict(Text detail) {
        return conflict(detail, List.of());
    }

    /** A state conflict (409) whose detail is a bundle text, with located errors. */
    public static ProblemException conflict(Text detail, List<ApiError> errors) {
        return new ProblemException(409, "Conflict", detail.en(), detail, errors, Map.of());
    }

    /** Not found (404) with the place that named the missing thing (a path parameter). */
    public static ProblemException notFound(Text what, List<ApiError> errors) {
        return new ProblemException(404, "Not found", what.en(), what, errors, Map.of());
    }

    /** A refused policy revision (422) whose detail is a bundle text. */
    public static ProblemException unprocessable(Text detail, List<ApiError> errors) {
        return new ProblemException(422, "Policy revision failed validation", detail.en(), detail, errors, Map.of());
    }

    public static ProblemException unprocessable(Text detail, List<ApiError> errors, Map<String, Object> extensions) {
        return new ProblemException(422, "Policy revision failed validation", detail.en(), detail, errors, extensions);
    }

    public static ProblemException tooLarge(Text detail, List<ApiError> errors) {
        return new ProblemException(413, "Payload too large", detail.en(), detail, errors, Map.of());
    }

    /** A bad request whose detail is a bundle text, with extension members. */
    public static ProblemException badRequest(Text detail, List<ApiError> errors, Map<String, Object> extensions) {
        return new ProblemException(400, "Bad request", detail.en(), detail, errors, extensions);
    }

    public static ProblemException notFound(Text what) {
        return new ProblemException(404, "Not found", what.en(), what, List.of(), Map.of());
    }

    public static ProblemException unsupportedMediaType(Text detail) {
        return new ProblemException(415, "Unsupported media type", detail.en(), detail, List.of(), Map.of());
    }

    public static ProblemException of(int status, String title, Text detail, List<ApiError> errors) {
        return new ProblemException(status, title, detail.en(), detail, errors, Map.of());
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "Not found", what, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of());
    }

    public static ProblemException conflict(String detail, List<ApiError> errors) {
        return new ProblemException(409, "Conflict", detail, errors);
    }

    public static ProblemException unprocessable(String detail, List<ApiError> errors) {
        return new ProblemException(422, "Policy revision failed validation", detail, errors);
    }

    public static ProblemException tooLarge(String detail) {
        return new ProblemException(413, "Payload too large", detail, List.of());
    }

    public static ProblemException tooLarge(String detail, List<ApiError> errors) {
        return new ProblemException(413, "Payload too large", detail, errors);
    }

    public static ProblemException unsupportedMediaType(String detail) {
        return new ProblemException(415, "Unsupported media type", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<ApiError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    /** The detail in {@code locale}: its bundle text, or the English detail it was given. */
    public String detail(java.util.Locale locale) {
        return detailText == null ? getMessage() : detailText.in(locale);
    }
}
