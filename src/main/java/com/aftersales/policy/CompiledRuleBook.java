package com.aftersales.policy;

import com.aftersales.facts.Parameter;
import com.aftersales.facts.Params;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kie.api.KieBase;

/**
 * A rule book: the revisions in force together (one per policy), compiled once into a KieBase,
 * with their clause catalogues and parameters. Identified by the hash of its revisions' hashes.
 */
public record CompiledRuleBook(String hash, KieBase kieBase, List<RevisionRef> revisions,
        Map<String, Map<String, Clause>> catalogue, List<Parameter> parameters, Params params,
        Set<String> globals) {

    /**
     * The same compiled rules named by other revisions of the same content (a revert: an earlier
     * revision's files again from a later date), so each window's lines name the revision in force.
     */
    public CompiledRuleBook namedBy(List<RevisionRef> refs) {
        List<RevisionRef> named = revisions.stream().map(r -> refs.stream()
                .filter(o -> o.policy().equals(r.policy()) && o.sha256().equals(r.sha256())).findFirst().orElse(r))
                .toList();
        return named.equals(revisions) ? this
                : new CompiledRuleBook(hash, kieBase, named, catalogue, parameters, params, globals);
    }

    public Optional<RevisionRef> revisionOf(String policy) {
        return revisions.stream().filter(r -> r.policy().equals(policy)).findFirst();
    }

    public Optional<Clause> clause(String policy, String ruleId) {
        return Optional.ofNullable(catalogue.getOrDefault(policy, Map.of()).get(ruleId));
    }
}
