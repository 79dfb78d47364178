package com.aftersales.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.rules.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule-book cache compiles a set of revisions once: a hit answers the rule book compiled before. */
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
    }
}
