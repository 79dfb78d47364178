package com.aftersales.policy;

import com.aftersales.facts.input.Parameter;
import com.aftersales.facts.input.Params;
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

    /** The same rules under other names of their revisions (e.g. an effective date moved by activation). */
    public CompiledRuleBook withRevisions(List<RevisionRef> refs) {
        return refs.equals(revisions) ? this
                : new CompiledRuleBook(hash, kieBase, List.copyOf(refs), catalogue, parameters, params, globals);
    }

    public Optional<RevisionRef> revisionOf(String policy) {
        return revisions.stream().filter(r -> r.policy().equals(policy)).findFirst();
    }

    public Optional<Clause> clause(String policy, String ruleId) {
        return Optional.ofNullable(catalogue.getOrDefault(policy, Map.of()).get(ruleId));
    }
}
