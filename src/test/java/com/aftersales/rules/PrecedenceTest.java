package com.aftersales.rules;

import static com.aftersales.rules.RuleHarness.month;
import static com.aftersales.support.WorkOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.facts.result.Line;
import com.aftersales.facts.result.Precedence;
import com.aftersales.policy.CompiledRuleBook;
import com.aftersales.policy.LoadedRevision;
import com.aftersales.policy.RevisionFiles;
import com.aftersales.policy.RevisionFolders;
import com.aftersales.policy.RevisionRef;
import com.aftersales.policy.RuleBookCompiler;
import com.aftersales.scoring.EmployeeMonthScorer;
import com.aftersales.scoring.FactDeriver;
import com.aftersales.policy.RuleBookWindow;
import com.aftersales.scoring.ScoredMonth;
import com.aftersales.tools.WorkbookTool;
import com.aftersales.workorder.WorkOrderDeriver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * G-9, no double penalty, with a revision pair built in memory (nothing uploaded): the shipped
 * conduct revision fines drinking 50 (奖惩办法 序9), and a visits revision an admin might upload fines
 * the same conduct 100 (the 回访 table's -100). One charge remains, its explanation names the
 * document that did not apply and why; the collision is flagged for the policy admins only when the
 * conduct revision's switch P_FLAG_CONDUCT_COLLISION is on (off by default: the catalogue asks for no flag).
 */
class PrecedenceTest {

    private static final String VISITS_DRL = """
            package visits;
            import com.aftersales.facts.*;
            rule "VISIT-PEN-AS-DRINKING the visit table fines drinking at work 100"
            when
                $o: WorkOrder(drinking)
            then
                for (Object x : ConductFines.on(kcontext, $o).conduct("DRINKING").per("DAY").fine("100")) { insert(x); }
            end
            """;

    private static final String VISITS_PRECEDENCE = """
            === Precedence
            RuleSet\tvisits
            Import\tcom.aftersales.facts.*
            Notes\ta visits revision that claims drinking for itself

            RuleTable Precedence
            NAME\tACTION\tACTION\tACTION
            \t
            \tPrecedence.Builder p = Precedence.conducts("$param");\tp.order("$param");\tinsert(p.because("$param"));
            Rule\tconducts\tdocuments\twhy
            G-9 drinking is governed by the visit rules\tDRINKING\tvisits, conduct\tthe 2016 revision is the later document (C-2 alternative)
            """;

    private static ScoredMonth scoreDrinking(CompiledRuleBook book) {
        List<FactDeriver> derivers = new ArrayList<>(RuleHarness.defaultDerivers());
        derivers.add(new WorkOrderDeriver());
        var m = month(Staff.WANG, "2024-11").add(order("O1", "WANG").on("2024-11-21").flag("drinking").record())
                .build(book);
        RuleBookWindow w = new RuleBookWindow(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30), book);
        return new EmployeeMonthScorer(derivers).score(m, List.of(w));
    }

    private static CompiledRuleBook book(Map<String, byte[]> visitsFiles) {
        return book(RevisionFolders.loaded(RevisionFolders.latest(RuleHarness.RULES, "conduct")), visitsFiles);
    }

    private static CompiledRuleBook book(LoadedRevision conduct, Map<String, byte[]> visitsFiles) {
        RevisionFiles files = new RevisionFiles("visits", visitsFiles);
        LoadedRevision visits = new LoadedRevision(new RevisionRef("visits", "2024-12-01", files.sha256(),
                LocalDate.of(2024, 12, 1)), files);
        return new RuleBookCompiler().compile(List.of(conduct, visits));
    }

    @Test
    void aConductFinedByTwoDocumentsIsChargedOnceUnderTheDocumentThatGovernsIt() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("drinking.drl", VISITS_DRL.getBytes(StandardCharsets.UTF_8));
        ScoredMonth m = scoreDrinking(book(files));

        assertThat(m.lines()).singleElement().satisfies(s -> {
            Line l = s.line();
            assertThat(l.getRuleId()).isEqualTo("PEN-DRINKING");
            assertThat(l.getPolicy()).isEqualTo("conduct");
            assertThat(l.getAmount()).isEqualByComparingTo("50");
            assertThat(l.getNote()).contains("visits VISIT-PEN-AS-DRINKING 100.00", "does not apply",
                    "售后作业人员奖惩办法");
            assertThat(l.getValues()).anySatisfy(v -> {
                assertThat(v.name()).isEqualTo("notApplied");
                assertThat(v.value()).isEqualTo("visits VISIT-PEN-AS-DRINKING 100.00");
            });
        });
        assertThat(m.flags()).isEmpty();
    }

    @Test
    void withTheSwitchOnTheCollisionIsFlaggedForThePolicyAdmins() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("drinking.drl", VISITS_DRL.getBytes(StandardCharsets.UTF_8));
        LoadedRevision flagging = RevisionEdits.latest("conduct").parameter("P_FLAG_CONDUCT_COLLISION", "true").revision();
        ScoredMonth m = scoreDrinking(book(flagging, files));
        assertThat(m.lines()).extracting(s -> s.line().getRuleId(), s -> s.line().getAmount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PEN-DRINKING", "50.00"));
        assertThat(m.flags()).singleElement().satisfies(f -> {
            assertThat(f.flag().getCode()).isEqualTo(Precedence.COLLISION);
            assertThat(f.flag().getRuleId()).isEqualTo("G-9");
            assertThat(f.flag().getDetail()).contains("conduct PEN-DRINKING 50.00", "visits VISIT-PEN-AS-DRINKING 100.00");
        });
    }

    @Test
    void withTheSwitchOnASingleDocumentStillRaisesNoFlag() {
        LoadedRevision flagging = RevisionEdits.latest("conduct").parameter("P_FLAG_CONDUCT_COLLISION", "true").revision();
        ScoredMonth m = scoreDrinking(new RuleBookCompiler().compile(List.of(flagging)));
        assertThat(m.flags()).isEmpty();
    }

    @Test
    void thePrecedenceIsDataOfTheRuleBookNotOfTheCode() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("drinking.drl", VISITS_DRL.getBytes(StandardCharsets.UTF_8));
        files.put("precedence.drl.xlsx", WorkbookTool.toBytes(VISITS_PRECEDENCE));
        ScoredMonth m = scoreDrinking(book(files));

        assertThat(m.lines()).singleElement().satisfies(s -> {
            assertThat(s.line().getRuleId()).isEqualTo("VISIT-PEN-AS-DRINKING");
            assertThat(s.line().getAmount()).isEqualByComparingTo("100");
            assertThat(s.line().getNote()).contains("conduct PEN-DRINKING 50.00", "later document");
        });
        assertThat(m.flags()).isEmpty();
    }

    @Test
    void withoutASecondDocumentNothingCollides() {
        LoadedRevision conduct = RevisionFolders.loaded(RevisionFolders.latest(RuleHarness.RULES, "conduct"));
        ScoredMonth m = scoreDrinking(new RuleBookCompiler().compile(List.of(conduct)));
        assertThat(m.lines()).singleElement().satisfies(s -> assertThat(s.line().getNote()).isNull());
        assertThat(m.flags()).isEmpty();
    }
}
