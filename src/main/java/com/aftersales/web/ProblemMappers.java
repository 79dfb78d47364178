package com.aftersales.web;

import com.aftersales.problem.ApiError;
import com.aftersales.problem.JsonPointers;
import com.aftersales.problem.ProblemException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place that turns exceptions into RFC 9457 problem+json answers. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.title(), e.getMessage(), e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<ApiError> errors = e.getConstraintViolations().stream()
                .map(v -> new ApiError(location(v), v.getMessage()))
                .sorted(Comparator.comparing(ApiError::location))
                .toList();
        return respond(400, "Bad request", "The request has invalid fields", errors, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        String where = e instanceof JsonMappingException m ? JsonPointers.of(m.getPath()) : "";
        JsonLocation at = e.getLocation();
        String location = !where.isEmpty() ? where
                : at == null ? "body" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        return respond(400, "Bad request", "The JSON body cannot be read",
                List.of(new ApiError(location, e.getOriginalMessage())), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException j) {
            return json(j, uri);
        }
        String title = Response.Status.fromStatusCode(status) == null
                ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        return respond(status, title, e.getMessage(), List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("Unexpected failure serving " + (uri == null ? "?" : uri.getPath()), e);
        return respond(500, "Internal server error", "An unexpected error occurred; it has been logged", List.of(), uri);
    }

    private static Response respond(int status, String title, String detail, List<ApiError> errors, UriInfo uri) {
        String instance = uri == null ? null : uri.getPath();
        Problem body = new Problem("about:blank#" + status, title, status, detail, instance,
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** "put.body.name" -> "/name", "upsert.body[3].clockIn" -> "/3/clockIn" (method and parameter dropped). */
    static String location(ConstraintViolation<?> v) {
        String[] parts = v.getPropertyPath().toString().split("\\.");
        StringBuilder pointer = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            if (i > 1 && !name.isEmpty() && !name.startsWith("<")) {
                pointer.append('/').append(name);
            }
            if (bracket >= 0) {
                pointer.append('/').append(part, bracket + 1, part.indexOf(']'));
            }
        }
        return pointer.length() == 0 ? "/" : pointer.toString();
    }
}
