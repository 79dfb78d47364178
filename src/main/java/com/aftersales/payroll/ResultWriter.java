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
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import java.math.BigDecimal;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
        String lineSql = "copy result_line (line_id, run_id, period, employee_id, seq, rule_id, rule_name, direction, "
                + "component, amount, date, policy, revision, sha256, summary, records, detail, occurrence_key) from stdin";
        String flagSql = "copy result_flag (flag_id, run_id, period, employee_id, seq, code, rule_id, policy, revision, "
                + "date, detail, records, detail_zh) from stdin";
        return jdbc.with(c -> write(c.unwrap(PGConnection.class), runId, period, months, lineSql, flagSql));
    }

    /**
     * The lines and flags of the batch streamed to PostgreSQL with {@code COPY} (text format), one statement per
     * table instead of one per row; the values are those an insert would bind, so the rows are the same.
     */
    private int write(PGConnection c, String runId, YearMonth period, List<ScoredMonth> months, String lineSql,
            String flagSql) throws SQLException {
        int written = 0;
        Map<String, Map<String, Integer>> flagSeqs = new HashMap<>();
        try (CopyRows lines = new CopyRows(c, lineSql)) {
            for (ScoredMonth m : months) {
                Map<String, Integer> seq = new HashMap<>();
                Map<String, Integer> seen = new HashMap<>();
                for (ScoredLine s : m.lines()) {
                    Line l = s.line();
                    String key = key(period, s.employeeId(), l.getRuleId(), l.getDate().toString(), l.getRecords(),
                            l.getDirection() + "|" + l.getComponent() + "|" + l.getAmount() + "|" + l.getArithmetic());
                    int dup = seen.merge(key, 1, Integer::sum);
                    Clause clause = s.book().clause(l.getPolicy(), l.getRuleId()).orElse(null);
                    lines.row("L" + id(key + "#" + dup), runId, period.toString(), s.employeeId(),
                            seq.merge(s.employeeId(), 1, Integer::sum), l.getRuleId(), l.getRuleName(),
                            l.getDirection().name(), l.getComponent().name(), l.getAmount().toPlainString(), l.getDate(),
                            l.getPolicy(), s.revision().revision(), s.revision().sha256(), summary(clause, l, true),
                            write(l.getRecords().stream().map(r -> Map.of("type", r.getType(), "id", r.getId())).toList()),
                            write(detail(l, clause)), l.getOccurrenceKey());
                    written++;
                }
                flagSeqs.put(m.employeeId(), seq);
            }
        }
        try (CopyRows flags = new CopyRows(c, flagSql)) {
            for (ScoredMonth m : months) {
                Map<String, Integer> seq = flagSeqs.get(m.employeeId());
                Map<String, Integer> seenFlags = new HashMap<>();
                for (ScoredFlag s : m.flags()) {
                    var f = s.flag();
                    String key = key(period, s.employeeId(), f.getRuleId(), f.getDate().toString(), f.getRecords(),
                            f.getCode() + "|" + f.getDetail());
                    int dup = seenFlags.merge(key, 1, Integer::sum);
                    flags.row("F" + id(key + "#" + dup), runId, period.toString(), s.employeeId(),
                            seq.merge("flag:" + s.employeeId(), 1, Integer::sum), f.getCode(), f.getRuleId(),
                            f.getPolicy(), s.revision().revision(), f.getDate(), f.getDetail(),
                            write(f.getRecords().stream().map(r -> Map.of("type", r.getType(), "id", r.getId())).toList()),
                            f.getDetailZh());
                }
            }
        }
        return written;
    }

    /** Rows streamed into one {@code COPY … FROM STDIN} in PostgreSQL's text format. */
    private static final class CopyRows implements AutoCloseable {

        private final PGCopyOutputStream out;
        private final Writer writer;
        private final StringBuilder row = new StringBuilder(1024);

        CopyRows(PGConnection c, String sql) throws SQLException {
            this.out = new PGCopyOutputStream(c, sql, 1 << 16);
            this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        }

        void row(Object... values) throws SQLException {
            row.setLength(0);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    row.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    row.append("\\N");
                } else {
                    escape(v.toString(), row);
                }
            }
            row.append('\n');
            try {
                writer.append(row);
            } catch (IOException e) {
                throw new SQLException("COPY failed", e);
            }
        }

        private static void escape(String s, StringBuilder to) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> to.append("\\\\");
                    case '\t' -> to.append("\\t");
                    case '\n' -> to.append("\\n");
                    case '\r' -> to.append("\\r");
                    default -> to.append(ch);
                }
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                writer.close();
            } catch (IOException e) {
                throw new SQLException("COPY failed", e);
            }
        }
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
