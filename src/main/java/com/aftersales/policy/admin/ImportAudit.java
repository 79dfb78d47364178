package com.aftersales.policy.admin;

import com.aftersales.policy.PolicyRevision;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;

/** After the shipped revisions are imported at start, puts each new one in the audit trail as IMPORTED. */
@ApplicationScoped
public class ImportAudit {

    @Transactional
    void onStart(@Observes @Priority(20) StartupEvent event) {
        List<PolicyRevision> shipped = PolicyRevision.list("source = 'SHIPPED' order by policyId, effectiveFrom, id");
        for (PolicyRevision r : shipped) {
            if (PolicyAudit.count("policyId = ?1 and revision = ?2 and action = ?3", r.policyId, r.revision,
                    PolicyAudit.Action.IMPORTED) == 0) {
                PolicyAudit a = new PolicyAudit();
                a.policyId = r.policyId;
                a.revision = r.revision;
                a.action = PolicyAudit.Action.IMPORTED;
                a.actor = r.createdBy;
                a.at = r.createdAt;
                a.effectiveFrom = r.effectiveFrom;
                a.note = r.note;
                a.detail = "{\"status\": \"" + r.status + "\", \"sha256\": \"" + r.sha256 + "\"}";
                a.persist();
            }
        }
    }
}
