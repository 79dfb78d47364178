package com.aftersales.rules;

import com.aftersales.attendance.AttendanceDeriver;
import com.aftersales.calendar.CalendarYear;
import com.aftersales.calendar.NationalHolidays;
import com.aftersales.calendar.WorkCalendar;
import com.aftersales.facts.input.PayFloor;
import com.aftersales.facts.input.PriorOccurrence;
import com.aftersales.leave.LeaveDeriver;
import com.aftersales.facts.input.Profile;
import com.aftersales.facts.input.Wages;
import com.aftersales.policy.CompiledRuleBook;
import com.aftersales.policy.LoadedRevision;
import com.aftersales.policy.RevisionFolders;
import com.aftersales.policy.RuleBookCompiler;
import com.aftersales.scoring.EmployeeMonth;
import com.aftersales.scoring.EmployeeMonthScorer;
import com.aftersales.scoring.FactDeriver;
import com.aftersales.scoring.Margins;
import com.aftersales.scoring.PayFloorDeriver;
import com.aftersales.scoring.ProfileDeriver;
import com.aftersales.policy.RuleBookWindow;
import com.aftersales.scoring.ScoredMonth;
import com.aftersales.workorder.IncidentDeriver;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles the real {@code rules/} revisions without Quarkus and scores in-memory employee-months
 * with them, for plain JUnit rule tests.
 */
public final class RuleHarness {

    public static final Path RULES = Path.of("rules");

    private final CompiledRuleBook book;
    private final List<FactDeriver> derivers;
    private final String rulePrefix;

    private RuleHarness(CompiledRuleBook book, List<FactDeriver> derivers) {
        this(book, derivers, "");
    }

    private RuleHarness(CompiledRuleBook book, List<FactDeriver> derivers, String rulePrefix) {
        this.book = book;
        this.derivers = derivers;
        this.rulePrefix = rulePrefix;
    }

    /**
     * The same rule book, whose results are kept only for rule ids starting with {@code prefix}: for tests
     * of one family of rules (e.g. "ATT-") in a policy that holds others too (the attendance policy also
     * settles leave and rest days each month).
     */
    public RuleHarness only(String prefix) {
        return new RuleHarness(book, derivers, prefix);
    }

    /** The newest shipped revision of each named policy, compiled into one rule book (once per JVM). */
    public static RuleHarness of(String... policies) {
        List<LoadedRevision> revisions = Arrays.stream(policies)
                .map(p -> RevisionFolders.loaded(RevisionFolders.latest(RULES, p))).toList();
        return new RuleHarness(compiled(revisions), defaultDerivers());
    }

    /**
     * The compiler of the rule tests: the service's (JIT off), or one with the constraint-JIT threshold that
     * {@code ./mvnw test -Drules.jitting-threshold=0} sets, to run every rule test with each constraint jitted
     * at its first evaluation (docs/benchmarks.md, "The constraint JIT").
     */
    static RuleBookCompiler compiler() {
        String threshold = System.getProperty("rules.jitting-threshold", "").trim();
        return threshold.isEmpty() ? new RuleBookCompiler()
                : new RuleBookCompiler().withJittingThreshold(Integer.parseInt(threshold));
    }

    /** Given revisions (e.g. edited copies, see {@link RevisionEdits}), compiled into one rule book (once per JVM). */
    public static RuleHarness of(LoadedRevision... revisions) {
        return new RuleHarness(compiled(List.of(revisions)), defaultDerivers());
    }

    /**
     * Rule books compiled by the tests of this JVM, by the policies and sha256 of their revisions' files
     * and effective dates: the rule tests share them, as the service's RuleBookCache shares them between
     * months. Compiled books are immutable, so sharing them between test classes changes nothing.
     */
    private static final Map<String, CompiledRuleBook> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    public static CompiledRuleBook compiled(List<LoadedRevision> revisions) {
        String key = revisions.stream().map(r -> r.ref().policy() + ":" + r.files().sha256() + ":"
                + r.ref().effectiveFrom() + ":" + r.ref().revision()).sorted().reduce("", (a, b) -> a + "|" + b);
        CompiledRuleBook book = COMPILED.get(key);
        if (book == null) {
            book = compiler().compile(revisions);
            COMPILED.putIfAbsent(key, book);
        }
        return book;
    }

