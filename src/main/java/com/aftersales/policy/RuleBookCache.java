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

    /**
     * The rule book of the revisions, compiled once per set of files; it names the revisions as they are
     * named now (a cached book may have been compiled while a revision had another effective date).
     */
    public CompiledRuleBook get(List<LoadedRevision> revisions) {
        String key = key(revisions);
        List<RevisionRef> refs = revisions.stream().sorted(java.util.Comparator.comparing(r -> r.ref().policy()))
                .map(LoadedRevision::ref).toList();
        return books.computeIfAbsent(key, k -> {
            long t = System.nanoTime();
            CompiledRuleBook book = compiler.compile(revisions);
            LOG.infof("compiled rule book %s (%s) in %d ms", book.hash().substring(0, 12),
                    revisions.stream().map(r -> r.ref().policy() + "@" + r.ref().revision()).toList(),
                    (System.nanoTime() - t) / 1_000_000);
            return book;
        }).withRevisions(refs);
    }

    public int size() {
        return books.size();
    }

    private static String key(List<LoadedRevision> revisions) {
        return revisions.stream().map(r -> r.ref().policy() + ":" + r.files().sha256()).sorted()
                .reduce("", (a, b) -> a + "|" + b);
    }
}
