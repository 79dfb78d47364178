package com.aftersales.staff;

import com.aftersales.audit.AuditTrail;
import com.aftersales.staff.StaffDtos.BranchBody;
import com.aftersales.staff.StaffDtos.EmployeeBody;
import com.aftersales.staff.StaffDtos.WageBody;
import com.aftersales.problem.ApiError;
import com.aftersales.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Upserts branches, employees and monthly wages; every bad item is reported, nothing half-stored. */
@ApplicationScoped
public class StaffService {

    private final Validator validator;
    private final AuditTrail audit;

    public StaffService(Validator validator, AuditTrail audit) {
        this.validator = validator;
        this.audit = audit;
    }

    private static String hash(Branch b) {
        return b == null ? null : AuditTrail.sha256(b.name + "|" + b.foundingDate + "|" + b.shiftStart + "|" + b.shiftEnd
                + "|" + b.closedOnHolidays);
    }

    private static String hash(Employee e) {
        return e == null ? null : AuditTrail.sha256(e.name + "|" + e.branchId + "|" + e.department + "|" + e.installer
                + "|" + e.externalTeam + "|" + e.managementPost + "|" + e.commissionPaid + "|" + e.formalEmployee + "|"
                + e.hireDate + "|" + e.marriageRegistrationDate + "|" + e.supervisorId);
    }

    private static String hash(Wage w) {
        return w == null ? null : AuditTrail.sha256(w.dailyAvgWage + "|" + w.monthlyWage);
    }

    private static String action(String before, String after) {
        return before == null ? "CREATED" : before.equals(after) ? "UNCHANGED" : "UPDATED";
    }

    @Transactional
    public Branch putBranch(String branchId, BranchBody body) {
        checkId("/branchId", branchId);
        Branch b = Branch.findById(branchId);
        String before = hash(b);
        if (b == null) {
            b = new Branch();
            b.branchId = branchId;
        }
        b.name = body.name();
        b.foundingDate = body.foundingDate();
        b.shiftStart = body.shiftStart();
        b.shiftEnd = body.shiftEnd();
        b.closedOnHolidays = Boolean.TRUE.equals(body.closedOnHolidays());
        b.updatedAt = OffsetDateTime.now();
        b.persist();
        String after = hash(b);
        if (!after.equals(before)) {
            audit.record(AuditTrail.Change.of(action(before, after), "branch", branchId, before, after));
        }
        return b;
    }

    @Transactional
    public List<Employee> putEmployees(List<EmployeeBody> bodies) {
        if (bodies == null || bodies.isEmpty()) {
            throw ProblemException.badRequest("/", com.aftersales.problem.Text.of("staff.noEmployees"));
        }
        List<ApiError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> branches = new HashSet<>();
        Branch.<Branch>listAll().forEach(b -> branches.add(b.branchId));
        for (int i = 0; i < bodies.size(); i++) {
            EmployeeBody e = bodies.get(i);
            String at = bodies.size() == 1 && e.employeeId() != null ? "" : "/" + i;
            if (e == null) {
                errors.add(ApiError.of("/" + i, "staff.notObject"));
                continue;
            }
            for (ConstraintViolation<EmployeeBody> v : validator.validate(e)) {
                errors.add(new ApiError(at + "/" + v.getPropertyPath(), v.getMessage()));
            }
            if (e.branch() != null && !branches.contains(e.branch())) {
                errors.add(ApiError.of(at + "/branch", "clock.unknownBranch", e.branch()));
            }
            if (e.employeeId() != null && !seen.add(e.employeeId())) {
                errors.add(ApiError.of(at + "/employeeId", "staff.twice", e.employeeId()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(com.aftersales.problem.Text.of("staff.employeesInvalid"), errors);
        }
        List<Employee> out = new ArrayList<>();
        List<AuditTrail.Change> changes = new ArrayList<>();
        for (EmployeeBody body : bodies) {
            Employee e = Employee.findById(body.employeeId());
            String before = hash(e);
            if (e == null) {
                e = new Employee();
                e.employeeId = body.employeeId();
            }
            e.name = body.name();
            e.branchId = body.branch();
            e.department = body.department();
            e.installer = yes(body.installer());
            e.externalTeam = yes(body.externalTeam());
            e.managementPost = yes(body.managementPost());
            e.commissionPaid = yes(body.commissionPaid());
            e.formalEmployee = yes(body.formalEmployee());
            e.hireDate = body.hireDate();
            e.marriageRegistrationDate = body.marriageRegistrationDate();
            e.supervisorId = body.supervisorId();
            e.updatedAt = OffsetDateTime.now();
            e.persist();
            out.add(e);
            String after = hash(e);
            if (!after.equals(before)) {
                changes.add(AuditTrail.Change.of(action(before, after), "employee", e.employeeId, before, after)
                        .concerning(List.of(e.employeeId), null, null));
            }
        }
        audit.record(changes);
        return out;
    }

    @Transactional
    public int putWages(YearMonth period, List<WageBody> bodies) {
        if (bodies == null || bodies.isEmpty()) {
            throw ProblemException.badRequest("/", com.aftersales.problem.Text.of("staff.noWages"));
        }
        List<ApiError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < bodies.size(); i++) {
            WageBody w = bodies.get(i);
            if (w == null) {
                errors.add(ApiError.of("/" + i, "staff.notObject"));
                continue;
            }
            for (ConstraintViolation<WageBody> v : validator.validate(w)) {
                errors.add(new ApiError("/" + i + "/" + v.getPropertyPath(), v.getMessage()));
            }
            if (w.employeeId() != null) {
                if (seen.putIfAbsent(w.employeeId(), i) != null) {
                    errors.add(ApiError.of("/" + i + "/employeeId", "staff.twice", w.employeeId()));
                } else if (Employee.findById(w.employeeId()) == null) {
                    errors.add(ApiError.of("/" + i + "/employeeId", "clock.unknownEmployee", w.employeeId()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(com.aftersales.problem.Text.of("staff.wagesInvalid"), errors);
        }
        List<AuditTrail.Change> changes = new ArrayList<>();
        for (WageBody body : bodies) {
            Wage w = Wage.findById(new Wage.Key(period.toString(), body.employeeId()));
            String before = hash(w);
            if (w == null) {
                w = new Wage();
                w.period = period.toString();
                w.employeeId = body.employeeId();
            }
            w.dailyAvgWage = body.dailyAvgWage();
            w.monthlyWage = body.monthlyWage();
            w.persist();
            String after = hash(w);
            if (!after.equals(before)) {
                changes.add(AuditTrail.Change.of(action(before, after), "wage", period + ":" + body.employeeId(), before,
                        after).inPeriod(period).concerning(List.of(body.employeeId()), null, null));
            }
        }
        audit.record(changes);
        return bodies.size();
    }

    private static void checkId(String location, String id) {
        if (id == null || !id.matches("[A-Za-z0-9_.:-]{1,64}")) {
            throw ProblemException.badRequest(location, com.aftersales.problem.Text.of("input.id"));
        }
    }

    private static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
