package com.aftersales.policy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A handbook document whose rules are versioned as revisions (attendance, conduct, visits, ...). */
@Entity
@Table(name = "policy")
public class Policy extends PanacheEntityBase {

    @Id
    @Column(name = "policy_id")
    public String policyId;

    @Column(name = "title_zh")
    public String titleZh;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "document_no")
    public String documentNo;
}
