package com.aftersales.staff;

import com.aftersales.record.RecordId;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/** The JSON shapes of branches, employees and wages (API.md reference data). */
public final class StaffDtos {

    private StaffDtos() {
    }

    /** PUT /api/branches/{branchId}. */
    public record BranchBody(@NotBlank @Size(max = 200) String name, @NotNull LocalDate foundingDate,
            @NotNull LocalTime shiftStart, @NotNull LocalTime shiftEnd, Boolean closedOnHolidays) {
    }

    /** A branch as answered. */
    public record BranchView(String branchId, String name, LocalDate foundingDate, LocalTime shiftStart,
            LocalTime shiftEnd, boolean closedOnHolidays) {
        static BranchView of(Branch b) {
            return new BranchView(b.branchId, b.name, b.foundingDate, b.shiftStart, b.shiftEnd, b.closedOnHolidays);
        }
    }

    /** An employee, as PUT /api/employees/{id} and the items of POST /api/employees take and answer it. */
    public record EmployeeBody(@RecordId String employeeId, @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 64) String branch, @Size(max = 64) String department, Boolean installer,
            Boolean externalTeam, Boolean managementPost, Boolean commissionPaid, Boolean formalEmployee,
            @NotNull LocalDate hireDate, LocalDate marriageRegistrationDate, @Size(max = 64) String supervisorId) {

        static EmployeeBody of(Employee e) {
            return new EmployeeBody(e.employeeId, e.name, e.branchId, e.department, e.installer, e.externalTeam,
                    e.managementPost, e.commissionPaid, e.formalEmployee, e.hireDate, e.marriageRegistrationDate,
                    e.supervisorId);
        }

        EmployeeBody withId(String id) {
            return new EmployeeBody(id, name, branch, department, installer, externalTeam, managementPost,
                    commissionPaid, formalEmployee, hireDate, marriageRegistrationDate, supervisorId);
        }
    }

    /** One item of PUT /api/periods/{period}/wages. */
    public record WageBody(@RecordId String employeeId,
            @NotNull @DecimalMin("0") @DecimalMax(value = "1000000000", inclusive = false)
            @Digits(integer = 9, fraction = 4) BigDecimal dailyAvgWage,
            @DecimalMin("0") @DecimalMax(value = "1000000000", inclusive = false)
            @Digits(integer = 9, fraction = 2) BigDecimal monthlyWage) {
    }

    /**
     * One item of PUT /api/branches/{branchId}/minimum-wages: the branch's minimum monthly wage from {@code effectiveFrom}
     * on (yuan, more than 0, two decimals).
     */
    public record MinimumWageBody(@NotNull LocalDate effectiveFrom,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1000000000", inclusive = false)
            @Digits(integer = 9, fraction = 2) BigDecimal amount) {

        static MinimumWageBody of(MinimumWage m) {
            return new MinimumWageBody(m.effectiveFrom, m.amount);
        }
    }
}
