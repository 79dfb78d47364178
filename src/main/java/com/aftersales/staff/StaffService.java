package com.aftersales.staff;

import com.aftersales.audit.AuditTrail;
import com.aftersales.staff.StaffDtos.BranchBody;
import com.aftersales.staff.StaffDtos.EmployeeBody;
import com.aftersales.staff.StaffDtos.MinimumWageBody;
import com.aftersales.staff.StaffDtos.WageBody;
import com.aftersales.problem.ApiError;
import com.aftersales.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

    /** The minimum wages of a branch, oldest first; 404 for an unknown branch. */
    public List<MinimumWage> minimumWages(String branchId) {
        knownBranch(branchId);
        return MinimumWage.<MinimumWage>list("branchId = ?1 order by effectiveFrom", branchId);
    }

    /**
     * Replaces the minimum wages of a branch with those given (an empty list removes them all): each row is the
     * branch's minimum monthly wage from its date on. Every bad item is reported with its place, nothing is stored
     * then; each row created, changed or removed is a change of the audit log.
     */
    @Transactional
    public List<MinimumWage> putMinimumWages(String branchId, List<MinimumWageBody> bodies) {
        knownBranch(branchId);
        if (bodies == null) {
            throw ProblemException.badRequest(ApiError.of("/", "minimumWage.list"));
        }
        List<ApiError> errors = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < bodies.size(); i++) {
            MinimumWageBody m = bodies.get(i);
            if (m == null) {
                errors.add(new ApiError("/" + i, "must be an object"));
                continue;
            }
            for (ConstraintViolation<MinimumWageBody> v : validator.validate(m)) {
                errors.add(new ApiError("/" + i + "/" + v.getPropertyPath(), v.getMessage()));
            }
            if (m.effectiveFrom() != null && seen.putIfAbsent(m.effectiveFrom(), i) != null) {
                errors.add(ApiError.of("/" + i + "/effectiveFrom", "minimumWage.twice", m.effectiveFrom()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(com.aftersales.problem.Text.of("minimumWage.invalid"), errors);
        }
        Map<LocalDate, MinimumWage> before = new TreeMap<>();
        MinimumWage.<MinimumWage>list("branchId", branchId).forEach(m -> before.put(m.effectiveFrom, m));
        List<AuditTrail.Change> changes = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now();
        for (MinimumWageBody body : bodies) {
            MinimumWage m = before.remove(body.effectiveFrom());
            String was = m == null ? null : AuditTrail.sha256(m.amount.toPlainString());
            if (m == null) {
                m = new MinimumWage();
                m.branchId = branchId;
                m.effectiveFrom = body.effectiveFrom();
            }
            m.amount = body.amount().setScale(2);
            String after = AuditTrail.sha256(m.amount.toPlainString());
            if (!after.equals(was)) {
                m.updatedAt = now;
                m.persist();
                changes.add(AuditTrail.Change.of(action(was, after), "branch_minimum_wage",
                        branchId + ":" + m.effectiveFrom, was, after)
                        .withDetail(Map.of("branch", branchId, "effectiveFrom", m.effectiveFrom.toString(),
                                "amount", m.amount.toPlainString())));
            }
        }
        for (MinimumWage gone : before.values()) {
            changes.add(AuditTrail.Change.of("DELETED", "branch_minimum_wage", branchId + ":" + gone.effectiveFrom,
                    AuditTrail.sha256(gone.amount.toPlainString()), null)
                    .withDetail(Map.of("branch", branchId, "effectiveFrom", gone.effectiveFrom.toString())));
            gone.delete();
        }
        audit.record(changes);
        return MinimumWage.<MinimumWage>list("branchId = ?1 order by effectiveFrom", branchId);
    }

    private static void knownBranch(String branchId) {
        if (branchId == null || Branch.findById(branchId) == null) {
            throw ProblemException.notFound(com.aftersales.problem.Text.of("minimumWage.unknownBranch", branchId),
                    List.of(ApiError.of("branchId", "minimumWage.unknownBranch", branchId)));
        }
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
