package com.aftersales.web;

import com.aftersales.problem.ProblemException;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request whose declared Content-Length exceeds {@code app.http.max-body-size} with a
 * problem+json 413 (written by {@link ProblemWriter}) before its body is read. Quarkus's own
 * {@code quarkus.http.limits.max-body-size},
 * set higher, stays the hard ceiling for chunked bodies (its 413 has an empty body, and it runs on the
 * main router, before any handler an application can add, hence this second, lower limit).
 */
@ApplicationScoped
public class BodyLimit {

    private final long limit;

    public BodyLimit(@ConfigProperty(name = "app.http.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-3).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            long n;
            try {
                n = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n <= limit) {
                ctx.next();
                return;
            }
            String body = ProblemWriter.json(ProblemWriter.body(ProblemException.tooLarge(
                    com.aftersales.problem.Text.of("input.bodySize", n / 1024, limit / 1024), java.util.List.of()), ctx.request().path(),
                    com.aftersales.problem.Languages.of(ctx.request().getHeader("Accept-Language"))));
            ctx.response().putHeader("Connection", "close").putHeader("Content-Type", ProblemWriter.MEDIA_TYPE)
                    .setStatusCode(413).end(body);
        });
    }
}
