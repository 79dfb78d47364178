package com.aftersales.staff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** A branch company (分公司): its founding date (annual-leave seniority) and default shift. */
@Entity
@Table(name = "branch")
public class Branch extends PanacheEntityBase {

    @Id
    @Column(name = "branch_id")
    public String branchId;

    public String name;

    @Column(name = "founding_date")
    public LocalDate foundingDate;

    @Column(name = "shift_start")
    public LocalTime shiftStart;

    @Column(name = "shift_end")
    public LocalTime shiftEnd;

    @Column(name = "closed_on_holidays")
    public boolean closedOnHolidays;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
