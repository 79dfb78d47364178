package com.aftersales.bench;

import com.aftersales.bench.GeneratedCompany.Branch;
import com.aftersales.bench.GeneratedCompany.Kind;
import com.aftersales.calendar.CalendarYear;
import com.aftersales.calendar.NationalHolidays;
import com.aftersales.calendar.WorkCalendar;
import com.aftersales.facts.Profile;
import com.aftersales.facts.Wages;
import com.aftersales.record.Party;
import com.aftersales.record.RecordType;
import com.aftersales.scoring.EmployeeMonth;
import com.aftersales.staff.StaffDtos.EmployeeBody;
import com.aftersales.staff.StaffDtos.WageBody;
import com.aftersales.visit.VisitRecord;
import com.aftersales.workorder.WorkOrderRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The employee-months of a generated company, built in memory the way the month loader builds them from the
 * database (records whose parties overlap the month and its margin, by kind in id order, then the visits of
 * the orders a month holds), for the engine-only benchmark: no database, no JSON.
 */
public final class GeneratedMonths {

    private GeneratedMonths() {
    }

    public static List<EmployeeMonth> of(GeneratedCompany company) {
        YearMonth period = company.period();
        LocalDate from = EmployeeMonth.loadFrom(period);
        LocalDate to = EmployeeMonth.loadTo(period);
        Map<String, Map<String, Set<Object>>> held = new HashMap<>();
        for (Kind<?> kind : company.records()) {
            hold(kind, from, to, held);
        }
        addVisitsOfOrders(company, held);
        Map<Integer, CalendarYear> years = new HashMap<>();
        for (int y = period.getYear() - 1; y <= period.getYear() + 1; y++) {
            years.put(y, NationalHolidays.of(y));
        }
        WorkCalendar calendar = new WorkCalendar(years);
        Map<String, Branch> branches = new HashMap<>();
        company.branches().forEach(b -> branches.put(b.branchId(), b));
        Map<String, Map<YearMonth, BigDecimal>> wages = new HashMap<>();
        company.wages().forEach((month, list) -> list.forEach(
                (WageBody w) -> wages.computeIfAbsent(w.employeeId(), k -> new HashMap<>()).put(month, w.dailyAvgWage())));
        Map<String, Class<?>> types = new HashMap<>();
        GeneratedCompany.KINDS.forEach(k -> types.put(k.name(), k.javaType()));
        LocalDate asOf = period.plusMonths(2).atDay(1);
        List<EmployeeMonth> out = new ArrayList<>();
        for (EmployeeBody e : company.employees()) {
            if (e.hireDate().isAfter(period.atEndOfMonth())) {
                continue;
            }
            Branch b = branches.get(e.branch());
            Map<Class<?>, List<?>> records = new LinkedHashMap<>();
            new TreeMap<>(held.getOrDefault(e.employeeId(), Map.of()))
                    .forEach((kind, rows) -> records.put(types.get(kind), List.copyOf(rows)));
            out.add(new EmployeeMonth(profile(e, b), period, asOf, new Wages(wages.getOrDefault(e.employeeId(), Map.of())),
                    new EmployeeMonth.BranchShift(b.body().shiftStart(), b.body().shiftEnd(),
                            Boolean.TRUE.equals(b.body().closedOnHolidays())), calendar, records, List.of()));
        }
        return out;
    }

    private static <T> void hold(Kind<T> kind, LocalDate from, LocalDate to, Map<String, Map<String, Set<Object>>> held) {
        RecordType<T> type = kind.type();
        YearMonth period = YearMonth.from(from.plusDays(EmployeeMonth.MARGIN_DAYS));
        LocalDate since = type.loadFrom(period, from);
        for (T r : kind.rows()) {
            for (Party p : type.parties(r)) {
                if (!p.from().isAfter(to) && !p.to().isBefore(since)) {
                    held.computeIfAbsent(p.employeeId(), k -> new HashMap<>())
                            .computeIfAbsent(type.name(), k -> new LinkedHashSet<>()).add(r);
                }
            }
        }
    }

    /** An after-sales visit joins every month that holds its order (RecordType.follows). */
    private static void addVisitsOfOrders(GeneratedCompany company, Map<String, Map<String, Set<Object>>> held) {
        Map<String, List<VisitRecord>> byOrder = new HashMap<>();
        for (VisitRecord v : company.rows(VisitRecord.class)) {
            if (v.visitKind().afterSales() && v.orderId() != null) {
                byOrder.computeIfAbsent(v.orderId(), k -> new ArrayList<>()).add(v);
            }
        }
        held.forEach((employee, kinds) -> {
            Set<Object> orders = kinds.getOrDefault("workOrder", Set.of());
            for (Object o : orders) {
                List<VisitRecord> visits =
                        byOrder.getOrDefault(((WorkOrderRecord) o).key(), List.of());
                if (!visits.isEmpty()) {
                    kinds.computeIfAbsent("visit", k -> new LinkedHashSet<>()).addAll(visits);
                }
            }
        });
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
