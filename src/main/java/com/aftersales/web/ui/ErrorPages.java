package com.aftersales.web.ui;

import com.aftersales.problem.ProblemException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A refused page answers as a page (status, title, what and where), not as problem+json. */
final class ErrorPages {

    private ErrorPages() {
    }

    /**
     * To the login page; a page asked for with GET is remembered in the cookie the form login reads after a
     * successful sign-in (Quarkus's {@code quarkus-redirect-location}, which it checks is of this host), so that a
     * shared or bookmarked link opens after the login instead of the landing page.
     */
    static Response signIn(io.vertx.core.http.HttpServerRequest request) {
        Response.ResponseBuilder r = Response.seeOther(java.net.URI.create("/login"));
        if (request != null && request.method() == io.vertx.core.http.HttpMethod.GET) {
            r.header("Set-Cookie", LOCATION_COOKIE + "=" + request.absoluteURI() + "; Path=/; SameSite=Strict");
        }
        return r.build();
    }

    /** The cookie of {@code quarkus.http.auth.form.location-cookie} (its default). */
    static final String LOCATION_COOKIE = "quarkus-redirect-location";

    static Response forbidden(Ui ui) {
        String detail = ui.english() ? "your role does not allow this page" : "您的角色无权打开此页面";
        String html = ui.page(Pages.error(403, "Forbidden", detail, java.util.List.of())).render();
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    static Response of(Ui ui, ProblemException e) {
        String html = ui.page(Pages.error(e.status(), e.title(), ui.detail(e), ui.localized(e.errors()))).render();
        return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
