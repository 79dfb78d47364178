package com.aftersales.payroll;

import com.aftersales.facts.result.Direction;
import com.aftersales.facts.result.Line;
import com.aftersales.jdbc.Jdbc;
import com.aftersales.facts.input.RecordRef;
import com.aftersales.policy.Clause;
import com.aftersales.policy.RevisionFiles;
import com.aftersales.scoring.ScoredFlag;
import com.aftersales.scoring.ScoredLine;
import com.aftersales.scoring.ScoredMonth;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes scored employee-months under their run in JDBC batches. Line and flag ids are derived
 * from their content, so the same records and revisions give the same ids in every run.
 */
@ApplicationScoped
public class ResultWriter {

    private final Jdbc jdbc;
    private final ObjectMapper json;

    public ResultWriter(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** What a batch wrote: how many lines, and each employee's share of the statement. */
    public record Written(int lines, Map<String, Share> shares) {
    }

    /** The deductions, payments and flag codes a batch charged to one employee. */
    public record Share(BigDecimal deduct, BigDecimal pay, Set<String> flags) {
    }

    /** Writes the lines and flags of a batch, and sums what they charge each employee. */
    public Written write(String runId, YearMonth period, List<ScoredMonth> months) {
        Map<String, Share> shares = new TreeMap<>();
        for (ScoredMonth m : months) {
            shares.computeIfAbsent(m.employeeId(), ResultWriter::none);
            for (ScoredLine l : m.lines()) {
                Share s = shares.computeIfAbsent(l.employeeId(), ResultWriter::none);
                boolean pay = l.line().getDirection() == Direction.PAY;
                shares.put(l.employeeId(), new Share(pay ? s.deduct() : s.deduct().add(l.line().getAmount()),
                        pay ? s.pay().add(l.line().getAmount()) : s.pay(), s.flags()));
            }
            for (ScoredFlag f : m.flags()) {
                shares.computeIfAbsent(f.employeeId(), ResultWriter::none).flags().add(f.flag().getCode());
            }
        }
        return new Written(insert(runId, period, months), shares);
    }

    private static Share none(String employeeId) {
        return new Share(BigDecimal.ZERO, BigDecimal.ZERO, new TreeSet<>());
    }

    private int insert(String runId, YearMonth period, List<ScoredMonth> months) {
        String lineSql = "insert into result_line (line_id, run_id, period, employee_id, seq, rule_id, rule_name, "
                + "direction, component, amount, date, policy, revision, sha256, summary, records, detail, "
                + "occurrence_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)";
        String flagSql = "insert into result_flag (flag_id, run_id, period, employee_id, seq, code, rule_id, policy, "
                + "revision, date, detail, records) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)";
        return jdbc.with(c -> write(c, runId, period, months, lineSql, flagSql));
    }

    private int write(Connection c, String runId, YearMonth period, List<ScoredMonth> months, String lineSql,
            String flagSql) throws SQLException {
        int written = 0;
        try (PreparedStatement lines = c.prepareStatement(lineSql);
                PreparedStatement flags = c.prepareStatement(flagSql)) {
            for (ScoredMonth m : months) {
                Map<String, Integer> seq = new HashMap<>();
                Map<String, Integer> seen = new HashMap<>();
                for (ScoredLine s : m.lines()) {
                    Line l = s.line();
                    String key = key(period, s.employeeId(), l.getRuleId(), l.getDate().toString(), l.getRecords(),
                            l.getDirection() + "|" + l.getComponent() + "|" + l.getAmount() + "|" + l.getArithmetic());
                    int dup = seen.merge(key, 1, Integer::sum);
                    Clause clause = s.book().clause(l.getPolicy(), l.getRuleId()).orElse(null);
                    int i = 1;
                    lines.setString(i++, "L" + id(key + "#" + dup));
                    lines.setString(i++, runId);
                    lines.setString(i++, period.toString());
                    lines.setString(i++, s.employeeId());
                    lines.setInt(i++, seq.merge(s.employeeId(), 1, Integer::sum));
                    lines.setString(i++, l.getRuleId());
                    lines.setString(i++, l.getRuleName());
                    lines.setString(i++, l.getDirection().name());
                    lines.setString(i++, l.getComponent().name());
                    lines.setBigDecimal(i++, l.getAmount());
                    lines.setDate(i++, Date.valueOf(l.getDate()));
                    lines.setString(i++, l.getPolicy());
                    lines.setString(i++, s.revision().revision());
                    lines.setString(i++, s.revision().sha256());
                    lines.setString(i++, summary(clause, l, true));
                    lines.setString(i++, write(l.getRecords().stream()
                            .map(r -> Map.of("type", r.getType(), "id", r.getId())).toList()));
                    lines.setString(i++, write(detail(l, clause)));
                    lines.setString(i, l.getOccurrenceKey());
                    lines.addBatch();
                    written++;
                }
                Map<String, Integer> seenFlags = new HashMap<>();
                for (ScoredFlag s : m.flags()) {
                    var f = s.flag();
                    String key = key(period, s.employeeId(), f.getRuleId(), f.getDate().toString(), f.getRecords(),
                            f.getCode() + "|" + f.getDetail());
                    int dup = seenFlags.merge(key, 1, Integer::sum);
                    int i = 1;
                    flags.setString(i++, "F" + id(key + "#" + dup));
                    flags.setString(i++, runId);
                    flags.setString(i++, period.toString());
                    flags.setString(i++, s.employeeId());
                    flags.setInt(i++, seq.merge("flag:" + s.employeeId(), 1, Integer::sum));
                    flags.setString(i++, f.getCode());
                    flags.setString(i++, f.getRuleId());
                    flags.setString(i++, f.getPolicy());
                    flags.setString(i++, s.revision().revision());
                    flags.setDate(i++, Date.valueOf(f.getDate()));
                    flags.setString(i++, f.getDetail());
                    flags.setString(i, write(f.getRecords().stream()
                            .map(r -> Map.of("type", r.getType(), "id", r.getId())).toList()));
                    flags.addBatch();
                }
            }
            lines.executeBatch();
            flags.executeBatch();
        }
        return written;
    }

    /** The statement summary of a line: the rule's name from the catalogue and the arithmetic. */
    static String summary(Clause clause, Line l, boolean chinese) {
        String name = clause == null ? l.getRuleName() : chinese ? clause.nameZh() : clause.nameEn();
        return name + ": " + l.getArithmetic();
    }

    private static Map<String, Object> detail(Line l, Clause clause) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("ruleName", l.getRuleName());
        d.put("values", l.getValues().stream().map(v -> Map.of("name", v.name(), "value", v.value())).toList());
        d.put("arithmetic", l.getArithmetic());
        d.put("summaryEn", summary(clause, l, false));
        if (l.getNote() != null) {
            d.put("note", l.getNote());
        }
        if (l.getConduct() != null) {
            d.put("conduct", l.getConduct());
        }
        return d;
    }

    private static String key(YearMonth period, String employee, String rule, String date, List<RecordRef> records,
            String rest) {
        return period + "|" + employee + "|" + rule + "|" + date + "|"
                + records.stream().map(RecordRef::toString).collect(Collectors.joining(",")) + "|" + rest;
    }

    private static String id(String key) {
        return RevisionFiles.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 24);
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
