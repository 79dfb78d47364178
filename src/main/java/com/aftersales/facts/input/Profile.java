package com.aftersales.facts.input;

import java.time.LocalDate;

/** The scored employee as HR master data describes them (RULES.md §0.3 Employee). */
public final class Profile {

    private final String employeeId;
    private final String name;
    private final String branch;
    private final String department;
    private final boolean installer;
    private final boolean externalTeam;
    private final boolean managementPost;
    private final boolean commissionPaid;
    private final boolean formalEmployee;
    private final LocalDate hireDate;
    private final LocalDate branchFoundingDate;
    private final LocalDate marriageRegistrationDate;
    private final String supervisorId;

    public Profile(String employeeId, String name, String branch, String department, boolean installer,
            boolean externalTeam, boolean managementPost, boolean commissionPaid, boolean formalEmployee,
            LocalDate hireDate, LocalDate branchFoundingDate, LocalDate marriageRegistrationDate,
            String supervisorId) {
        this.employeeId = employeeId;
        this.name = name;
        this.branch = branch;
        this.department = department;
        this.installer = installer;
        this.externalTeam = externalTeam;
        this.managementPost = managementPost;
        this.commissionPaid = commissionPaid;
        this.formalEmployee = formalEmployee;
        this.hireDate = hireDate;
        this.branchFoundingDate = branchFoundingDate;
        this.marriageRegistrationDate = marriageRegistrationDate;
        this.supervisorId = supervisorId;
    }

    public String getEmployeeId() { return employeeId; }
    public String getName() { return name; }
    public String getBranch() { return branch; }
    public String getDepartment() { return department; }
    public boolean isInstaller() { return installer; }
    public boolean isExternalTeam() { return externalTeam; }
    public boolean isManagementPost() { return managementPost; }
    public boolean isCommissionPaid() { return commissionPaid; }
    public boolean isFormalEmployee() { return formalEmployee; }
    public LocalDate getHireDate() { return hireDate; }
    public LocalDate getBranchFoundingDate() { return branchFoundingDate; }
    public LocalDate getMarriageRegistrationDate() { return marriageRegistrationDate; }
    public String getSupervisorId() { return supervisorId; }
}
