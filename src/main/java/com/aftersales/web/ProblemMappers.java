package com.aftersales.web;

import com.aftersales.problem.ApiError;
import com.aftersales.problem.JsonPointers;
import com.aftersales.problem.Languages;
import com.aftersales.problem.Text;
import com.aftersales.problem.ProblemException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps what a request threw to its answer, through {@link ProblemWriter}. Only what really is the
 * client's doing becomes a 4xx, with its location: a {@link ProblemException}, an invalid body (Bean
 * Validation), a body that is not JSON, and the HTTP layer's own 4xx (unknown path, wrong method or
 * media type). Everything else is a fault of the service: logged with its cause under an error id,
 * answered 500 with that id and nothing of the cause.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        return respond(e.status(), ProblemWriter.body(e, path(uri), locale(headers)));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<ApiError> errors = e.getConstraintViolations().stream()
                .map(v -> new ApiError(location(v), v.getMessage()))
                .sorted(Comparator.comparing(ApiError::location))
                .toList();
        Locale locale = locale(headers);
        return respond(400, ProblemWriter.body(400, "Bad request", Text.of("problem.invalidFields").in(locale), errors,
                path(uri), locale));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        String where = e instanceof JsonMappingException m ? JsonPointers.of(m.getPath()) : "";
        JsonLocation at = e.getLocation();
        String location = !where.isEmpty() ? where
                : at == null ? "body" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        Locale locale = locale(headers);
        return respond(400, ProblemWriter.body(400, "Bad request", Text.of("problem.jsonUnreadable").in(locale),
                List.of(ApiError.of(location, "input.unreadable", e.getOriginalMessage())), path(uri), locale));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, Request request, HttpHeaders headers) {
        JsonProcessingException json = jsonCause(e);
        if (json != null) {
            return json(json, uri, headers);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return fault(e, uri, request, headers);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return respond(status, ProblemWriter.body(status, title, e.getMessage(), List.of(), path(uri),
                locale(headers)));
    }

    /**
     * Nobody logged in, or wrong credentials: 401 problem+json with the Basic challenge, so API clients and
     * browsers can answer it; a page (not {@code /api}, asking for HTML) is sent to the login page instead.
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        String path = path(uri);
        String accept = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT);
        if (path != null && !path.startsWith("/api") && accept != null && accept.contains("text/html")) {
            return Response.status(302).location(java.net.URI.create("/login")).build();
        }
        boolean wrong = e instanceof AuthenticationFailedException;
        Locale locale = locale(headers);
        String detail = Text.of(wrong ? "access.wrongPassword" : "access.logIn").in(locale);
        return Response.status(401).type(ProblemWriter.MEDIA_TYPE)
                .header("WWW-Authenticate", "Basic realm=\"policy-engine\", charset=\"UTF-8\"")
                .entity(ProblemWriter.body(401, "Unauthorized", detail, List.of(), path, locale)).build();
    }

    /** A known user without the role (or the branch) this needs: 403 problem+json naming the roles that may. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        Locale locale = locale(headers);
        Text detail = e.getMessage() == null || e.getMessage().isBlank() ? Text.of("access.roles")
                : Text.of("access.rolesThat", e.getMessage());
        return respond(403, ProblemWriter.body(403, "Forbidden", detail.in(locale), List.of(), path(uri), locale));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, Request request, HttpHeaders headers) {
        return fault(e, uri, request, headers);
    }

    private static Response fault(Throwable e, UriInfo uri, Request request, HttpHeaders headers) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "error %s: unexpected failure serving %s %s", id, request == null ? "?" : request.getMethod(),
                path(uri));
        return respond(500, ProblemWriter.fault(id, path(uri), locale(headers)));
    }

    /** The language of the answer: the request's Accept-Language, else the configured default. */
    static Locale locale(HttpHeaders headers) {
        return Languages.of(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static JsonProcessingException jsonCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof JsonProcessingException j) {
                return j;
            }
        }
        return null;
    }

    private static Response respond(int status, Map<String, Object> body) {
        return Response.status(status).type(ProblemWriter.MEDIA_TYPE).entity(body).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
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
