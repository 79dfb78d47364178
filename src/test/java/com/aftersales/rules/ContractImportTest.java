package com.aftersales.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aftersales.policy.LoadedRevision;
import com.aftersales.policy.RevisionFiles;
import com.aftersales.policy.RevisionRef;
import com.aftersales.policy.RuleBookCompiler;
import com.aftersales.policy.RuleCompileException;
import com.aftersales.problem.ApiError;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A revision as stored before the rule contract was split by role still compiles: its
 * {@code import com.aftersales.facts.*} reaches input facts, result facts and the functions tables call,
 * and a compile error keeps the line of the file.
 */
class ContractImportTest {

    private static LoadedRevision revision(String drl) {
        RevisionFiles files = new RevisionFiles("attendance",
                Map.of("stored.drl", drl.getBytes(StandardCharsets.UTF_8)));
        return new LoadedRevision(new RevisionRef("attendance", "2023-01-01", files.sha256(), LocalDate.of(2023, 1, 1)),
                files);
    }

    private static final String STORED = """
            package attendance;

            import com.aftersales.facts.*;
            import java.math.BigDecimal;

            rule "ATT-LATE-1 a stored rule written against the undivided contract"
            when
                $d: AttendanceDay(inPeriod, lateMinutes != null, lateMinutes > 0)
            then
                insert(Line.deduct(kcontext, new BigDecimal("1")).on($d.getDate()).arithmetic(Money.number(BigDecimal.ONE))
                        .build());
            end
            """;

    @Test
    void aRevisionImportingTheWholeContractStillCompiles() {
        assertThat(new RuleBookCompiler().compile(List.of(revision(STORED))).kieBase().getRule("attendance",
                "ATT-LATE-1 a stored rule written against the undivided contract")).isNotNull();
    }

    @Test
    void anErrorAfterTheContractImportIsReportedAtItsOwnLine() {
        String broken = STORED.replace("then\n", "thn\n");
        RuleCompileException e = catchThrowableOfType(RuleCompileException.class,
                () -> new RuleBookCompiler().compile(List.of(revision(broken))));
        assertThat(e).isNotNull();
        assertThat(e.errors()).extracting(ApiError::location).first().asString().startsWith("stored.drl:")
                .isIn("stored.drl:9", "stored.drl:10");
    }
}
