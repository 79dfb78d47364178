package com.aftersales.policy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One immutable revision of a policy: its files' hash, effective date, status and validation report. */
@Entity
@Table(name = "policy_revision")
public class PolicyRevision extends PanacheEntityBase {

    /** Lifecycle of a revision. */
    public enum Status { CANDIDATE, ACTIVE, REJECTED, RETIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "policy_id")
    public String policyId;

    public String revision;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 64)
    public String sha256;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;

    /** SHIPPED (imported from rules/) or UPLOAD. */
    public String source;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "activated_at")
    public OffsetDateTime activatedAt;

    public String note;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String report;

    public RevisionRef ref() {
        return new RevisionRef(policyId, revision, sha256, effectiveFrom);
    }

    public static List<PolicyRevision> active() {
        return list("status = ?1 order by policyId, effectiveFrom, activatedAt, id", Status.ACTIVE);
    }

    public static PolicyRevision find(String policy, String revision) {
        return find("policyId = ?1 and revision = ?2", policy, revision).firstResult();
    }
}
