package com.aftersales.bench;

import com.aftersales.policy.CompiledRuleBook;
import com.aftersales.policy.RuleBookCompiler;
import com.aftersales.scoring.EmployeeMonth;
import com.aftersales.scoring.EmployeeMonthScorer;
import com.aftersales.policy.RuleBookWindow;
import com.aftersales.scoring.ScoredMonth;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark (a), engine only: the month's rules fired in memory on the pre-built employee-months of a generated
 * company (no database, no JSON), with the shipped rule book. One operation scores every employee-month once,
 * one at a time or on the common pool as a run does; employee-months/s = employees / score, facts/s = the
 * facts inserted into the sessions / score (printed at setup). {@code jit} compares the constraint JIT off
 * (how every rule book is built) with Drools' default threshold on rules that do not crash.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xmx3g", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager"})
public class EngineBenchmark {

    static final YearMonth NOVEMBER = YearMonth.of(2024, 11);

    @Param("1000")
    int employees;

    @Param({"-1", "20"})
    int jit;

    @Param({"false", "true"})
    boolean parallel;

    private List<EmployeeMonth> months;
    private List<RuleBookWindow> windows;
    private EmployeeMonthScorer scorer;

    @Setup(Level.Trial)
    public void company() {
        GeneratedCompany company = new CompanyGenerator(20241101, NOVEMBER).generate(employees);
        CompiledRuleBook book = new RuleBookCompiler().withJittingThreshold(jit).compile(ShippedRuleBook.revisions());
        windows = List.of(new RuleBookWindow(NOVEMBER.atDay(1), NOVEMBER.atEndOfMonth(), book));
        months = GeneratedMonths.of(company, windows, ShippedRuleBook.derivers());
        scorer = new EmployeeMonthScorer(ShippedRuleBook.derivers());
        long records = months.stream().mapToLong(m -> GeneratedCompany.KINDS.stream()
                .mapToLong(k -> m.records(k.javaType()).size()).sum()).sum();
        long facts = months.stream().mapToLong(m -> ShippedRuleBook.facts(m, ShippedRuleBook.derivers(), book)).sum();
        System.out.printf("%n[engine] %d employee-months, %d records loaded, %d facts inserted (%d records generated)%n",
                months.size(), records, facts, company.recordCount());
    }

    @Benchmark
    public void scoreTheMonth(Blackhole bh) {
        (parallel ? months.parallelStream() : months.stream()).map(m -> scorer.score(m, windows))
                .map(ScoredMonth::lines).forEach(bh::consume);
    }
}
