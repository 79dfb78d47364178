package com.aftersales.payroll;

import com.aftersales.jdbc.Jdbc;
import com.aftersales.policy.RevisionRef;
import com.aftersales.policy.RuleBookPlan;
import com.aftersales.problem.ProblemException;
import com.aftersales.scoring.ScoredMonth;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The run tables: a run, its partitions and their shares of the statements; the switch of a period's
 * statements to a run once all of it is written; the removal of what a run replaced or what a failed run
 * wrote. The steps a run is made of are scheduled in the transactions that make them due ({@link RunJobs}).
 */
@ApplicationScoped
public class RunStore {

    private static final TypeReference<List<RuleBookPlan>> PLAN = new TypeReference<>() { };

    private final Jdbc jdbc;
    private final ObjectMapper json;
    private final RunJobs jobs;

    public RunStore(Jdbc jdbc, ObjectMapper json, RunJobs jobs) {
        this.jdbc = jdbc;
        this.json = json;
        this.jobs = jobs;
    }

    /** A partition to execute: its run's period, plan and status, and its own employees and status. */
    public record Partition(String runId, int part, YearMonth period, LocalDate asOf, List<RuleBookPlan> plan,
            String runStatus, List<String> employeeIds, String status) {

        public Partition {
            employeeIds = List.copyOf(employeeIds);
        }

        boolean due() {
            return RunView.RUNNING.equals(runStatus) && "PENDING".equals(status);
        }
    }

