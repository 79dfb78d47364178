package com.aftersales.payroll;

import com.aftersales.jdbc.Jdbc;
import com.aftersales.policy.RevisionRef;
import com.aftersales.scoring.ScoredMonth;
import com.aftersales.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/** The run table, and the switch of a period's statements to a finished run. */
@ApplicationScoped
public class RunStore {

    private final Jdbc jdbc;
    private final ObjectMapper json;

    public RunStore(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional
    public void start(String runId, YearMonth period, String branch, int total, List<RevisionRef> revisions,
            OffsetDateTime at) {
        update("insert into run (run_id, period, branch_id, status, started_at, total, revisions) "
                + "values (?, ?, ?, 'RUNNING', ?, ?, ?::jsonb)", runId, period.toString(), branch, at, total,
                write(revisions.stream().map(RunView.Revision::of).toList()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int writeBatch(String runId, YearMonth period, List<ScoredMonth> months, ResultWriter writer) {
        return writer.write(runId, period, months);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(String runId, int done, int lines) {
        update("update run set done = ?, lines = ? where run_id = ?", done, lines, runId);
    }

    /** Makes the run's lines the current statements of its employees, in one transaction. */
    @Transactional
    public void finish(String runId, YearMonth period, List<String> employees, OffsetDateTime at) {
        String p = period.toString();
        Object ids = employees.toArray(new String[0]);
        update("delete from statement where period = ? and employee_id = any(?)", p, ids);
        update("insert into statement (period, employee_id, run_id, name, branch_id, deduct, pay, net, flags) "
                + "select ?, e.employee_id, ?, e.name, e.branch_id, coalesce(t.deduct, 0), coalesce(t.pay, 0), "
                + "coalesce(t.pay, 0) - coalesce(t.deduct, 0), "
                + "coalesce((select jsonb_agg(c order by c) from (select distinct f.code c from result_flag f "
                + "  where f.run_id = ? and f.employee_id = e.employee_id) codes), '[]'::jsonb) "
                + "from employee e left join (select employee_id, "
                + "  sum(amount) filter (where direction = 'DEDUCT') deduct, "
                + "  sum(amount) filter (where direction = 'PAY') pay "
                + "  from result_line where run_id = ? group by employee_id) t on t.employee_id = e.employee_id "
                + "where e.employee_id = any(?)", p, runId, runId, runId, ids);
        update("delete from result_line where period = ? and employee_id = any(?) and run_id <> ?", p, ids, runId);
        update("delete from result_flag where period = ? and employee_id = any(?) and run_id <> ?", p, ids, runId);
        update("update run set status = 'DONE', finished_at = ? where run_id = ?", at, runId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(String runId, String error) {
        update("update run set status = 'FAILED', finished_at = now(), error = ? where run_id = ?",
                error == null ? "failed" : error, runId);
        update("delete from result_line where run_id = ?", runId);
        update("delete from result_flag where run_id = ?", runId);
    }

    public boolean branchExists(String branch) {
        return jdbc.first("select 1 from branch where branch_id = ?", rs -> true, branch).isPresent();
    }

    public RunView view(String runId) {
        String sql = "select run_id, period, branch_id, status, started_at, finished_at, total, done, lines, "
                + "revisions::text, error from run where run_id = ?";
        return jdbc.first(sql, rs -> new RunView(rs.getString(1), rs.getString(2).trim(), rs.getString(3),
                rs.getString(4), rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class),
                rs.getInt(7), rs.getInt(9), rs.getInt(8), rs.getInt(7), revisions(rs.getString(10)), rs.getString(11)),
                runId).orElseThrow(() -> ProblemException.notFound("no run " + runId));
    }

    private List<RunView.Revision> revisions(String text) {
        try {
            return json.readValue(text, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the revisions of a run are not JSON", e);
        }
    }

    private void update(String sql, Object... args) {
        jdbc.update(sql, args);
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
