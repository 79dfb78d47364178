package com.aftersales.bench;

import com.aftersales.bench.GeneratedCompany.Branch;
import com.aftersales.bench.GeneratedCompany.Kind;
import com.aftersales.calendar.CalendarYear;
import com.aftersales.calendar.NationalHolidays;
import com.aftersales.calendar.WorkCalendar;
import com.aftersales.facts.input.Profile;
import com.aftersales.policy.RuleBookWindow;
import com.aftersales.record.RecordKinds;
import com.aftersales.scoring.EmployeeMonth;
import com.aftersales.scoring.FactDeriver;
import com.aftersales.scoring.MonthInputs;
import com.aftersales.scoring.MonthScorer;
import com.aftersales.scoring.Person;
import com.aftersales.staff.StaffDtos.EmployeeBody;
import com.aftersales.staff.StaffDtos.WageBody;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The employee-months of a generated company, built in memory through the production assembly
 * ({@link MonthScorer#assemble}, as a month run builds them from the records it fetches), for the
 * engine-only benchmark and the JIT tests: no database, no JSON.
 */
public final class GeneratedMonths {

    private GeneratedMonths() {
    }

    /** The company's months under the rule-book windows of its period (they decide the margins). */
    public static List<EmployeeMonth> of(GeneratedCompany company, List<RuleBookWindow> windows,
            List<FactDeriver> derivers) {
        YearMonth period = company.period();
        Map<Integer, CalendarYear> years = new HashMap<>();
        for (int y = period.getYear() - 1; y <= period.getYear() + 1; y++) {
            years.put(y, NationalHolidays.of(y));
        }
        Map<String, Branch> branches = new HashMap<>();
        company.branches().forEach(b -> branches.put(b.branchId(), b));
        Map<String, Map<YearMonth, BigDecimal>> wages = new HashMap<>();
        company.wages().forEach((month, list) -> list.forEach(
                (WageBody w) -> wages.computeIfAbsent(w.employeeId(), k -> new HashMap<>()).put(month, w.dailyAvgWage())));
        List<Person> people = new ArrayList<>();
        for (EmployeeBody e : company.employees()) {
            if (e.hireDate().isAfter(period.atEndOfMonth())) {
                continue;
            }
            Branch b = branches.get(e.branch());
            people.add(new Person(profile(e, b), new EmployeeMonth.BranchShift(b.body().shiftStart(),
                    b.body().shiftEnd(), Boolean.TRUE.equals(b.body().closedOnHolidays()))));
        }
        List<Object> records = new ArrayList<>();
        for (Kind<?> kind : company.records()) {
            records.addAll(kind.rows());
        }
        LocalDate asOf = period.plusMonths(2).atDay(1);
        MonthInputs inputs = new MonthInputs(period, asOf, new WorkCalendar(years), people, wages, Map.of(), records);
        return new MonthScorer(new RecordKinds(GeneratedCompany.KINDS), derivers).assemble(inputs, windows);
    }

    private static Profile profile(EmployeeBody e, Branch b) {
        return new Profile(e.employeeId(), e.name(), e.branch(), e.department(), yes(e.installer()), yes(e.externalTeam()),
                yes(e.managementPost()), yes(e.commissionPaid()), yes(e.formalEmployee()), e.hireDate(),
                b.body().foundingDate(), e.marriageRegistrationDate(), e.supervisorId());
    }

    private static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
