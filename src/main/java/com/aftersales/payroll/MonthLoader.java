package com.aftersales.payroll;

import com.aftersales.calendar.CalendarService;
import com.aftersales.calendar.WorkCalendar;
import com.aftersales.facts.PriorOccurrence;
import com.aftersales.facts.Profile;
import com.aftersales.history.ImportedOccurrences;
import com.aftersales.facts.Wages;
import com.aftersales.record.RecordStore;
import com.aftersales.record.RecordType;
import com.aftersales.scoring.EmployeeMonth;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads employee-months from the database, a batch of employees at a time: profiles, wages of the
 * period and its neighbours, records of the period and its margins, and earlier occurrences (counted in
 * earlier periods, or imported as history).
 */
@ApplicationScoped
public class MonthLoader {

    private final AgroalDataSource db;
    private final RecordStore records;
    private final CalendarService calendars;
    private final ImportedOccurrences imported;
    private final Map<String, RecordType<?>> types = new HashMap<>();

    public MonthLoader(AgroalDataSource db, RecordStore records, CalendarService calendars,
            ImportedOccurrences imported, @All List<RecordType<?>> types) {
        this.db = db;
        this.records = records;
        this.calendars = calendars;
        this.imported = imported;
        types.forEach(t -> this.types.put(t.name(), t));
    }

    /** One employee as a run sees them. */
    public record Person(Profile profile, EmployeeMonth.BranchShift shift) {
    }

