package com.aftersales.policy.admin;

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

    public AuditLog(ObjectMapper json) {
        this.json = json;
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
