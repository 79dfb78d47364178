package com.aftersales.scoring;

import com.aftersales.calendar.CalendarService;
import com.aftersales.facts.input.PayFloor;
import com.aftersales.facts.input.PriorOccurrence;
import com.aftersales.facts.input.Profile;
import com.aftersales.jdbc.Jdbc;
import com.aftersales.record.RecordKinds;
import com.aftersales.record.RecordStore;
import com.aftersales.record.RecordType;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fetches from the database what a batch of employee-months is assembled from ({@link MonthInputs}):
 * the people, wages of the period and its neighbours, earlier occurrences, and every record the
 * {@link LoadPlan} may hold for them, each once, with the records that follow those. Assembly is
 * {@link MonthAssembly}'s, the same as a test scenario's.
 */
@ApplicationScoped
public class MonthLoader {

    /** The record kind of occurrences imported as history from before the service (POST /api/occurrences). */
    public static final String IMPORTED_OCCURRENCE = "occurrence";

    private final Jdbc jdbc;
    private final RecordStore records;
    private final CalendarService calendars;

    public MonthLoader(Jdbc jdbc, RecordStore records, CalendarService calendars) {
        this.jdbc = jdbc;
        this.records = records;
        this.calendars = calendars;
    }

    /** The employees a run of {@code period} scores: hired by its last day, of one branch or all, in id order. */
    public List<Person> people(YearMonth period, String branch) {
        return jdbc.list(PEOPLE + "(?::text is null or e.branch_id = ?) order by e.employee_id", MonthLoader::person,
                period.atEndOfMonth(), branch, branch);
    }

    /** Those of {@code ids} a run of {@code period} scores (hired by its last day), in id order. */
    public List<Person> peopleAmong(YearMonth period, Collection<String> ids) {
        return jdbc.list(PEOPLE + "e.employee_id = any(?) order by e.employee_id", MonthLoader::person,
                period.atEndOfMonth(), ids);
    }

    private static final String PEOPLE = "select e.employee_id, e.name, e.branch_id, e.department, e.installer, "
            + "e.external_team, e.management_post, e.commission_paid, e.formal_employee, e.hire_date, b.founding_date, "
            + "e.marriage_registration_date, e.supervisor_id, b.shift_start, b.shift_end, b.closed_on_holidays "
            + "from employee e join branch b on b.branch_id = e.branch_id where e.hire_date <= ? and ";

