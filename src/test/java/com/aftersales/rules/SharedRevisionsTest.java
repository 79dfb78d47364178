package com.aftersales.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.bench.CompanyGenerator;
import com.aftersales.bench.GeneratedCompany;
import com.aftersales.bench.GeneratedMonths;
import com.aftersales.policy.CompiledRuleBook;
import com.aftersales.policy.LoadedRevision;
import com.aftersales.policy.RevisionFolders;
import com.aftersales.policy.RuleBookCompiler;
import com.aftersales.policy.RuleBookWindow;
import com.aftersales.scoring.EmployeeMonthScorer;
import com.aftersales.scoring.ScoredMonth;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A revision is compiled once and its rule packages are cloned into every rule book that holds it
 * ({@code RuleBookCompiler}). A book assembled from revisions another book compiled first scores a generated
 * month of 150 employees exactly as the same book compiled from nothing, and a book that shares four of its
 * five revisions compiles only the fifth. The visits revision declares a type ({@code SatCounted}): cloning it
 * into a second book fails unless the book's class loader learns the revision's declared classes first.
 */
class SharedRevisionsTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2024, 11);
    private static final GeneratedCompany COMPANY = new CompanyGenerator(7, NOVEMBER).generate(150);
    private static final List<String> POLICIES = List.of("attendance", "commission", "complaints", "conduct", "visits");

    private static List<LoadedRevision> shipped() {
        return POLICIES.stream().map(p -> RevisionFolders.loaded(RevisionFolders.latest(Path.of("rules"), p))).toList();
    }

    /** The shipped book with the attendance revision edited (a day of 7.5 hours). */
    private static List<LoadedRevision> withEditedAttendance() {
        List<LoadedRevision> revisions = new ArrayList<>(shipped());
        revisions.set(0, RevisionEdits.latest("attendance").parameter("P_HOURS_PER_DAY", "7.5").revision());
        return revisions;
    }

    /** Every line and flag of the month, one per text line, in the scorer's total order. */
    private static String score(CompiledRuleBook book) {
        EmployeeMonthScorer scorer = new EmployeeMonthScorer(RuleHarness.defaultDerivers());
        List<RuleBookWindow> windows = List.of(new RuleBookWindow(NOVEMBER.atDay(1), NOVEMBER.atEndOfMonth(), book));
        List<ScoredMonth> months = GeneratedMonths.of(COMPANY, windows, RuleHarness.defaultDerivers()).stream()
                .map(m -> scorer.score(m, windows)).toList();
        return months.stream().flatMap(m -> java.util.stream.Stream.concat(
                m.lines().stream().map(l -> String.join("|", l.employeeId(), l.line().getRuleId(),
                        String.valueOf(l.line().getDate()), l.line().getDirection() + "", l.line().getComponent() + "",
                        l.line().getAmount().toPlainString(), l.line().getArithmetic(), l.line().getRecords().toString(),
                        l.revision().policy())),
                m.flags().stream().map(f -> String.join("|", f.employeeId(), f.flag().getRuleId(), f.flag().getCode() + "",
                        String.valueOf(f.flag().getDate()), String.valueOf(f.flag().getDetail()),
                        f.flag().getRecords().toString()))))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void aBookMadeOfRevisionsCompiledForAnotherScoresAMonthAsTheSameBookCompiledFromNothing() {
        RuleBookCompiler.forgetCompiledRevisions();
        String alone = score(new RuleBookCompiler().compile(withEditedAttendance()));

        RuleBookCompiler.forgetCompiledRevisions();
        String shippedFirst = score(new RuleBookCompiler().compile(shipped()));
        long before = RuleBookCompiler.revisionsCompiled();
        String shared = score(new RuleBookCompiler().compile(withEditedAttendance()));
        assertThat(RuleBookCompiler.revisionsCompiled() - before).as("revisions compiled for the second book").isEqualTo(1);

        assertThat(shared.lines().count()).isGreaterThan(200);
        assertThat(shared).isEqualTo(alone);
        assertThat(shared).isNotEqualTo(shippedFirst);
        assertThat(shared.lines().filter(l -> l.split("\\|").length == 9).map(l -> l.substring(l.lastIndexOf('|') + 1))
                .distinct().sorted().toList()).as("the policies of the lines").contains("attendance", "conduct");
        // the shipped book again, from its cached revisions only: the clones score as the first book did
        long again = RuleBookCompiler.revisionsCompiled();
        assertThat(score(new RuleBookCompiler().compile(shipped()))).isEqualTo(shippedFirst);
        assertThat(RuleBookCompiler.revisionsCompiled()).isEqualTo(again);
    }
}
