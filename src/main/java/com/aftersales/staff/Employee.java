package com.aftersales.staff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An employee as HR master data describes them (RULES.md §0.3 Employee). */
@Entity
@Table(name = "employee")
public class Employee extends PanacheEntityBase {

    @Id
    @Column(name = "employee_id")
    public String employeeId;

    public String name;

    @Column(name = "branch_id")
    public String branchId;

    public String department;

    public boolean installer;

    @Column(name = "external_team")
    public boolean externalTeam;

    @Column(name = "management_post")
    public boolean managementPost;

    @Column(name = "commission_paid")
    public boolean commissionPaid;

    @Column(name = "formal_employee")
    public boolean formalEmployee;

    @Column(name = "hire_date")
    public LocalDate hireDate;

    @Column(name = "marriage_registration_date")
    public LocalDate marriageRegistrationDate;

    @Column(name = "supervisor_id")
    public String supervisorId;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
