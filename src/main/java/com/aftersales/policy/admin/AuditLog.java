package com.aftersales.policy.admin;

import com.aftersales.audit.AuditTrail;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Writes and reads the audit trail of policy revisions. Each entry is written in a transaction of its
 * own, so a refused upload or activation is recorded even though the request fails.
 */
@ApplicationScoped
public class AuditLog {

    private final ObjectMapper json;
    private final AuditTrail trail;

    public AuditLog(ObjectMapper json, AuditTrail trail) {
        this.json = json;
        this.trail = trail;
    }

    /** One entry as GET /api/policies/{policyId}/audit gives it. */
    public record Entry(long id, String policyId, String revision, String action, String actor, OffsetDateTime at,
            LocalDate effectiveFrom, String note, JsonNode detail) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String policyId, String revision, PolicyAudit.Action action, String actor,
            LocalDate effectiveFrom, String note, Object detail) {
        PolicyAudit a = new PolicyAudit();
        a.policyId = policyId;
        a.revision = revision;
        a.action = action;
        a.actor = actor == null || actor.isBlank() ? "anonymous" : actor.trim();
        a.at = OffsetDateTime.now();
        a.effectiveFrom = effectiveFrom;
        a.note = note;
        try {
            a.detail = detail == null ? null : json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the detail of an audit entry cannot be written", e);
        }
        a.persist();
        // the one audit log of every write (GET /api/audit) names the revision's content by its sha256
        com.aftersales.policy.PolicyRevision r = revision == null ? null
                : com.aftersales.policy.PolicyRevision.find(policyId, revision);
        String sha = r == null ? null : r.sha256;
        trail.record(AuditTrail.Change.of(action.name(), "revision", policyId + "/" + (revision == null ? "-" : revision),
                action == PolicyAudit.Action.UPLOADED || action == PolicyAudit.Action.IMPORTED ? null : sha, sha)
                .concerning(java.util.List.of(), effectiveFrom, null)
                .withDetail(detailOf(r, effectiveFrom, note)));
    }

    private static java.util.Map<String, Object> detailOf(com.aftersales.policy.PolicyRevision r, LocalDate from,
            String note) {
        java.util.Map<String, Object> d = new java.util.LinkedHashMap<>();
        if (r != null) {
            d.put("status", r.status.name());
        }
        if (from != null) {
            d.put("effectiveFrom", from.toString());
        }
        if (note != null) {
            d.put("note", note);
        }
        return d;
    }

    @Transactional
    public List<Entry> list(String policyId, String revision) {
        List<PolicyAudit> rows = revision == null
                ? PolicyAudit.list("policyId = ?1 order by at, id", policyId)
                : PolicyAudit.list("policyId = ?1 and revision = ?2 order by at, id", policyId, revision);
        return rows.stream().map(a -> new Entry(a.id, a.policyId, a.revision, a.action.name(), a.actor, a.at,
                a.effectiveFrom, a.note, tree(a.detail))).toList();
    }

    private JsonNode tree(String s) {
        try {
            return s == null ? null : json.readTree(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored audit detail is not JSON", e);
        }
    }
}