    /**
     * Creates a run of its partitions and schedules them, unless another run of the period (of the same branch,
     * or of every branch, or this one of every branch) is going: that is a 409 naming it.
     */
    @Transactional
    public void create(String runId, YearMonth period, String branch, LocalDate asOf, List<RuleBookPlan> plan,
            List<RevisionRef> revisions, List<List<String>> partitions, OffsetDateTime at) {
        String p = period.toString();
        jdbc.first("select pg_advisory_xact_lock(hashtext(?))", rs -> true, "run " + p);
        going(p, branch).ifPresent(other -> {
            throw ProblemException.conflict(com.aftersales.problem.Text.of("refusal.runGoing", p, other));
        });
        int total = partitions.stream().mapToInt(List::size).sum();
        jdbc.update("insert into run (run_id, period, branch_id, status, started_at, total, revisions, windows, as_of, "
                + "partitions) values (?, ?, ?, 'RUNNING', ?, ?, ?::jsonb, ?::jsonb, ?, ?)", runId, p, branch, at, total,
                write(revisions.stream().map(RunView.Revision::of).toList()), write(plan), asOf, partitions.size());
        jdbc.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into run_partition (run_id, part, employee_ids) values (?, ?, ?)")) {
                for (int i = 0; i < partitions.size(); i++) {
                    Jdbc.bind(c, ps, runId, i, partitions.get(i));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
        if (partitions.isEmpty()) {
            jobs.finish(runId);
        } else {
            jobs.partitions(runId, partitions.size());
        }
    }

    private Optional<String> going(String period, String branch) {
        return jdbc.first("select run_id from run where period = ? and status = 'RUNNING' and (?::text is null "
                + "or branch_id is null or branch_id = ?) order by started_at limit 1", rs -> rs.getString(1),
                period, branch, branch);
    }

    public Optional<Partition> partition(String runId, int part) {
        String sql = "select r.period, r.as_of, r.windows::text, r.status, p.employee_ids, p.status from run r "
                + "join run_partition p on p.run_id = r.run_id where r.run_id = ? and p.part = ?";
        return jdbc.first(sql, rs -> new Partition(runId, part, YearMonth.parse(rs.getString(1).trim()),
                Jdbc.date(rs, 2), read(rs.getString(3)), rs.getString(4), strings(rs.getArray(5)), rs.getString(6)),
                runId, part);
    }

    /** Counts an execution of a partition that is due (a second one follows a recovery). */
    public void started(Partition p, String instance) {
        jdbc.update("update run_partition set attempts = attempts + 1, executed_by = ? where run_id = ? and part = ? "
                + "and status = 'PENDING'", instance, p.runId(), p.part());
    }

    /**
     * Writes a scored partition, its lines, flags and shares of the statements, and marks it done, in one
     * transaction; the last partition of a run schedules its finish. Nothing is written when the partition was
     * written already (a second execution after a recovery) or the run is no longer going.
     */
    @Transactional
    public boolean writePartition(Partition p, List<ScoredMonth> months, String instance, ResultWriter writer) {
        int claimed = jdbc.update("update run_partition set status = 'DONE', executed_by = ?, finished_at = now() "
                + "where run_id = ? and part = ? and status = 'PENDING'", instance, p.runId(), p.part());
        if (claimed == 0) {
            return false;
        }
        ResultWriter.Written written = writer.write(p.runId(), p.period(), months);
        writeShares(p, written);
        jdbc.update("update run_partition set lines = ? where run_id = ? and part = ?", written.lines(), p.runId(),
                p.part());
        Optional<Boolean> last = jdbc.first("update run set done = done + ?, lines = lines + ?, "
                + "partitions_done = partitions_done + 1 where run_id = ? and status = 'RUNNING' "
                + "returning partitions_done = partitions", rs -> rs.getBoolean(1), months.size(), written.lines(),
                p.runId());
        if (last.isEmpty()) {
            throw new RunEnded(p.runId());
        }
        if (last.get()) {
            jobs.finish(p.runId());
        }
        return true;
    }

    private void writeShares(Partition p, ResultWriter.Written written) {
        jdbc.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into run_total (run_id, part, employee_id, member, "
                    + "deduct, pay, flags) values (?, ?, ?, ?, ?, ?, ?)")) {
                Set<String> members = new HashSet<>(p.employeeIds());
                for (Map.Entry<String, ResultWriter.Share> e : written.shares().entrySet()) {
                    ResultWriter.Share s = e.getValue();
                    Jdbc.bind(c, ps, p.runId(), p.part(), e.getKey(), members.contains(e.getKey()), s.deduct(),
                            s.pay(), List.copyOf(s.flags()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** The run ended (it failed) while a partition was being written: the partition's transaction rolls back. */
    static final class RunEnded extends RuntimeException {
        RunEnded(String runId) {
            super("run " + runId + " is no longer going");
        }
    }

    /**
     * Makes the run's shares the current statements of its employees, in one transaction, and schedules the
     * removal of the lines they replace. Does nothing unless the run is going and all of it is written.
     */
    @Transactional
    public boolean finish(String runId, OffsetDateTime at) {
        Optional<String> period = jdbc.first("select period from run where run_id = ? and status = 'RUNNING' "
                + "and partitions_done = partitions for update", rs -> rs.getString(1), runId);
        if (period.isEmpty()) {
            return false;
        }
        String p = period.get();
        String members = "select employee_id from run_total where run_id = ? group by employee_id having bool_or(member)";
        List<String> replaced = jdbc.list("select distinct run_id from statement where period = ? and employee_id in ("
                + members + ") order by 1", rs -> rs.getString(1), p, runId);
        jdbc.update("delete from statement where period = ? and employee_id in (" + members + ")", p, runId);
        jdbc.update("insert into statement (period, employee_id, run_id, name, branch_id, deduct, pay, net, flags) "
                + "select ?, e.employee_id, ?, e.name, e.branch_id, s.deduct, s.pay, s.pay - s.deduct, "
                + "coalesce((select jsonb_agg(c order by c) from (select distinct unnest(t.flags) c from run_total t "
                + "  where t.run_id = ? and t.employee_id = e.employee_id) codes), '[]'::jsonb) "
                + "from (select employee_id, sum(deduct) deduct, sum(pay) pay from run_total where run_id = ? "
                + "  group by employee_id having bool_or(member)) s join employee e on e.employee_id = s.employee_id",
                p, runId, runId, runId);
        jdbc.update("update run set status = 'DONE', finished_at = ?, replaced = ? where run_id = ?", at,
                replaced.stream().filter(r -> !r.equals(runId)).toList(), runId);
        return true;
    }

    /**
     * Marks a going run failed with its problem and removes what it wrote, so the previous statements stay the
     * period's; its steps not yet executed are removed. False when the run had ended already.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean fail(String runId, String error, Map<String, Object> problem) {
        Optional<String> period = jdbc.first("update run set status = 'FAILED', finished_at = now(), error = ?, "
                + "problem = ?::jsonb where run_id = ? and status = 'RUNNING' returning period", rs -> rs.getString(1),
                error, write(problem), runId);
        if (period.isEmpty()) {
            return false;
        }
        jdbc.update("delete from result_line where period = ? and run_id = ?", period.get(), runId);
        jdbc.update("delete from result_flag where period = ? and run_id = ?", period.get(), runId);
        jdbc.update("delete from run_total where run_id = ?", runId);
        jobs.cancel(runId);
        return true;
    }

    public boolean branchExists(String branch) {
        return jdbc.first("select 1 from branch where branch_id = ?", rs -> true, branch).isPresent();
    }

    private static final String VIEW = "select run_id, period, branch_id, status, started_at, finished_at, "
            + "(extract(epoch from coalesce(finished_at, now()) - started_at) * 1000)::bigint, total, done, lines, "
            + "partitions, partitions_done, revisions::text, error, problem::text from run ";

    public RunView view(String runId) {
        return jdbc.first(VIEW + "where run_id = ?", this::view, runId)
                .orElseThrow(() -> ProblemException.notFound(com.aftersales.problem.Text.of("problem.noRun", runId)));
    }

    /** The runs of a period, the newest first. */
    public List<RunView> list(YearMonth period) {
        return jdbc.list(VIEW + "where period = ? order by started_at desc, run_id", this::view, period.toString());
    }

    private RunView view(ResultSet rs) throws SQLException {
        return new RunView(rs.getString(1), rs.getString(2).trim(), rs.getString(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class), rs.getLong(7), rs.getInt(8),
                rs.getInt(10), rs.getInt(9), rs.getInt(8), rs.getInt(11), rs.getInt(12), revisions(rs.getString(13)),
                rs.getString(14), problem(rs.getString(15)));
    }

    private List<RunView.Revision> revisions(String text) {
        try {
            return json.readValue(text, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the revisions of a run are not JSON", e);
        }
    }

    private Map<String, Object> problem(String text) {
        try {
            return text == null ? null : json.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the problem of a run is not JSON", e);
        }
    }

    private List<RuleBookPlan> read(String text) {
        try {
            return json.readValue(text, PLAN);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the plan of a run is not JSON", e);
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private String write(Object o) {
        try {
            return o == null ? null : json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
