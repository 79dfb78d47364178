package com.aftersales.policy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.io.Serializable;
import java.util.Objects;

/** One file of a revision, byte for byte as it was shipped or uploaded. */
@Entity
@Table(name = "policy_revision_file")
@IdClass(RevisionFile.Key.class)
public class RevisionFile extends PanacheEntityBase {

    @Id
    @Column(name = "revision_id")
    public Long revisionId;

    @Id
    public String name;

    public byte[] content;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 64)
    public String sha256;

    /** The composite key (revision, name). */
    public static class Key implements Serializable {
        public Long revisionId;
        public String name;

        public Key() {
        }

        public Key(Long revisionId, String name) {
            this.revisionId = revisionId;
            this.name = name;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.revisionId, revisionId) && Objects.equals(k.name, name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(revisionId, name);
        }
    }
}
