package com.aftersales.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Runs;
import com.aftersales.support.TestDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The test at volume: a generated month of 1,000 employees (about 110,000 records, written straight into the
 * database) run twice through {@code POST /api/periods/{p}/runs}, in a JVM without any Drools flag: both runs
 * succeed, the rules fire in the proportions of a real month, and the second run's statements and lines are
 * byte-identical to the first's.
 */
@QuarkusTest
class GeneratedMonthRunTest {

    static final YearMonth NOVEMBER = YearMonth.of(2024, 11);
    static final int EMPLOYEES = 1000;
    private static final Logger LOG = Logger.getLogger(GeneratedMonthRunTest.class);

    @Inject
    TestDatabase db;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;


    @Test
    void aThousandEmployeeMonthRunsTwiceWithByteIdenticalStatementsAndLines() throws Exception {
        assertThat(System.getProperty("drools.jittingThreshold")).as("no JIT flag on this JVM").isNull();
        db.reset();
        GeneratedCompany company = new CompanyGenerator(20241101, NOVEMBER).generate(EMPLOYEES);
        try (Connection c = dataSource.getConnection()) {
            new CompanyDatabase(json).write(c, company);
        }

        String first = run();
        Map<String, Object> before = results(first);
        String second = run();
        Map<String, Object> after = results(second);

        assertThat(second).isNotEqualTo(first);
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) before.get("lines");
        assertThat(lines.size()).isGreaterThan(EMPLOYEES * 10);
        assertThat(TableDump.rows(dataSource, "select count(*) from statement where period = '2024-11'"))
                .containsExactly(String.valueOf(EMPLOYEES));
        assertThat(TableDump.rows(dataSource, "select distinct rule_id from result_line where run_id = '" + second
                + "' order by 1")).contains("ATT-LATE-1", "ATT-LATE-2", "ATT-LATE-3", "ATT-ABSENT-1",
                "LEAVE-PERSONAL-DAILY", "LEAVE-SICK-DAILY", "LEAVE-REST-SUBSIDY", "PEN-APPT-CALL-30MIN",
                "PEN-LATE-ARRIVAL", "PEN-CARD-FILLING", "VISIT-PEN-SALES-SAT", "VISIT-PEN-LOG-TIME", "COMM-ILLUS-RATE",
                "BONUS-PEER-HELP", "BONUS-TOP-PERFORMER").hasSizeGreaterThan(30);
        assertThat(after).containsExactlyEntriesOf(before);
    }

    /** A run through the job API: started (202), polled until done. */
    private static String run() {
        long t = System.nanoTime();
        String runId = Runs.start(NOVEMBER.toString());
        Runs.awaitDone(runId);
        LOG.infof("a run of %d generated employees took %d ms", EMPLOYEES, (System.nanoTime() - t) / 1_000_000);
        return runId;
    }

    /**
     * What a run leaves: the statement list, every 25th employee's statement, and every line and flag stored, in
     * a total order (seq alone is not one: a line charged to a leader is numbered in the month it was found in).
     */
    private Map<String, Object> results(String runId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("list", Api.get("/api/periods/" + NOVEMBER + "/statements").statusCode(200).extract().asString());
        for (int i = 0; i < EMPLOYEES; i += 25) {
            String id = String.format("E%06d", i + 1);
            out.put(id, Api.withoutRun(Api.get("/api/periods/" + NOVEMBER
                    + "/statements/" + id).statusCode(200).extract().asString()));
        }
        out.put("statements", TableDump.rows(dataSource, "select period, employee_id, name, branch_id, deduct, pay, net, "
                + "flags::text from statement order by employee_id"));
        out.put("lines", TableDump.rows(dataSource, "select line_id, period, employee_id, seq, rule_id, rule_name, "
                + "direction, component, amount, date, policy, revision, sha256, summary, records::text, detail::text, "
                + "occurrence_key from result_line where run_id = '" + runId + "' order by employee_id, seq, line_id"));
        out.put("flags", TableDump.rows(dataSource, "select flag_id, period, employee_id, seq, code, rule_id, policy, "
                + "revision, date, detail, records::text from result_flag where run_id = '" + runId
                + "' order by employee_id, seq, flag_id"));
        return out;
    }
}
