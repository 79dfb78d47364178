package com.aftersales.policy.scenario;

import com.aftersales.calendar.CalendarYear;
import com.aftersales.calendar.NationalHolidays;
import com.aftersales.calendar.WorkCalendar;
import com.aftersales.facts.input.PriorOccurrence;
import com.aftersales.facts.input.Profile;
import com.aftersales.policy.RuleBookWindow;
import com.aftersales.problem.ApiError;
import com.aftersales.record.RecordKinds;
import com.aftersales.record.RecordType;
import com.aftersales.scoring.EmployeeMonth;
import com.aftersales.scoring.FactDeriver;
import com.aftersales.scoring.MonthInputs;
import com.aftersales.scoring.MonthScorer;
import com.aftersales.scoring.Person;
import com.aftersales.scoring.RuleFailure;
import com.aftersales.scoring.ScoredMonth;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Runs test scenarios: turns each scenario's people and records into {@link MonthInputs} (the national
 * calendar, nothing from the database) and scores them on the same path as a month run
 * ({@link MonthScorer}: the same assembly of employee-months, the same derivers and scorer) with the
 * rule-book windows it is given, then compares the lines and flags with the expected ones. Plain Java,
 * no I/O.
 */
public final class ScenarioRunner {

    private static final Logger LOG = Logger.getLogger(ScenarioRunner.class);
    static final LocalDate AS_OF = LocalDate.of(2099, 12, 31);
    private static final Set<String> PROFILE_FIELDS = Set.of("name", "branch", "department", "installer",
            "externalTeam", "managementPost", "commissionPaid", "formalEmployee", "hireDate", "branchFoundingDate",
            "marriageRegistrationDate", "supervisorId", "shiftStart", "shiftEnd", "closedOnHolidays");

    private final MonthScorer scorer;
    private final ObjectMapper json;

    public ScenarioRunner(MonthScorer scorer, ObjectMapper json) {
        this.scorer = scorer;
        this.json = json;
    }

    /** A runner of its own, for plain tests: these kinds and derivers. */
    public ScenarioRunner(List<? extends RecordType<?>> kinds, List<FactDeriver> derivers, ObjectMapper json) {
        this(new MonthScorer(new RecordKinds(kinds), derivers), json);
    }

    /** The inputs of a scenario's months, or the located reasons it cannot be run. */
    public record Prepared(MonthInputs inputs, List<ApiError> errors) {
    }

    public Prepared prepare(Scenario s) {
        List<ApiError> errors = new ArrayList<>();
        List<Object> records = new ArrayList<>();
        int n = 0;
        for (Scenario.Given g : s.records()) {
            n++;
            RecordType<?> type = scorer.kinds().named(g.kind()).orElse(null);
            if (type == null) {
                errors.add(new ApiError(g.at(), "scenario " + s.id() + ": unknown record kind \"" + g.kind()
                        + "\"; the kinds are " + scorer.kinds().names()));
                continue;
            }
            Map<String, Object> fields = new LinkedHashMap<>(g.fields());
            fields.putIfAbsent("id", s.id() + "-" + g.kind() + "-" + n);
            addRecord(s, g, type, fields, errors, records);
        }
        List<Person> people = new ArrayList<>();
        Map<String, Map<YearMonth, BigDecimal>> wages = new HashMap<>();
        Map<String, List<PriorOccurrence>> history = new HashMap<>();
        for (Scenario.Person p : s.people()) {
            try {
                people.add(person(p));
            } catch (IllegalArgumentException e) {
                errors.add(new ApiError(p.at(), "scenario " + s.id() + ": employee " + p.employeeId() + ": "
                        + e.getMessage()));
                continue;
            }
            Map<YearMonth, BigDecimal> w = new HashMap<>();
            for (int i = -1; i <= 1; i++) {
                w.put(s.period().plusMonths(i), p.dailyWage());
            }
            wages.put(p.employeeId(), w);
            history.put(p.employeeId(), s.priors().stream().filter(x -> x.employeeId().equals(p.employeeId()))
                    .map(x -> new PriorOccurrence(x.ruleId(), x.key(), x.date())).toList());
        }
        Map<Integer, CalendarYear> years = new HashMap<>();
        for (int y = s.period().getYear() - 1; y <= s.period().getYear() + 1; y++) {
            years.put(y, NationalHolidays.of(y));
        }
        // a record given twice alike is one record (assembly holds records by identity, as a run's pool has them)
        return new Prepared(new MonthInputs(s.period(), AS_OF, new WorkCalendar(years), people, wages, history,
                new ArrayList<>(new LinkedHashSet<>(records))), errors);
    }

    /**
     * Scores a scenario with the windows of its period and compares; {@code policy} is the revision's. A
     * rule of the revision that fails or loops fails the scenario; anything else is a fault of the
     * service and is thrown.
     */
    public ScenarioResult run(Scenario s, String policy, Function<YearMonth, List<RuleBookWindow>> windows) {
        Prepared prepared = prepare(s);
        if (!prepared.errors().isEmpty()) {
            return new ScenarioResult(s.id(), s.title(), false, prepared.errors());
        }
        List<ScoredMonth> scored;
        try {
            scored = scorer.score(prepared.inputs(), windows.apply(s.period()));
        } catch (RuleFailure e) {
            LOG.warnf(e, "scenario %s (%s) of %s: %s", s.id(), s.at(), policy, e.getMessage());
            return new ScenarioResult(s.id(), s.title(), false, List.of(new ApiError(s.at(), "scenario " + s.id()
                    + " could not be scored: " + e.getMessage())));
        }
        List<ApiError> failures = new Expectations(s, policy).compare(scored);
        return new ScenarioResult(s.id(), s.title(), failures.isEmpty(), failures);
    }

    private <T> void addRecord(Scenario s, Scenario.Given g, RecordType<T> type, Map<String, Object> fields,
            List<ApiError> errors, List<Object> records) {
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
            type.parties(record);
        } catch (NullPointerException e) {
            problems.add(new ApiError("/", "lacks a field the kind needs (" + firstLine(e.getMessage()) + ")"));
        }
        problems.forEach(p -> errors.add(new ApiError(g.at(), "scenario " + s.id() + ": the " + g.kind()
                + " record " + p.location() + " " + p.message())));
        if (problems.isEmpty()) {
            records.add(record);
        }
    }

    private static Person person(Scenario.Person p) {
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
        return new Person(profile, new EmployeeMonth.BranchShift(time(f, "shiftStart", "08:30"),
                time(f, "shiftEnd", "17:30"), flag(f, "closedOnHolidays", false)));
    }

    private static LocalTime time(Map<String, String> f, String name, String dflt) {
        try {
            return LocalTime.parse(f.getOrDefault(name, dflt));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a time hh:mm, not " + f.get(name));
        }
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
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date yyyy-MM-dd, not " + v);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
