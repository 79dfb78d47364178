package com.aftersales.policy;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /q/health/ready}: DOWN while the rule books in force are being compiled and when no policy revision
 * is in force today, since no month could then be scored.
 */
@Readiness
@ApplicationScoped
public class RuleBookReadiness implements HealthCheck {

    private final RuleBooks ruleBooks;
    private final RuleBookCompilations compilations;
    private final RuleBookCache cache;
    private final ZoneId zone;

    public RuleBookReadiness(RuleBooks ruleBooks, RuleBookCompilations compilations, RuleBookCache cache,
            @ConfigProperty(name = "app.time-zone", defaultValue = "Asia/Shanghai") String zone) {
        this.ruleBooks = ruleBooks;
        this.compilations = compilations;
        this.cache = cache;
        this.zone = ZoneId.of(zone);
    }

    @Override
    public HealthCheckResponse call() {
        boolean compiling = compilations.preparing();
        int inForce = ruleBooks.inForce(LocalDate.now(zone)).size();
        return HealthCheckResponse.named("rule-books").status(!compiling && inForce > 0)
                .withData("compiling", compiling).withData("revisionsInForce", inForce)
                .withData("cached", cache.size()).withData("cacheCapacity", cache.capacity()).build();
    }
}
