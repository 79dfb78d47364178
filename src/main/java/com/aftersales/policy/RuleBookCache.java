package com.aftersales.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Compiled rule books by the combined hash of their revisions' files: each set of revisions is compiled
 * once, however many months, employees and threads ask for it (a second caller waits for the first
 * one's compile). The cache is bounded: beyond {@code app.rule-books.cache-size} books the least recently
 * used one is dropped; two sets of the same content (a revert)
 * share the compiled rules, each named by its own revisions; {@link #evict} drops the books of a candidate once it is activated or refused.
 */
@ApplicationScoped
public class RuleBookCache {

    static final int DEFAULT_CAPACITY = 8;
    private static final Logger LOG = Logger.getLogger(RuleBookCache.class);

    private final RuleBookCompiler compiler = new RuleBookCompiler();
    private final int capacity;
    /** Access-ordered: the eldest entry is the least recently used. Guarded by itself. */
    private final LinkedHashMap<String, CompletableFuture<CompiledRuleBook>> books = new LinkedHashMap<>(16, 0.75f, true);
    private final AtomicInteger compiling = new AtomicInteger();
    private final AtomicLong compiled = new AtomicLong();

    public RuleBookCache() {
        this(DEFAULT_CAPACITY);
    }

    @Inject
    public RuleBookCache(@ConfigProperty(name = "app.rule-books.cache-size", defaultValue = "8") int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("app.rule-books.cache-size must be at least 1: " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * The rule book of the revisions, compiled on this thread unless another has compiled it or is compiling
     * it; it names the revisions as they are named now (a cached book may have been compiled while a revision
     * had another effective date).
     */
    public CompiledRuleBook get(List<LoadedRevision> revisions) {
        String key = key(revisions);
        List<RevisionRef> refs = revisions.stream().sorted(Comparator.comparing(r -> r.ref().policy()))
                .map(LoadedRevision::ref).toList();
        CompletableFuture<CompiledRuleBook> mine = null;
        CompletableFuture<CompiledRuleBook> book;
        synchronized (books) {
            book = books.get(key);
            if (book == null) {
                mine = new CompletableFuture<>();
                book = mine;
                books.put(key, mine);
            }
        }
        if (mine != null) {
            compile(key, revisions, mine);
        }
        try {
            return book.join().withRevisions(refs);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void compile(String key, List<LoadedRevision> revisions, CompletableFuture<CompiledRuleBook> into) {
        compiling.incrementAndGet();
        long t = System.nanoTime();
        try {
            CompiledRuleBook book = compiler.compile(revisions);
            compiled.incrementAndGet();
            LOG.infof("compiled rule book %s (%s) in %d ms", book.hash().substring(0, 12),
                    revisions.stream().map(r -> r.ref().policy() + "@" + r.ref().revision()).toList(),
                    (System.nanoTime() - t) / 1_000_000);
            into.complete(book);
        } catch (RuntimeException e) {
            synchronized (books) {
                books.remove(key, into);
            }
            into.completeExceptionally(e);
        } finally {
            compiling.decrementAndGet();
            trim();
        }
    }

    /** Drops least recently used books beyond the capacity; a book being compiled is never dropped. */
    private void trim() {
        synchronized (books) {
            Iterator<CompletableFuture<CompiledRuleBook>> it = books.values().iterator();
            while (books.size() > capacity && it.hasNext()) {
                if (it.next().isDone()) {
                    it.remove();
                }
            }
        }
    }

    /**
     * Drops every book compiled with these files of {@code policy} (a candidate's, after its activation or
     * refusal), except the books of {@code keep}: the sets in force, which use the same files once activated.
     */
    public int evict(String policy, String sha256, Collection<List<LoadedRevision>> keep) {
        String part = policy + ":" + sha256;
        Set<String> kept = keep.stream().map(RuleBookCache::key).collect(java.util.stream.Collectors.toSet());
        int dropped = 0;
        synchronized (books) {
            for (Iterator<Map.Entry<String, CompletableFuture<CompiledRuleBook>>> it = books.entrySet().iterator();
                    it.hasNext();) {
                Map.Entry<String, CompletableFuture<CompiledRuleBook>> e = it.next();
                if (List.of(e.getKey().split("\\|")).contains(part) && !kept.contains(e.getKey()) && e.getValue().isDone()) {
                    it.remove();
                    dropped++;
                }
            }
        }
        return dropped;
    }

    /** Whether the book of these revisions is compiled and held. */
    public boolean holds(List<LoadedRevision> revisions) {
        synchronized (books) {
            CompletableFuture<CompiledRuleBook> f = books.get(key(revisions));
            return f != null && f.isDone() && !f.isCompletedExceptionally();
        }
    }

    /** How many books are being compiled right now. */
    public int compiling() {
        return compiling.get();
    }

    /** How many books this cache has compiled since it was made (a hit compiles nothing). */
    public long compiled() {
        return compiled.get();
    }

    public int size() {
        synchronized (books) {
            return books.size();
        }
    }

    public int capacity() {
        return capacity;
    }

    private static String key(List<LoadedRevision> revisions) {
        return revisions.stream().map(r -> r.ref().policy() + ":" + r.files().sha256()).sorted()
                .reduce((a, b) -> a + "|" + b).orElse("");
    }
}
