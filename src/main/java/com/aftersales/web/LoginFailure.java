package com.aftersales.web;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A failed form login ({@code POST /j_security_check} with a wrong name or password) goes back to the login page,
 * {@code /login?error}, rather than answering the Basic challenge (which would open the browser's own dialog).
 */
@ApplicationScoped
public class LoginFailure {

    void routes(@Observes Router router) {
        router.route("/j_security_check").order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.failure() instanceof AuthenticationFailedException && !ctx.response().ended()) {
                ctx.response().setStatusCode(302).putHeader("Location", "/login?error").end();
            } else {
                ctx.next();
            }
        });
    }
}
