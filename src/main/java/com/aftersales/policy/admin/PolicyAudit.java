package com.aftersales.policy.admin;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of a policy's audit trail: an action on a revision, by whom, when, with which note. */
@Entity
@Table(name = "policy_audit")
public class PolicyAudit extends PanacheEntityBase {

    /** What happened. */
    public enum Action { IMPORTED, UPLOADED, VALIDATED, REFUSED, ACTIVATED, ACTIVATION_REFUSED, RETIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "policy_id")
    public String policyId;

    /** The revision's label; null for a refused upload, which stores no revision. */
    public String revision;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Action action;

    public String actor;

    public OffsetDateTime at;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    public String note;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String detail;
}
