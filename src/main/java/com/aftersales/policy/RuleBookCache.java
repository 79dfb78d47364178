package com.aftersales.policy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Compiled rule books by the combined hash of their revisions: each set of revisions is compiled
 * once per process, however many months and employees use it. Two sets of the same content (a
 * revert) share the compiled rules, each named by its own revisions.
 */
@ApplicationScoped
public class RuleBookCache {

    private static final Logger LOG = Logger.getLogger(RuleBookCache.class);

    private final RuleBookCompiler compiler = new RuleBookCompiler();
    private final Map<String, CompiledRuleBook> books = new ConcurrentHashMap<>();

    public CompiledRuleBook get(List<LoadedRevision> revisions) {
        String key = key(revisions);
        return books.computeIfAbsent(key, k -> compile(revisions)).namedBy(revisions.stream().map(LoadedRevision::ref)
                .toList());
    }

    private CompiledRuleBook compile(List<LoadedRevision> revisions) {
        long t = System.nanoTime();
        CompiledRuleBook book = compiler.compile(revisions);
        LOG.infof("compiled rule book %s (%s) in %d ms", book.hash().substring(0, 12),
                revisions.stream().map(r -> r.ref().policy() + "@" + r.ref().revision()).toList(),
                (System.nanoTime() - t) / 1_000_000);
        return book;
    }

    public int size() {
        return books.size();
    }

    private static String key(List<LoadedRevision> revisions) {
        return revisions.stream().map(r -> r.ref().policy() + ":" + r.files().sha256()).sorted()
                .reduce("", (a, b) -> a + "|" + b);
    }
}
