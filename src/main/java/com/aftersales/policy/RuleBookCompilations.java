package com.aftersales.policy;

import com.aftersales.problem.ProblemException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Compiles rule books before anything needs them, never inside a request's transaction: at start, those of
 * the revisions in force this month and last (in the background: the service is not ready until they are
 * compiled); at upload, a candidate's, with the other policies' revisions in force on its effective date;
 * after a candidate is activated or refused, its books leave the cache, but for those now in force.
 */
@ApplicationScoped
public class RuleBookCompilations {

    private static final Logger LOG = Logger.getLogger(RuleBookCompilations.class);

    private final RuleBooks ruleBooks;
    private final RuleBookCache cache;
    private final boolean atStart;
    private final ZoneId zone;
    private final AtomicInteger preparing = new AtomicInteger();
    private final ExecutorService background;

    public RuleBookCompilations(RuleBooks ruleBooks, RuleBookCache cache,
            @ConfigProperty(name = "app.rule-books.compile-at-start", defaultValue = "true") boolean atStart,
            @ConfigProperty(name = "app.time-zone", defaultValue = "Asia/Shanghai") String zone) {
        this.ruleBooks = ruleBooks;
        this.cache = cache;
        this.atStart = atStart;
        this.zone = ZoneId.of(zone);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        this.background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rule-book-compile");
            t.setDaemon(true);
            t.setContextClassLoader(loader);
            return t;
        });
    }

    /** After the shipped revisions are imported (priority 10). */
    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (atStart) {
            prepareInForce();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        background.shutdownNow();
    }

    /** Compiles, in the background, the rule books in force this month and last; readiness is DOWN meanwhile. */
    public Future<?> prepareInForce() {
        preparing.incrementAndGet();
        return background.submit(() -> {
            try {
                for (YearMonth month : months()) {
                    try {
                        ruleBooks.windows(month);
                    } catch (ProblemException e) {
                        LOG.warnf("no rule book to compile for %s: %s", month, e.getMessage());
                    }
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "the rule books in force could not be compiled");
            } finally {
                preparing.decrementAndGet();
            }
        });
    }

    /** Whether the rule books in force are being compiled. */
    public boolean preparing() {
        return preparing.get() > 0;
    }

    /** Compiles a candidate's rule book: the candidate with the other policies' revisions in force on its date. */
    public void prepareCandidate(PolicyRevision candidate) {
        try {
            ruleBooks.windows(YearMonth.from(candidate.effectiveFrom), Map.of(candidate.policyId, candidate));
        } catch (RuleCompileException | ProblemException e) {
            // the candidate's own tests and preview report it where the admin looks
            LOG.warnf("the rule book of candidate %s of %s does not compile with the revisions in force: %s",
                    candidate.revision, candidate.policyId, e.getMessage());
        }
    }

    /**
     * A candidate was activated or refused: its books leave the cache, but for the books now in force (which,
     * once it is active, may be its own); after an activation the books in force are compiled.
     */
    public void settled(PolicyRevision candidate, boolean activated) {
        List<List<LoadedRevision>> inForce = new ArrayList<>();
        for (YearMonth month : months()) {
            try {
                ruleBooks.sets(month, Map.of()).forEach(w -> inForce.add(w.revisions()));
            } catch (ProblemException e) {
                // nothing in force that month: nothing to keep
            }
        }
        int dropped = cache.evict(candidate.policyId, candidate.sha256, inForce);
        LOG.infof("revision %s of %s %s: %d rule book(s) of it dropped from the cache", candidate.revision,
                candidate.policyId, activated ? "activated" : "refused", dropped);
        if (activated) {
            prepareInForce();
        }
    }

    private List<YearMonth> months() {
        YearMonth now = YearMonth.from(LocalDate.now(zone));
        return List.of(now.minusMonths(1), now);
    }
}
