package com.aftersales.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** The rule ids the active revisions' clause catalogues know, e.g. to check an incident's code. */
@ApplicationScoped
public class RuleCatalogue {

    private final PolicyStore store;
    private final Map<Long, Set<String>> byRevision = new ConcurrentHashMap<>();

    public RuleCatalogue(PolicyStore store) {
        this.store = store;
    }

    @Transactional
    public Set<String> ruleIds() {
        Set<String> out = new TreeSet<>();
        for (PolicyRevision r : PolicyRevision.active()) {
            out.addAll(byRevision.computeIfAbsent(r.id, id -> {
                Set<String> ids = new TreeSet<>();
                DataSheets.read(store.load(r).files()).clauses().forEach(c -> ids.add(c.ruleId()));
                return ids;
            }));
        }
        return out;
    }
}
