package com.aftersales.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.rules.RuleHarness;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The rule-book cache compiles a set of revisions once (a hit answers the rule book compiled before, and
 * callers that ask together wait for one compile), holds at most its capacity, dropping the least recently
 * used, and drops a candidate's books on request but for those in force.
 */
class RuleBookCacheTest {

    @Test
    void aCacheHitCompilesNothing() {
        RuleBookCache cache = new RuleBookCache();
        List<LoadedRevision> commission = List.of(RevisionFolders.loaded(RevisionFolders.latest(RuleHarness.RULES,
                "commission")));
        CompiledRuleBook first = cache.get(commission);
        CompiledRuleBook again = cache.get(List.of(RevisionFolders.loaded(RevisionFolders.latest(RuleHarness.RULES,
                "commission"))));
        assertThat(again).isSameAs(first);
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.compiled()).isEqualTo(1);
    }

    @Test
    void callersAskingTogetherWaitForOneCompile() throws Exception {
        RuleBookCache cache = new RuleBookCache();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            CyclicBarrier together = new CyclicBarrier(3);
            List<Future<CompiledRuleBook>> books = List.of(1, 2, 3).stream().map(i -> pool.submit(() -> {
                together.await();
                return cache.get(tiny("one", "A"));
            })).toList();
            CompiledRuleBook first = books.get(0).get();
            assertThat(books.get(1).get().kieBase()).isSameAs(first.kieBase());
            assertThat(books.get(2).get().kieBase()).isSameAs(first.kieBase());
            assertThat(cache.compiled()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void holdsAtMostItsCapacityDroppingTheLeastRecentlyUsed() {
        RuleBookCache cache = new RuleBookCache(2);
        cache.get(tiny("one", "A"));
        cache.get(tiny("two", "B"));
        cache.get(tiny("one", "A")); // "two" is now the least recently used
        cache.get(tiny("three", "C"));

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.holds(tiny("one", "A"))).isTrue();
        assertThat(cache.holds(tiny("two", "B"))).isFalse();
        assertThat(cache.holds(tiny("three", "C"))).isTrue();
        long compiled = cache.compiled();
        cache.get(tiny("two", "B"));
        assertThat(cache.compiled()).isEqualTo(compiled + 1);
    }

    @Test
    void dropsTheBooksOfACandidateButThoseInForce() {
        RuleBookCache cache = new RuleBookCache();
        List<LoadedRevision> inForce = List.of(tinyRevision("p", "candidate"), tinyRevision("q", "other"));
        List<LoadedRevision> preview = List.of(tinyRevision("p", "candidate"), tinyRevision("q", "older"));
        List<LoadedRevision> unrelated = List.of(tinyRevision("q", "other"));
        cache.get(inForce);
        cache.get(preview);
        cache.get(unrelated);

        int dropped = cache.evict("p", tinyRevision("p", "candidate").files().sha256(), List.of(inForce));

        assertThat(dropped).isEqualTo(1);
        assertThat(cache.holds(inForce)).isTrue();
        assertThat(cache.holds(preview)).isFalse();
        assertThat(cache.holds(unrelated)).isTrue();
    }

    /** A rule book of one tiny policy whose one rule is named {@code rule}. */
    private static List<LoadedRevision> tiny(String policy, String rule) {
        return List.of(tinyRevision(policy, rule));
    }

    private static LoadedRevision tinyRevision(String policy, String rule) {
        String drl = "package " + policy + ";\nrule \"" + rule + "\"\nwhen\nthen\nend\n";
        RevisionFiles files = new RevisionFiles(policy, Map.of("rules.drl", drl.getBytes(StandardCharsets.UTF_8)));
        return new LoadedRevision(new RevisionRef(policy, "2024-01-01", files.sha256(), LocalDate.of(2024, 1, 1)), files);
    }
}