    public static List<FactDeriver> defaultDerivers() {
        return List.of(new ProfileDeriver(), new AttendanceDeriver(), new IncidentDeriver(), new LeaveDeriver(),
                new PayFloorDeriver());
    }

    public RuleHarness withDerivers(List<FactDeriver> more) {
        List<FactDeriver> all = new ArrayList<>(derivers);
        all.addAll(more);
        return new RuleHarness(book, all, rulePrefix);
    }

    public CompiledRuleBook book() {
        return book;
    }

    public ScoredMonth score(Month month) {
        EmployeeMonth m = month.build(book);
        RuleBookWindow w = new RuleBookWindow(m.period().atDay(1), m.period().atEndOfMonth(), book);
        ScoredMonth scored = new EmployeeMonthScorer(derivers).score(m, List.of(w));
        return new ScoredMonth(scored.employeeId(),
                scored.lines().stream().filter(l -> l.line().getRuleId().startsWith(rulePrefix)).toList(),
                scored.flags().stream().filter(f -> f.flag().getRuleId().startsWith(rulePrefix)).toList());
    }

    public static Month month(Profile profile, String period) {
        return new Month(profile, YearMonth.parse(period));
    }

    /** An employee-month being put together by a test. */
    public static final class Month {
        private final Profile profile;
        private final YearMonth period;
        private final Map<YearMonth, BigDecimal> wages = new HashMap<>();
        private final Map<Class<?>, List<Object>> records = new LinkedHashMap<>();
        private final List<PriorOccurrence> history = new ArrayList<>();
        private final Map<Integer, CalendarYear> calendar = new HashMap<>();
        private LocalTime shiftStart = LocalTime.of(8, 30);
        private LocalTime shiftEnd = LocalTime.of(17, 30);
        private LocalDate asOf = LocalDate.of(2099, 1, 1);
        private BigDecimal monthlyWage;
        private BigDecimal minimumWage;
        private LocalDate minimumWageFrom;

        private Month(Profile profile, YearMonth period) {
            this.profile = profile;
            this.period = period;
        }

        public Month wage(String month, String dailyAvgWage) {
            wages.put(YearMonth.parse(month), new BigDecimal(dailyAvgWage));
            return this;
        }

        /** The monthly wage of the period (the pay floor of LEGAL_LIMIT; none without it). */
        public Month monthlyWage(String amount) {
            this.monthlyWage = new BigDecimal(amount);
            return this;
        }

        /** The minimum wage of the employee's branch in force on the period's last day, from {@code from}. */
        public Month minimumWage(String amount, String from) {
            this.minimumWage = new BigDecimal(amount);
            this.minimumWageFrom = LocalDate.parse(from);
            return this;
        }

        public Month add(Object... recs) {
            for (Object r : recs) {
                records.computeIfAbsent(r.getClass(), c -> new ArrayList<>()).add(r);
            }
            return this;
        }

        public Month prior(PriorOccurrence o) {
            history.add(o);
            return this;
        }

        public Month calendar(CalendarYear y) {
            calendar.put(y.year(), y);
            return this;
        }

        public Month asOf(LocalDate d) {
            this.asOf = d;
            return this;
        }

        EmployeeMonth build(CompiledRuleBook book) {
            Map<Integer, CalendarYear> years = new HashMap<>();
            for (int y = period.getYear() - 1; y <= period.getYear() + 1; y++) {
                years.put(y, calendar.getOrDefault(y, NationalHolidays.of(y)));
            }
            if (wages.isEmpty()) {
                wages.put(period, BigDecimal.ZERO);
            }
            Map<Class<?>, List<?>> recs = new LinkedHashMap<>(records);
            return new EmployeeMonth(profile, period, asOf, new Wages(wages),
                    new EmployeeMonth.BranchShift(shiftStart, shiftEnd, false), new WorkCalendar(years), recs, history,
                    Margins.of(period, List.of(book.params())), book.params(),
                    monthlyWage == null ? null : new PayFloor(profile.getEmployeeId(), period, monthlyWage,
                            profile.getBranch(), minimumWage, minimumWageFrom));
        }
    }
}
