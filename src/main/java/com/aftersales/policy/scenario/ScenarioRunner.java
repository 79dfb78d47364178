package com.aftersales.policy.scenario;

import com.aftersales.calendar.CalendarYear;
import com.aftersales.calendar.NationalHolidays;
import com.aftersales.calendar.WorkCalendar;
import com.aftersales.facts.input.PriorOccurrence;
import com.aftersales.facts.input.Profile;
import com.aftersales.facts.input.Wages;
import com.aftersales.record.Party;
import com.aftersales.record.RecordType;
import com.aftersales.scoring.EmployeeMonth;
import com.aftersales.scoring.EmployeeMonthScorer;
import com.aftersales.scoring.FactDeriver;
import com.aftersales.policy.RuleBookWindow;
import com.aftersales.scoring.ScoredMonth;
import com.aftersales.problem.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs test scenarios: builds each person's employee-month from the scenario's records (the national
 * calendar, nothing from the database), scores it with the rule-book windows it is given, and
 * compares the lines and flags with the expected ones. Plain Java, no I/O.
 */
public final class ScenarioRunner {

    static final LocalDate AS_OF = LocalDate.of(2099, 12, 31);
    private static final Set<String> PROFILE_FIELDS = Set.of("name", "branch", "department", "installer",
            "externalTeam", "managementPost", "commissionPaid", "formalEmployee", "hireDate", "branchFoundingDate",
            "marriageRegistrationDate", "supervisorId", "shiftStart", "shiftEnd", "closedOnHolidays");

    private final Map<String, RecordType<?>> kinds = new LinkedHashMap<>();
    private final EmployeeMonthScorer scorer;
    private final ObjectMapper json;

    public ScenarioRunner(List<? extends RecordType<?>> kinds, List<FactDeriver> derivers, ObjectMapper json) {
        kinds.forEach(k -> this.kinds.put(k.name(), k));
        List<FactDeriver> ordered = new ArrayList<>(derivers);
        ordered.sort(Comparator.comparing(d -> d.getClass().getName()));
        this.scorer = new EmployeeMonthScorer(ordered);
        this.json = json;
    }

    /** The employee-months a scenario scores, or the located reasons it cannot be run. */
    public record Prepared(List<EmployeeMonth> months, List<ApiError> errors) {
    }

    public Prepared prepare(Scenario s) {
        List<ApiError> errors = new ArrayList<>();
        Map<String, Map<Class<?>, List<Object>>> records = new LinkedHashMap<>();
        s.people().forEach(p -> records.put(p.employeeId(), new LinkedHashMap<>()));
        LocalDate from = EmployeeMonth.loadFrom(s.period());
        LocalDate to = EmployeeMonth.loadTo(s.period());
        int n = 0;
        List<Object> read = new ArrayList<>();
        for (Scenario.Given g : s.records()) {
            n++;
            RecordType<?> type = kinds.get(g.kind());
            if (type == null) {
                errors.add(new ApiError(g.at(), "scenario " + s.id() + ": unknown record kind \"" + g.kind()
                        + "\"; the kinds are " + kinds.keySet()));
                continue;
            }
            Map<String, Object> fields = new LinkedHashMap<>(g.fields());
            fields.putIfAbsent("id", s.id() + "-" + g.kind() + "-" + n);
            addRecord(s, g, type, fields, records, from, to, errors, read);
        }
        kinds.values().forEach(k -> addFollowers(k, read, records));
        List<EmployeeMonth> months = new ArrayList<>();
        for (Scenario.Person p : s.people()) {
            try {
                months.add(month(s, p, records.get(p.employeeId())));
            } catch (RuntimeException e) {
                errors.add(new ApiError(p.at(), "scenario " + s.id() + ": employee " + p.employeeId() + ": "
                        + e.getMessage()));
            }
        }
        return new Prepared(months, errors);
    }

    /** Scores a scenario with the windows of its period and compares; {@code policy} is the revision's. */
    public ScenarioResult run(Scenario s, String policy, Function<YearMonth, List<RuleBookWindow>> windows) {
        Prepared prepared = prepare(s);
        if (!prepared.errors().isEmpty()) {
            return new ScenarioResult(s.id(), s.title(), false, prepared.errors());
        }
        List<ScoredMonth> scored;
        try {
            List<RuleBookWindow> w = windows.apply(s.period());
            scored = prepared.months().stream().map(m -> scorer.score(m, w)).toList();
        } catch (RuntimeException e) {
            return new ScenarioResult(s.id(), s.title(), false, List.of(new ApiError(s.at(), "scenario " + s.id()
                    + " could not be scored: " + e.getMessage())));
        }
        List<ApiError> failures = new Expectations(s, policy).compare(scored);
        return new ScenarioResult(s.id(), s.title(), failures.isEmpty(), failures);
    }

