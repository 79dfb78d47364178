package com.aftersales.payroll;

import com.aftersales.audit.AuditTrail;
import com.aftersales.facts.functions.Money;
import com.aftersales.jdbc.Jdbc;
import com.aftersales.period.Periods;
import com.aftersales.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Closing and reopening pay periods. Closing freezes every employee's statement as it is (the run whose lines are
 * paid, with its totals); while closed, records, runs and activations dated in the period are refused. Reopening
 * needs a reason; a run of a reopened period keeps what was paid and adds adjustment lines ({@link Adjustments}).
 */
@ApplicationScoped
public class PeriodService {

    private final Jdbc jdbc;
    private final Periods periods;
    private final RunStore runs;
    private final AuditTrail audit;

    public PeriodService(Jdbc jdbc, Periods periods, RunStore runs, AuditTrail audit) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.runs = runs;
        this.audit = audit;
    }

    /** A close, reopen or run of the period, as its history lists it. */
    public record Event(String action, String actor, OffsetDateTime at, String reason, String runId,
            Map<String, Object> detail) {
    }

    /** {@code GET /api/periods/{period}}. */
    public record PeriodView(String period, String status, int statements, String deduct, String pay, String net,
            int closes, List<Event> history, List<RunView> runs) {
    }

    @Transactional
    public PeriodView close(YearMonth period, String reason, String actor) {
        String p = period.toString();
        jdbc.first("select pg_advisory_xact_lock(hashtext(?))", rs -> true, "run " + p);
        if (periods.isClosed(period)) {
            throw ProblemException.conflict(com.aftersales.problem.Text.of("period.closedAlready", p));
        }
        jdbc.first("select run_id from run where period = ? and status = 'RUNNING' order by started_at limit 1",
                rs -> rs.getString(1), p).ifPresent(run -> {
                    throw ProblemException.conflict(com.aftersales.problem.Text.of("period.runGoing", run, p));
                });
        int statements = jdbc.first("select count(*) from statement where period = ?", rs -> rs.getInt(1), p).orElse(0);
        if (statements == 0) {
            throw ProblemException.conflict(com.aftersales.problem.Text.of("period.noStatements", p));
        }
        long id = event(p, "CLOSED", actor, blank(reason), Map.of("statements", statements));
        jdbc.update("insert into period_close (close_id, period, employee_id, run_id, deduct, pay, net) "
                + "select ?, period, employee_id, run_id, deduct, pay, net from statement where period = ?", id, p);
        status(p, Periods.CLOSED);
        audit.record(AuditTrail.Change.of("CLOSED", "period", p, hash(p, Periods.OPEN), hash(p, Periods.CLOSED))
                .inPeriod(period).withDetail(detail(reason, statements)));
        return view(period);
    }

    @Transactional
    public PeriodView reopen(YearMonth period, String reason, String actor) {
        String p = period.toString();
        if (reason == null || reason.isBlank()) {
            throw ProblemException.badRequest("/reason", com.aftersales.problem.Text.of("period.reopenReason"));
        }
        jdbc.first("select pg_advisory_xact_lock(hashtext(?))", rs -> true, "run " + p);
        if (!periods.isClosed(period)) {
            throw ProblemException.conflict(com.aftersales.problem.Text.of("period.open", p));
        }
        event(p, "REOPENED", actor, reason.trim(), Map.of());
        status(p, Periods.OPEN);
        audit.record(AuditTrail.Change.of("REOPENED", "period", p, hash(p, Periods.CLOSED), hash(p, Periods.OPEN))
                .inPeriod(period).withDetail(Map.of("reason", reason.trim())));
        return view(period);
    }

    private static Map<String, Object> detail(String reason, int statements) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("statements", statements);
        if (reason != null && !reason.isBlank()) {
            d.put("reason", reason.trim());
        }
        return d;
    }

    private static String hash(String period, String status) {
        return AuditTrail.sha256(period + "|" + status);
    }

    private long event(String period, String action, String actor, String reason, Map<String, Object> detail) {
        return jdbc.first("insert into period_event (period, action, actor, reason, detail) values (?, ?, ?, ?, "
                + "?::jsonb) returning id", rs -> rs.getLong(1), period, action, actor, reason,
                detail.isEmpty() ? null : "{\"statements\": " + detail.get("statements") + "}").orElseThrow();
    }

    private void status(String period, String status) {
        jdbc.update("insert into period (period, status, updated_at) values (?, ?, now()) on conflict (period) do update "
                + "set status = excluded.status, updated_at = now()", period, status);
    }

    /** The period's status, its statements' totals, and its history: runs, closes, reopens (who, when, why). */
    public PeriodView view(YearMonth period) {
        String p = period.toString();
        List<Event> history = new ArrayList<>(jdbc.list("select action, actor, at, reason from period_event "
                + "where period = ? order by at, id", rs -> new Event(rs.getString(1), rs.getString(2),
                rs.getObject(3, OffsetDateTime.class), rs.getString(4), null, null), p));
        List<RunView> list = runs.list(period);
        Map<String, String> startedBy = new LinkedHashMap<>();
        jdbc.list("select entity_id, actor from audit_log where entity = 'run' and period = ? and action = 'STARTED'",
                rs -> startedBy.put(rs.getString(1), rs.getString(2)), p);
        for (RunView r : list) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("status", r.status());
            if (r.branch() != null) {
                d.put("branch", r.branch());
            }
            history.add(new Event("RUN", startedBy.getOrDefault(r.runId(), "?"), r.startedAt(), null, r.runId(), d));
        }
        history.sort(Comparator.comparing(Event::at));
        Optional<Object[]> totals = jdbc.first("select count(*), coalesce(sum(deduct), 0), coalesce(sum(pay), 0), "
                + "coalesce(sum(net), 0) from statement where period = ?", rs -> new Object[] {rs.getInt(1),
                rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)}, p);
        Object[] t = totals.orElseThrow();
        int closes = (int) history.stream().filter(e -> "CLOSED".equals(e.action())).count();
        return new PeriodView(p, periods.status(period), (Integer) t[0], Money.yuan((java.math.BigDecimal) t[1]),
                Money.yuan((java.math.BigDecimal) t[2]), Money.yuan((java.math.BigDecimal) t[3]), closes, history, list);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
