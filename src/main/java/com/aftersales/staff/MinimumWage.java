package com.aftersales.staff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The local minimum monthly wage (最低工资标准) of a branch from a day on, until the next row of the branch: data HR
 * keeps (PUT /api/branches/{id}/minimum-wages), which the statutory guard LEGAL_LIMIT compares pay with.
 */
@Entity
@Table(name = "branch_minimum_wage")
@IdClass(MinimumWage.Key.class)
public class MinimumWage extends PanacheEntityBase {

    @Id
    @Column(name = "branch_id")
    public String branchId;

    @Id
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    public BigDecimal amount;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** The composite key (branch, effective date). */
    public static class Key implements Serializable {
        public String branchId;
        public LocalDate effectiveFrom;

        public Key() {
        }

        public Key(String branchId, LocalDate effectiveFrom) {
            this.branchId = branchId;
            this.effectiveFrom = effectiveFrom;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.branchId, branchId) && Objects.equals(k.effectiveFrom,
                    effectiveFrom);
        }

        @Override
        public int hashCode() {
            return Objects.hash(branchId, effectiveFrom);
        }
    }
}