    private static Person person(ResultSet rs) throws SQLException {
        return new Person(new Profile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9), Jdbc.date(rs, 10),
                Jdbc.date(rs, 11), Jdbc.date(rs, 12), rs.getString(13)),
                new EmployeeMonth.BranchShift(rs.getObject(14, LocalTime.class), rs.getObject(15, LocalTime.class),
                        rs.getBoolean(16)));
    }

    /** The inputs of a batch of people's months under {@code plan}. */
    public MonthInputs fetch(LoadPlan plan, RecordKinds kinds, List<Person> batch, LocalDate asOf) {
        List<String> ids = batch.stream().map(Person::employeeId).toList();
        Margins m = plan.margins();
        Map<String, Object> pool = new LinkedHashMap<>();
        add(pool, kinds, records.concerning(ids, null, m.from(), m.to()));
        Map<String, LocalDate> earlier = plan.earlier();
        if (!earlier.isEmpty()) {
            LocalDate first = earlier.values().stream().min(LocalDate::compareTo).orElseThrow();
            add(pool, kinds, records.concerning(ids, earlier.keySet(), first, m.from().minusDays(1)));
        }
        for (RecordType<?> kind : kinds.all()) {
            kind.follows().ifPresent(f -> {
                Set<String> named = new TreeSet<>();
                pool.values().stream().filter(r -> kinds.of(r).name().equals(f.kind())).forEach(r -> named.add(kinds.idOf(r)));
                if (!named.isEmpty()) {
                    records.naming(kind.name(), f.field(), named).forEach(json -> {
                        Object r = records.parse(json, kind.javaType());
                        pool.putIfAbsent(kind.name() + "|" + kinds.idOf(r), r);
                    });
                }
            });
        }
        return new MonthInputs(plan.period(), asOf, calendars.between(m.from(), m.to()), batch, wages(ids, plan.period()),
                history(ids, plan.period()), new ArrayList<>(pool.values()), payFloors(ids, plan.period()));
    }

    private void add(Map<String, Object> pool, RecordKinds kinds, List<RecordStore.Row> rows) {
        for (RecordStore.Row row : rows) {
            kinds.named(row.kind()).ifPresent(k -> pool.computeIfAbsent(row.kind() + "|" + row.id(),
                    key -> records.parse(row.payload(), k.javaType())));
        }
    }

    private Map<String, Map<YearMonth, BigDecimal>> wages(List<String> ids, YearMonth period) {
        Map<String, Map<YearMonth, BigDecimal>> out = new HashMap<>();
        jdbc.list("select employee_id, period, daily_avg_wage from wage where employee_id = any(?) and period in (?, ?, ?)",
                rs -> out.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                        .put(YearMonth.parse(rs.getString(2)), rs.getBigDecimal(3)),
                ids, period.minusMonths(1).toString(), period.toString(), period.plusMonths(1).toString());
        return out;
    }

    /**
     * The monthly wages of the period with the minimum wage of each employee's branch in force on the period's
     * last day (the newest row from on or before it), one query for the batch; no floor without a monthly wage.
     */
    private Map<String, PayFloor> payFloors(List<String> ids, YearMonth period) {
        Map<String, PayFloor> out = new HashMap<>();
        String sql = "select w.employee_id, w.monthly_wage, e.branch_id, m.amount, m.effective_from from wage w "
                + "join employee e on e.employee_id = w.employee_id "
                + "left join lateral (select amount, effective_from from branch_minimum_wage b "
                + "where b.branch_id = e.branch_id and b.effective_from <= ? order by b.effective_from desc limit 1) m "
                + "on true where w.employee_id = any(?) and w.period = ? and w.monthly_wage is not null";
        jdbc.list(sql, rs -> out.put(rs.getString(1), new PayFloor(rs.getString(1), period, rs.getBigDecimal(2),
                rs.getString(3), rs.getBigDecimal(4), Jdbc.date(rs, 5))), period.atEndOfMonth(), ids, period.toString());
        return out;
    }

    /**
     * Occurrences (次) before the period: those counted in earlier periods' current statements, and those
     * imported as history (records of kind {@link #IMPORTED_OCCURRENCE}) in months the service has not
     * scored for that employee itself, whose own findings stand.
     */
    private Map<String, List<PriorOccurrence>> history(List<String> ids, YearMonth period) {
        Map<String, List<PriorOccurrence>> out = new HashMap<>();
        String sql = "select l.employee_id, l.rule_id, l.occurrence_key, min(l.date) from result_line l "
                + "join statement s on s.period = l.period and s.employee_id = l.employee_id and s.run_id = l.run_id "
                + "where l.employee_id = any(?) and l.period < ? and l.occurrence_key is not null "
                + "group by l.employee_id, l.rule_id, l.occurrence_key order by 1, 4, 2, 3";
        jdbc.list(sql, rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(new PriorOccurrence(rs.getString(2), rs.getString(3), Jdbc.date(rs, 4))), ids, period.toString());
        String imported = "select p.employee_id, r.payload->>'ruleId', r.id, p.date_from from record_party p "
                + "join record r on r.kind = p.kind and r.id = p.id "
                + "where p.kind = '" + IMPORTED_OCCURRENCE + "' and p.employee_id = any(?) and p.date_from < ? "
                + "and not exists (select 1 from statement s where s.employee_id = p.employee_id "
                + "and s.period = to_char(p.date_from, 'YYYY-MM')) order by 1, 4, 3";
        jdbc.list(imported, rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(PriorOccurrence.imported(rs.getString(2), rs.getString(3), Jdbc.date(rs, 4))),
                ids, period.atDay(1));
        return out;
    }
}
