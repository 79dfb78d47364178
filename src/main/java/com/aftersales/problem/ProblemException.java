package com.aftersales.problem;

import java.util.List;

/**
 * Thrown anywhere a request cannot be served; {@link ProblemMappers} turns it into problem+json.
 * Services throw it with every located error they found, never one at a time.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final transient List<ApiError> errors;

    public ProblemException(int status, String title, String detail, List<ApiError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException badRequest(String detail, List<ApiError> errors) {
        return new ProblemException(400, "Bad request", detail, errors);
    }

    public static ProblemException badRequest(String location, String message) {
        return badRequest(message, List.of(new ApiError(location, message)));
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
}