    private <T> void addRecord(Scenario s, Scenario.Given g, RecordType<T> type, Map<String, Object> fields,
            Map<String, Map<Class<?>, List<Object>>> records, LocalDate from, LocalDate to, List<ApiError> errors,
            List<Object> read) {
        T record;
        try {
            record = json.convertValue(fields, type.javaType());
        } catch (IllegalArgumentException e) {
            errors.add(new ApiError(g.at(), "scenario " + s.id() + ": the " + g.kind() + " record cannot be read: "
                    + firstLine(e.getMessage())));
            return;
        }
        List<ApiError> problems = new ArrayList<>();
        try {
            type.check(record, problems::add);
        } catch (RuntimeException e) {
            problems.add(new ApiError("/", "missing fields (" + firstLine(e.getMessage()) + ")"));
        }
        problems.forEach(p -> errors.add(new ApiError(g.at(), "scenario " + s.id() + ": the " + g.kind()
                + " record " + p.location() + " " + p.message())));
        if (!problems.isEmpty()) {
            return;
        }
        List<Party> parties;
        try {
            parties = type.parties(record);
        } catch (RuntimeException e) {
            errors.add(new ApiError(g.at(), "scenario " + s.id() + ": the " + g.kind() + " record lacks a field: "
                    + firstLine(e.getMessage())));
            return;
        }
        read.add(record);
        for (Party p : parties) {
            Map<Class<?>, List<Object>> mine = records.get(p.employeeId());
            if (mine != null && !p.from().isAfter(to) && !p.to().isBefore(from)) {
                List<Object> list = mine.computeIfAbsent(type.javaType(), c -> new ArrayList<>());
                if (!list.contains(record)) {
                    list.add(record);
                }
            }
        }
    }

    /** A record that follows another (an order's after-sales visit) goes to everyone who has the other. */
    private <T> void addFollowers(RecordType<T> type, List<Object> read, Map<String, Map<Class<?>, List<Object>>> records) {
        RecordType.Follows<T> f = type.follows().orElse(null);
        RecordType<?> followed = f == null ? null : kinds.get(f.kind());
        if (followed == null) {
            return;
        }
        for (Object r : read) {
            if (!type.javaType().isInstance(r)) {
                continue;
            }
            T record = type.javaType().cast(r);
            String named = f.idOf().apply(record);
            if (named == null) {
                continue;
            }
            for (Map<Class<?>, List<Object>> mine : records.values()) {
                boolean holds = mine.getOrDefault(followed.javaType(), List.of()).stream()
                        .anyMatch(o -> named.equals(idOf(o)));
                if (holds) {
                    List<Object> list = mine.computeIfAbsent(type.javaType(), c -> new ArrayList<>());
                    if (!list.contains(record)) {
                        list.add(record);
                    }
                }
            }
        }
    }

    private EmployeeMonth month(Scenario s, Scenario.Person p, Map<Class<?>, List<Object>> recs) {
        Map<String, String> f = p.fields();
        for (String k : f.keySet()) {
            if (!PROFILE_FIELDS.contains(k)) {
                throw new IllegalArgumentException("unknown profile field " + k + "; the fields are " + PROFILE_FIELDS);
            }
        }
        Profile profile = new Profile(p.employeeId(), f.getOrDefault("name", p.employeeId()),
                f.getOrDefault("branch", "BRANCH"), f.get("department"), flag(f, "installer", false),
                flag(f, "externalTeam", false), flag(f, "managementPost", false), flag(f, "commissionPaid", false),
                flag(f, "formalEmployee", true), date(f, "hireDate", "2000-01-01"),
                date(f, "branchFoundingDate", "2000-01-01"), date(f, "marriageRegistrationDate", null),
                f.get("supervisorId"));
        Map<YearMonth, BigDecimal> wages = new HashMap<>();
        for (int i = -1; i <= 1; i++) {
            wages.put(s.period().plusMonths(i), p.dailyWage());
        }
        Map<Integer, CalendarYear> years = new HashMap<>();
        for (int y = s.period().getYear() - 1; y <= s.period().getYear() + 1; y++) {
            years.put(y, NationalHolidays.of(y));
        }
        List<PriorOccurrence> history = s.priors().stream().filter(x -> x.employeeId().equals(p.employeeId()))
                .map(x -> new PriorOccurrence(x.ruleId(), x.key(), x.date())).toList();
        Map<Class<?>, List<?>> sorted = new LinkedHashMap<>();
        recs.forEach((type, list) -> sorted.put(type, list.stream()
                .sorted(Comparator.comparing(r -> String.valueOf(idOf(r)))).toList()));
        return new EmployeeMonth(profile, s.period(), AS_OF, new Wages(wages),
                new EmployeeMonth.BranchShift(LocalTime.parse(f.getOrDefault("shiftStart", "08:30")),
                        LocalTime.parse(f.getOrDefault("shiftEnd", "17:30")), flag(f, "closedOnHolidays", false)),
                new WorkCalendar(years), sorted, history);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object idOf(Object record) {
        for (RecordType type : kinds.values()) {
            if (type.javaType().isInstance(record)) {
                return type.id(record);
            }
        }
        return record.toString();
    }

    private static boolean flag(Map<String, String> f, String name, boolean dflt) {
        String v = f.get(name);
        if (v == null) {
            return dflt;
        }
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(name + " must be true or false, not " + v);
        }
        return Boolean.parseBoolean(v);
    }

    private static LocalDate date(Map<String, String> f, String name, String dflt) {
        String v = f.getOrDefault(name, dflt);
        return v == null ? null : LocalDate.parse(v);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