    /** The employees a run of {@code period} scores: hired by its last day, of one branch or all. */
    public List<Person> people(YearMonth period, String branch) {
        String sql = "select e.employee_id, e.name, e.branch_id, e.department, e.installer, e.external_team, "
                + "e.management_post, e.commission_paid, e.formal_employee, e.hire_date, b.founding_date, "
                + "e.marriage_registration_date, e.supervisor_id, b.shift_start, b.shift_end, b.closed_on_holidays "
                + "from employee e join branch b on b.branch_id = e.branch_id "
                + "where e.hire_date <= ? and (?::text is null or e.branch_id = ?) order by e.employee_id";
        List<Person> out = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(period.atEndOfMonth()));
            ps.setString(2, branch);
            ps.setString(3, branch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Profile p = new Profile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9),
                            date(rs, 10), date(rs, 11), date(rs, 12), rs.getString(13));
                    out.add(new Person(p, new EmployeeMonth.BranchShift(rs.getObject(14, LocalTime.class),
                            rs.getObject(15, LocalTime.class), rs.getBoolean(16))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The employee-months of a batch of people, in the batch's order. */
    public List<EmployeeMonth> load(YearMonth period, List<Person> batch, LocalDate asOf) {
        List<String> ids = batch.stream().map(p -> p.profile().getEmployeeId()).toList();
        LocalDate from = EmployeeMonth.loadFrom(period);
        LocalDate to = EmployeeMonth.loadTo(period);
        WorkCalendar calendar = calendars.between(from, to);
        Map<String, Map<YearMonth, BigDecimal>> wages = wages(ids, period);
        Map<String, List<PriorOccurrence>> history = history(ids, period);
        imported.before(ids, period).forEach((id, earlier) ->
                history.computeIfAbsent(id, k -> new ArrayList<>()).addAll(earlier));
        Map<String, Map<String, List<String>>> docs = records.load(ids, from, to);
        addEarlier(docs, ids, period, from);
        types.values().forEach(t -> addFollowers(docs, t));
        List<EmployeeMonth> out = new ArrayList<>();
        for (Person p : batch) {
            String id = p.profile().getEmployeeId();
            Map<Class<?>, List<?>> typed = new LinkedHashMap<>();
            docs.getOrDefault(id, Map.of()).forEach((kind, payloads) -> {
                RecordType<?> type = types.get(kind);
                if (type != null) {
                    typed.put(type.javaType(), payloads.stream().map(j -> records.parse(j, type.javaType())).toList());
                }
            });
            out.add(new EmployeeMonth(p.profile(), period, asOf, new Wages(wages.getOrDefault(id, Map.of())), p.shift(),
                    calendar, typed, history.getOrDefault(id, List.of())));
        }
        return out;
    }

    /** Records of kinds that look back further than the margin (leave: since 1 January), added once each. */
    private void addEarlier(Map<String, Map<String, List<String>>> docs, List<String> ids, YearMonth period,
            LocalDate from) {
        Map<String, LocalDate> since = new HashMap<>();
        types.forEach((kind, t) -> {
            LocalDate d = t.loadFrom(period, from);
            if (d.isBefore(from)) {
                since.put(kind, d);
            }
        });
        if (since.isEmpty()) {
            return;
        }
        LocalDate earliest = since.values().stream().min(LocalDate::compareTo).orElseThrow();
        records.load(ids, since.keySet(), earliest, from.minusDays(1)).forEach((employee, kinds) ->
                kinds.forEach((kind, payloads) -> {
                    List<String> mine = docs.computeIfAbsent(employee, e -> new LinkedHashMap<>())
                            .computeIfAbsent(kind, k -> new ArrayList<>());
                    Set<String> seen = new HashSet<>(mine);
                    payloads.stream().filter(seen::add).forEach(mine::add);
                }));
    }

    /** Records that follow a record a month holds (an order's after-sales visits), added to that month once each. */
    private <T> void addFollowers(Map<String, Map<String, List<String>>> docs, RecordType<T> type) {
        RecordType.Follows<T> f = type.follows().orElse(null);
        RecordType<?> followed = f == null ? null : types.get(f.kind());
        if (followed == null) {
            return;
        }
        Map<String, List<String>> holders = new HashMap<>();
        docs.forEach((employee, kinds) -> kinds.getOrDefault(f.kind(), List.of())
                .forEach(j -> holders.computeIfAbsent(idOf(followed, j), k -> new ArrayList<>()).add(employee)));
        if (holders.isEmpty()) {
            return;
        }
        Map<String, Set<String>> seen = new HashMap<>();
        for (String j : records.naming(type.name(), f.field(), holders.keySet())) {
            String named = f.idOf().apply(records.parse(j, type.javaType()));
            for (String employee : holders.getOrDefault(named, List.of())) {
                List<String> mine = docs.get(employee).computeIfAbsent(type.name(), k -> new ArrayList<>());
                if (seen.computeIfAbsent(employee, e -> new HashSet<>(mine)).add(j)) {
                    mine.add(j);
                }
            }
        }
    }

    private <T> String idOf(RecordType<T> type, String json) {
        return type.id(records.parse(json, type.javaType()));
    }

    private Map<String, Map<YearMonth, BigDecimal>> wages(List<String> ids, YearMonth period) {
        Map<String, Map<YearMonth, BigDecimal>> out = new HashMap<>();
        String sql = "select employee_id, period, daily_avg_wage from wage where employee_id = any(?) and period in (?, ?, ?)";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", ids.toArray()));
            ps.setString(2, period.minusMonths(1).toString());
            ps.setString(3, period.toString());
            ps.setString(4, period.plusMonths(1).toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(YearMonth.parse(rs.getString(2)), rs.getBigDecimal(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Occurrences (次) counted in earlier periods' current statements. */
    private Map<String, List<PriorOccurrence>> history(List<String> ids, YearMonth period) {
        Map<String, List<PriorOccurrence>> out = new HashMap<>();
        String sql = "select l.employee_id, l.rule_id, l.occurrence_key, min(l.date) from result_line l "
                + "join statement s on s.period = l.period and s.employee_id = l.employee_id and s.run_id = l.run_id "
                + "where l.employee_id = any(?) and l.period < ? and l.occurrence_key is not null "
                + "group by l.employee_id, l.rule_id, l.occurrence_key order by 1, 4, 2, 3";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", ids.toArray()));
            ps.setString(2, period.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new PriorOccurrence(rs.getString(2), rs.getString(3), date(rs, 4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static LocalDate date(ResultSet rs, int col) throws SQLException {
        Date d = rs.getDate(col);
        return d == null ? null : d.toLocalDate();
    }
}
