package com.aftersales.scoring;

import com.aftersales.facts.result.Flag;
import com.aftersales.facts.result.Line;
import com.aftersales.policy.CompiledRuleBook;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Scores one branch-month with one rule book (the one in force on the month's last day): derives its
 * facts, fires them in a fresh session, and returns what the rules inserted — result facts and flags,
 * money lines excluded (branch rules price nothing). Plain Java, thread-safe, no I/O.
 */
public final class BranchMonthScorer {

    private final List<BranchFactDeriver> derivers;

    public BranchMonthScorer(List<BranchFactDeriver> derivers) {
        this.derivers = List.copyOf(derivers);
    }

    public ScoredBranch score(BranchMonth month, CompiledRuleBook book) {
        List<Object> facts = new ArrayList<>();
        derivers.forEach(d -> d.derive(month, facts::add));
        Set<Object> inputs = Collections.newSetFromMap(new IdentityHashMap<>());
        inputs.addAll(facts);
        book.parameters().forEach(inputs::add);
        return RuleSessions.fire(book, facts, null, session -> {
            List<Object> results = new ArrayList<>();
            List<Flag> flags = new ArrayList<>();
            for (Object o : session.getObjects(o -> !inputs.contains(o) && !(o instanceof Line))) {
                if (o instanceof Flag f) {
                    flags.add(f);
                } else {
                    results.add(o);
                }
            }
            return new ScoredBranch(month.branch(), month.period(), results, flags);
        });
    }
}
