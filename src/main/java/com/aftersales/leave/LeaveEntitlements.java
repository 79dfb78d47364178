package com.aftersales.leave;

import com.aftersales.facts.result.Entitlement;
import com.aftersales.facts.input.EntitlementQuery;
import com.aftersales.facts.functions.Entitlements;
import com.aftersales.facts.functions.Money;
import com.aftersales.facts.input.Profile;
import com.aftersales.policy.CompiledRuleBook;
import com.aftersales.policy.RevisionRef;
import com.aftersales.staff.Branch;
import com.aftersales.staff.Employee;
import com.aftersales.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Answers what paid leave an employee is entitled to on a day (LEAVE-PAID-ELIGIBILITY, the paid
 * leave types, LEAVE-ANNUAL by seniority), from the PaidLeave and AnnualLeave tables in force that day.
 */
@ApplicationScoped
public class LeaveEntitlements {

    private final LeaveQuestions questions;

    public LeaveEntitlements(LeaveQuestions questions) {
        this.questions = questions;
    }

    @Transactional
    public LeaveViews.Entitlements of(String employeeId, LocalDate date, LeaveType only) {
        Profile p = profile(employeeId);
        CompiledRuleBook book = questions.bookOn(date);
        Set<LeaveType> paid = PaidLeave.types(book.params());
        List<String> types = paid.stream().filter(t -> only == null || t == only).map(Enum::name).toList();
        if (types.isEmpty()) {
            throw ProblemException.badRequest("type", com.aftersales.problem.Text.of("entitlement.notPaid", only, only == null ? "" : com.aftersales.problem.Labels.text(only),
                    paid.toString(), String.join("、", paid.stream().map(v -> com.aftersales.problem.Labels.of(v, com.aftersales.problem.Languages.CHINESE)).toList())));
        }
        List<Entitlement> answers = questions.ask(book, date, List.of(p, new EntitlementQuery(date, types)),
                Entitlement.class).stream().sorted(Comparator.comparing(e -> types.indexOf(e.getQuestion().getType())))
                .toList();
        boolean calendarDays = "CALENDAR".equals(book.params().text("P_PAID_LEAVE_DAY_UNIT"));
        var any = answers.stream().findFirst();
        RevisionRef rev = book.revisionOf("attendance").orElse(null);
        return new LeaveViews.Entitlements(employeeId, date.toString(), p.isFormalEmployee(),
                any.map(e -> String.valueOf(e.getQuestion().getSeniorityStart())).orElse(null),
                any.map(e -> e.getQuestion().getFullYears()).orElse(0),
                answers.stream().map(e -> view(e, date, calendarDays)).toList(), "attendance",
                rev == null ? null : rev.revision());
    }

    private static LeaveViews.Entitlement view(Entitlement e, LocalDate date, boolean calendarDays) {
        String last = e.isEligible() && calendarDays && Entitlements.PER_EVENT.equals(e.getPer())
                && e.getDays().signum() > 0 ? date.plusDays(e.getDays().longValue() - 1).toString() : null;
        return new LeaveViews.Entitlement(e.getQuestion().getType(), e.getRuleId(), e.isEligible(),
                e.getDays() == null ? null : Money.number(e.getDays()), e.getPer(), last, e.getReason());
    }

    private static Profile profile(String employeeId) {
        Employee e = Employee.findById(employeeId);
        if (e == null) {
            throw ProblemException.notFound(com.aftersales.problem.Text.of("notFound.employee", employeeId));
        }
        Branch b = Branch.findById(e.branchId);
        return new Profile(e.employeeId, e.name, e.branchId, e.department, e.installer, e.externalTeam,
                e.managementPost, e.commissionPaid, e.formalEmployee, e.hireDate, b == null ? null : b.foundingDate,
                e.marriageRegistrationDate, e.supervisorId);
    }
}
