package com.aftersales.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A year's calendar as HR set it, stored as its JSON document. */
@Entity
@Table(name = "calendar_year")
class CalendarYearEntity extends PanacheEntityBase {

    @Id
    public Integer year;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String document;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
