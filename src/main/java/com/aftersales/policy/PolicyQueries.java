package com.aftersales.policy;

import com.aftersales.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Reads policies, their revisions and a revision's files, each in a transaction of its own. */
@ApplicationScoped
public class PolicyQueries {

    private final RuleBooks ruleBooks;
    private final ObjectMapper json;

    public PolicyQueries(RuleBooks ruleBooks, ObjectMapper json) {
        this.ruleBooks = ruleBooks;
        this.json = json;
    }

    /** One policy with its revisions. */
    public record PolicyView(String policyId, String title, String titleEn, String documentNo, String activeRevision,
            List<String> revisions) {
    }

    /** One revision as API.md lists it. */
    public record RevisionView(String policyId, String revision, String status, LocalDate effectiveFrom, String sha256,
            List<String> files, String source, String createdBy, OffsetDateTime createdAt, OffsetDateTime activatedAt,
            String note, JsonNode report) {

        /** The view for a reader of {@code locale}: each message of the report in Chinese where it was stored so. */
        public RevisionView in(java.util.Locale locale) {
            if (report == null || !com.aftersales.problem.Languages.chinese(locale)) {
                return this;
            }
            JsonNode zh = report.deepCopy();
            chinese(zh);
            return new RevisionView(policyId, revision, status, effectiveFrom, sha256, files, source, createdBy,
                    createdAt, activatedAt, note, zh);
        }

        private static void chinese(JsonNode node) {
            if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
                if (o.has("message") && o.path("zh").isTextual()) {
                    o.set("message", o.get("zh"));
                }
                o.forEach(RevisionView::chinese);
            } else if (node != null && node.isArray()) {
                node.forEach(RevisionView::chinese);
            }
        }
    }

    /** One file of a revision, byte for byte. */
    public record FileContent(String name, byte[] content, String sha256) {
    }

    @Transactional
    public List<PolicyView> policies(LocalDate day) {
        List<PolicyRevision> inForce = ruleBooks.inForce(day);
        return Policy.<Policy>listAll(Sort.by("policyId")).stream().map(p -> new PolicyView(p.policyId, p.titleZh,
                p.titleEn, p.documentNo,
                inForce.stream().filter(r -> r.policyId.equals(p.policyId)).map(r -> r.revision).findFirst().orElse(null),
                PolicyRevision.<PolicyRevision>list("policyId = ?1 order by effectiveFrom, id", p.policyId).stream()
                        .map(r -> r.revision).toList())).toList();
    }

    @Transactional
    public List<RevisionView> revisions(String policyId) {
        policy(policyId);
        return PolicyRevision.<PolicyRevision>list("policyId = ?1 order by effectiveFrom, id", policyId).stream()
                .map(this::view).toList();
    }

    @Transactional
    public RevisionView revision(String policyId, String revision) {
        return view(revisionOf(policyId, revision));
    }

    /** A stored revision as the API shows it, read afresh. */
    @Transactional
    public RevisionView view(long revisionId) {
        return view(PolicyRevision.<PolicyRevision>findById(revisionId));
    }

    @Transactional
    public FileContent file(String policyId, String revision, String name) {
        PolicyRevision r = revisionOf(policyId, revision);
        RevisionFile f = RevisionFile.findById(new RevisionFile.Key(r.id, name));
        if (f == null) {
            throw ProblemException.notFound(com.aftersales.problem.Text.of("notFound.file", revision, policyId, name));
        }
        return new FileContent(f.name, f.content, f.sha256);
    }

    /** The policy, or 404. */
    @Transactional
    public Policy policy(String policyId) {
        Policy p = Policy.findById(policyId);
        if (p == null) {
            throw ProblemException.notFound(com.aftersales.problem.Text.of("notFound.policy", policyId));
        }
        return p;
    }

    /** The revision of the policy, or 404 naming which of the two is unknown. */
    @Transactional
    public PolicyRevision revisionOf(String policyId, String revision) {
        policy(policyId);
        PolicyRevision r = PolicyRevision.find(policyId, revision);
        if (r == null) {
            throw ProblemException.notFound(com.aftersales.problem.Text.of("notFound.revision", policyId, revision));
        }
        return r;
    }

    private RevisionView view(PolicyRevision r) {
        List<String> files = RevisionFile.<RevisionFile>list("revisionId = ?1 order by name", r.id).stream()
                .map(f -> f.name).toList();
        return new RevisionView(r.policyId, r.revision, r.status.name(), r.effectiveFrom, r.sha256, files, r.source,
                r.createdBy, r.createdAt, r.activatedAt, r.note, report(r));
    }

    /** The stored report as JSON; a report that is not JSON is a bug, not something to hide. */
    private JsonNode report(PolicyRevision r) {
        try {
            return r.report == null ? null : json.readTree(r.report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report of revision " + r.id + " is not JSON", e);
        }
    }
}
