package com.aftersales.payroll;

import com.aftersales.facts.functions.Money;
import com.aftersales.jdbc.Jdbc;
import com.aftersales.policy.RevisionFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Adjustment lines of a period that was closed, reopened and run again: per employee, rule and records (and
 * direction and component), the difference between what the last close froze (its run's lines, what was paid) and
 * the new run, explained "was 80.00 under revision X, now 90.00 under revision Y". Written when the run finishes,
 * under the run; the frozen lines are never touched, so a statement shows what was paid and what changes it.
 */
@ApplicationScoped
public class Adjustments {

    private final Jdbc jdbc;

    public Adjustments(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** What one key (rule, records, direction, component) sums to in one run of one employee. */
    private static final class Side {
        BigDecimal amount = BigDecimal.ZERO.setScale(2);
        final TreeSet<String> revisions = new TreeSet<>();
        final List<String> lines = new ArrayList<>();
        String policy;
        LocalDate date;
    }

    private record Key(String rule, String records, String direction, String component) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return (rule + "|" + records + "|" + direction + "|" + component).compareTo(o.rule + "|" + o.records + "|"
                    + o.direction + "|" + o.component);
        }
    }

    /** The last close of the period, if it was ever closed. */
    public Optional<Long> lastClose(YearMonth period) {
        return jdbc.first("select max(id) from period_event where period = ? and action = 'CLOSED'",
                rs -> rs.getObject(1) == null ? null : rs.getLong(1), period.toString());
    }

    /** Writes the adjustment lines of a finished run against the last close of its period (nothing if never closed). */
    @Transactional
    public int write(String runId) {
        Optional<String> periodText = jdbc.first("select period from run where run_id = ? and status = 'DONE'",
                rs -> rs.getString(1).trim(), runId);
        if (periodText.isEmpty()) {
            return 0;
        }
        YearMonth period = YearMonth.parse(periodText.get());
        Optional<Long> close = lastClose(period);
        if (close.isEmpty()) {
            return 0;
        }
        jdbc.update("delete from adjustment_line where run_id = ?", runId);
        List<String> employees = jdbc.list("select employee_id from statement where period = ? and run_id = ? "
                + "order by employee_id", rs -> rs.getString(1), period.toString(), runId);
        Map<String, String> base = new TreeMap<>();
        jdbc.list("select employee_id, run_id from period_close where close_id = ?", rs -> base.put(rs.getString(1),
                rs.getString(2)), close.get());
        int written = 0;
        for (String employee : employees) {
            String baseRun = base.getOrDefault(employee, "");
            if (baseRun.equals(runId)) {
                continue;
            }
            Map<Key, Side> was = sides(period, employee, baseRun);
            Map<Key, Side> now = sides(period, employee, runId);
            TreeSet<Key> keys = new TreeSet<>(was.keySet());
            keys.addAll(now.keySet());
            int seq = 0;
            List<Object[]> rows = new ArrayList<>();
            for (Key k : keys) {
                Side w = was.getOrDefault(k, new Side());
                Side n = now.getOrDefault(k, new Side());
                if (w.amount.compareTo(n.amount) == 0) {
                    continue;
                }
                String id = "A" + RevisionFiles.sha256((period + "|" + employee + "|" + k + "|" + baseRun + "|" + runId)
                        .getBytes(StandardCharsets.UTF_8)).substring(0, 24);
                LocalDate date = n.date != null ? n.date : w.date;
                rows.add(new Object[] {id, runId, baseRun, close.get(), period.toString(), employee, ++seq, k.rule(),
                        k.direction(), k.component(), n.amount.subtract(w.amount), date, k.records(),
                        n.policy != null ? n.policy : w.policy, w.amount, w.revisions.isEmpty() ? null
                                : String.join(", ", w.revisions), n.amount, n.revisions.isEmpty() ? null
                                : String.join(", ", n.revisions), w.lines, n.lines});
            }
            written += insert(rows);
        }
        return written;
    }

    private int insert(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        return jdbc.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into adjustment_line (line_id, run_id, base_run_id, "
                    + "close_id, period, employee_id, seq, rule_id, direction, component, amount, date, records, policy, "
                    + "was_amount, was_revision, now_amount, now_revision, was_lines, now_lines) values (?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Object[] r : rows) {
                    Jdbc.bind(c, ps, r);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return rows.size();
        });
    }

    private Map<Key, Side> sides(YearMonth period, String employee, String runId) {
        Map<Key, Side> out = new TreeMap<>();
        if (runId.isEmpty()) {
            return out;
        }
        jdbc.list("select rule_id, records::text, direction, component, amount, policy, policy || ' ' || revision, "
                + "line_id, date from result_line where run_id = ? and period = ? and employee_id = ? "
                + "order by date, rule_id, seq, line_id", rs -> {
                    Side s = out.computeIfAbsent(new Key(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4)), k -> new Side());
                    s.amount = s.amount.add(rs.getBigDecimal(5));
                    s.policy = rs.getString(6);
                    s.revisions.add(rs.getString(7));
                    s.lines.add(rs.getString(8));
                    LocalDate d = rs.getDate(9).toLocalDate();
                    s.date = s.date == null || d.isAfter(s.date) ? d : s.date;
                    return null;
                }, runId, period.toString(), employee);
        return out;
    }

    /** "原 80.00(修订版 attendance 2024-01-01),现 90.00(修订版 attendance 2024-11-16)". */
    public static String explainZh(BigDecimal was, String wasRevision, BigDecimal now, String nowRevision) {
        return "调整:原 " + Money.yuan(was) + (wasRevision == null ? "(无此项)" : "(修订版 " + wasRevision + ")") + ",现 "
                + Money.yuan(now) + (nowRevision == null ? "(无此项)" : "(修订版 " + nowRevision + ")") + ",差额 "
                + Money.yuan(now.subtract(was));
    }

    /** "was 80.00 under revision attendance 2024-01-01, now 90.00 under revision attendance 2024-11-16". */
    public static String explainEn(BigDecimal was, String wasRevision, BigDecimal now, String nowRevision) {
        return "adjustment: was " + Money.yuan(was) + (wasRevision == null ? " (no such line)" : " under revision "
                + wasRevision) + ", now " + Money.yuan(now) + (nowRevision == null ? " (no such line)"
                : " under revision " + nowRevision) + ", difference " + Money.yuan(now.subtract(was));
    }
}
