package com.aftersales.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.aftersales.bench.CompanyGenerator;
import com.aftersales.bench.GeneratedMonths;
import com.aftersales.policy.CompiledRuleBook;
import com.aftersales.policy.RuleBookCompiler;
import com.aftersales.bench.GeneratedCompany;
import com.aftersales.scoring.EmployeeMonthScorer;
import com.aftersales.policy.RuleBookWindow;
import com.aftersales.scoring.ScoredMonth;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Why every rule book is built with the constraint JIT off: a revision with {@code str[startsWith]} and a
 * binding ({@link PrefixMatchingEdit}) crashes a generated month of 100 employees once MVEL jits the
 * constraint at Drools' default threshold (20 evaluations), and scores it with the JIT off, as every rule
 * book is built.
 */
class JittingThresholdTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2024, 11);
    private static final GeneratedCompany COMPANY = new CompanyGenerator(5, NOVEMBER).generate(100);

    private static List<ScoredMonth> score(CompiledRuleBook book) {
        EmployeeMonthScorer scorer = new EmployeeMonthScorer(RuleHarness.defaultDerivers());
        List<RuleBookWindow> windows = List.of(new RuleBookWindow(NOVEMBER.atDay(1), NOVEMBER.atEndOfMonth(), book));
        return GeneratedMonths.of(COMPANY, windows, RuleHarness.defaultDerivers()).stream()
                .map(m -> scorer.score(m, windows)).toList();
    }

    @Test
    void theDroolsDefaultThresholdCrashesAMonthOnAStrOperatorWithABinding() {
        CompiledRuleBook jitted = new RuleBookCompiler().withJittingThreshold(20)
                .compile(List.of(PrefixMatchingEdit.attendance().revision()));
        Throwable thrown = catchThrowable(() -> {
            for (int round = 0; round < 5; round++) {
                // the JIT compiles on a thread of its own: a few rounds give it time to swap the jitted code in
                score(jitted);
            }
        });
        while (thrown != null && thrown.getCause() != null && !(thrown instanceof NoSuchMethodError)) {
            thrown = thrown.getCause();
        }
        assertThat(thrown).isInstanceOf(NoSuchMethodError.class).hasMessageContaining("EvaluatorHelper.initOperators");
    }

    @Test
    void theCompiledRuleBooksScoreTheSameMonthWithTheJitOff() {
        CompiledRuleBook book = new RuleBookCompiler().compile(List.of(PrefixMatchingEdit.attendance().revision()));
        List<ScoredMonth> scored = score(book);
        assertThat(scored).hasSize((int) COMPANY.employees().stream()
                .filter(e -> !e.hireDate().isAfter(NOVEMBER.atEndOfMonth())).count());
        assertThat(scored.stream().flatMap(s -> s.lines().stream()).map(l -> l.line().getRuleId()))
                .contains("ATT-LATE-1", "ATT-LATE-2").hasSizeGreaterThan(100);
    }
}
