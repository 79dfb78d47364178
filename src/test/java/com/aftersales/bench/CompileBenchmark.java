package com.aftersales.bench;

import com.aftersales.policy.CompiledRuleBook;
import com.aftersales.policy.LoadedRevision;
import com.aftersales.policy.RuleBookCache;
import com.aftersales.policy.RuleBookCompiler;
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

/**
 * Benchmark (e): compiling the attendance revision with a decision table of {@code rows} rows. {@code cold} is
 * the first compile in a fresh JVM (one per fork: Drools, ECJ and MVEL loaded and not yet jitted by the JVM);
 * {@code warm} a compile in a JVM that has compiled it before, without a cache; {@code compiledRevision} a new
 * rule book of the revision compiled before (its packages cloned, no compile); {@code cached} the rule-book
 * cache's answer for revisions it holds, which must be the very rule book compiled at setup (a hit compiles
 * nothing: the benchmark fails otherwise).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CompileBenchmark {

    @Param("1000")
    int rows;

    private List<LoadedRevision> revisions;
    private RuleBookCache cache;

    @Setup(Level.Trial)
    public void revision() {
        revisions = List.of(LargeDecisionTable.attendance(rows));
        cache = new RuleBookCache();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = "-Djava.util.logging.manager=org.jboss.logmanager.LogManager")
    public CompiledRuleBook cold() {
        return new RuleBookCompiler().compile(revisions);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    @Fork(value = 3, jvmArgsAppend = "-Djava.util.logging.manager=org.jboss.logmanager.LogManager")
    public CompiledRuleBook warm() {
        RuleBookCompiler.forgetCompiledRevisions();
        return new RuleBookCompiler().compile(revisions);
    }

    /**
     * A new rule book of a revision compiled before (for another book, or by an upload's validation): the
     * revision's packages cloned into a fresh rule base and its network built, no compile.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    @Fork(value = 3, jvmArgsAppend = "-Djava.util.logging.manager=org.jboss.logmanager.LogManager")
    public CompiledRuleBook compiledRevision() {
        return new RuleBookCompiler().compile(revisions);
    }

    /** The cached state: the revisions compiled once through the cache at setup. */
    @State(Scope.Benchmark)
    public static class Cached {
        RuleBookCache cache;
        List<LoadedRevision> revisions;
        CompiledRuleBook compiled;

        @Setup(Level.Trial)
        public void compileOnce(CompileBenchmark b) {
            cache = b.cache;
            revisions = b.revisions;
            compiled = cache.get(revisions);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(value = 3, jvmArgsAppend = "-Djava.util.logging.manager=org.jboss.logmanager.LogManager")
    public CompiledRuleBook cached(Cached c) {
        CompiledRuleBook book = c.cache.get(c.revisions);
        if (book != c.compiled || c.cache.size() != 1) {
            throw new IllegalStateException("a cache hit compiled a rule book");
        }
        return book;
    }
}
