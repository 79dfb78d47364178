package com.aftersales.policy.admin;

import com.aftersales.policy.PolicyRevision;
import com.aftersales.policy.RuleBooks;
import com.aftersales.policy.scenario.Scenarios;
import com.aftersales.problem.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stored side of uploads: the revision an upload is based on, and the report kept with a revision. */
@ApplicationScoped
public class Reports {

    private final RuleBooks ruleBooks;
    private final ObjectMapper json;

    public Reports(RuleBooks ruleBooks, ObjectMapper json) {
        this.ruleBooks = ruleBooks;
        this.json = json;
    }

    /** The revision in force on {@code day}, else the newest active one, else null. */
    @Transactional
    public PolicyRevision base(String policyId, LocalDate day) {
        com.aftersales.policy.Policy p = com.aftersales.policy.Policy.findById(policyId);
        if (p == null) {
            throw com.aftersales.problem.ProblemException.notFound(com.aftersales.problem.Text.of("notFound.policy", policyId));
        }
        return ruleBooks.inForce(day).stream().filter(r -> r.policyId.equals(policyId)).findFirst()
                .orElseGet(() -> PolicyRevision.active().stream().filter(r -> r.policyId.equals(policyId))
                        .max(Comparator.comparing((PolicyRevision r) -> r.effectiveFrom)).orElse(null));
    }

    /** The revision of {@code policyId} in force on {@code day}, if any. */
    @Transactional
    public java.util.Optional<PolicyRevision> inForce(String policyId, LocalDate day) {
        return ruleBooks.inForce(day).stream().filter(r -> r.policyId.equals(policyId)).findFirst();
    }

    @Transactional
    public void update(long revisionId, Map<String, Object> report) {
        PolicyRevision r = PolicyRevision.findById(revisionId);
        try {
            r.report = json.writeValueAsString(report);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public PolicyRevision reload(long revisionId) {
        return PolicyRevision.findById(revisionId);
    }

    static Map<String, Object> body(List<ApiError> errors, List<ApiError> warnings, Map<String, Object> facts,
            Scenarios.TestRun tests) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("errors", errors);
        out.put("warnings", warnings);
        out.put("facts", facts);
        if (tests != null) {
            out.put("tests", testSummary(tests));
        }
        return out;
    }

    static Map<String, Object> testSummary(Scenarios.TestRun tests) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("total", tests.total());
        t.put("passed", tests.passed());
        t.put("failed", tests.total() - tests.passed());
        t.put("failures", tests.failures());
        return t;
    }
}
