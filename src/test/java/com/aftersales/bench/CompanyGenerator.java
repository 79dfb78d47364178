package com.aftersales.bench;

import com.aftersales.bench.GeneratedCompany.Branch;
import com.aftersales.bench.GeneratedCompany.Kind;
import com.aftersales.bench.StaffGenerator.Person;
import com.aftersales.record.RecordType;
import com.aftersales.staff.StaffDtos.WageBody;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates a realistic company of any size and its month, from a seed: the same seed, size and period
 * give the same company, record for record. Branches of about fifty with their shifts; managers,
 * supervisors, installers, clerks, sales staff and store keepers; a roster, punches, leave, work orders,
 * visits, deliveries, sales volumes, incidents and commendations in the proportions a real month shows,
 * so that every family of rules fires now and then (docs/benchmarks.md).
 */
public final class CompanyGenerator {

    private final long seed;
    private final YearMonth period;

    public CompanyGenerator(long seed, YearMonth period) {
        this.seed = seed;
        this.period = period;
    }

    public GeneratedCompany generate(int employees) {
        if (employees < 1) {
            throw new IllegalArgumentException("a company has at least one employee");
        }
        StaffGenerator staff = new StaffGenerator(seed, period);
        List<Branch> branches = staff.branches(employees);
        List<Person> people = staff.people(employees, branches);
        Records records = new Records();
        AttendanceGenerator attendance = new AttendanceGenerator(seed, period, records);
        WorkGenerator work = new WorkGenerator(seed, records);
        OfficeGenerator office = new OfficeGenerator(seed, period, records);
        for (int b = 0; b < branches.size(); b++) {
            String id = branches.get(b).branchId();
            List<Person> staffOfBranch = people.stream().filter(p -> p.branch().branchId().equals(id)).toList();
            List<Person> installers = staffOfBranch.stream().filter(Person::installer).toList();
            for (Person p : staffOfBranch) {
                Set<LocalDate> worked = attendance.month(p);
                if (p.installer()) {
                    work.orders(p, worked, installers);
                }
                office.person(p, worked);
            }
            office.branch(b, branches.get(b), staffOfBranch);
        }
        office.topPerformer(people.stream().filter(Person::installer).toList());
        Map<YearMonth, List<WageBody>> wages = new LinkedHashMap<>();
        wages.put(period.minusMonths(1), staff.wages(people));
        wages.put(period, staff.wages(people));
        return new GeneratedCompany(seed, period, branches, people.stream().map(Person::body).toList(), wages,
                kinds(records));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Kind<?>> kinds(Records records) {
        List<Kind<?>> out = new ArrayList<>();
        List<List<?>> lists = records.inKindOrder();
        for (int i = 0; i < GeneratedCompany.KINDS.size(); i++) {
            RecordType type = GeneratedCompany.KINDS.get(i);
            List rows = new ArrayList<>(lists.get(i));
            rows.sort(Comparator.comparing(r -> type.id(r).toString()));
            out.add(new Kind<>(type, List.copyOf(rows)));
        }
        return out;
    }
}
