package com.aftersales.audit;

import com.aftersales.jdbc.Jdbc;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The audit log of every write: who (the {@link Actor}), when, what (action, entity and id, the period,
 * employees and days it concerns), and the sha256 of the content before and after. Written in the caller's
 * transaction, so a write that rolls back leaves no entry; read by {@code GET /api/audit}.
 */
@ApplicationScoped
public class AuditTrail {

    private static final int BATCH = 1000;
    private static final int LIMIT = 5000;

    private final Jdbc jdbc;
    private final Actor actor;
    private final ObjectMapper json;

    public AuditTrail(Jdbc jdbc, Actor actor, ObjectMapper json) {
        this.jdbc = jdbc;
        this.actor = actor;
        this.json = json;
    }

    /**
     * One write. {@code hashBefore}/{@code hashAfter} are sha256 hex of the content (null: none before, or
     * removed); {@code employees}, {@code from}, {@code to} and {@code period} say whose data it concerns.
     */
    public record Change(String action, String entity, String entityId, YearMonth period, Collection<String> employees,
            LocalDate from, LocalDate to, String hashBefore, String hashAfter, Map<String, Object> detail) {

        public static Change of(String action, String entity, String entityId, String hashBefore, String hashAfter) {
            return new Change(action, entity, entityId, null, List.of(), null, null, hashBefore, hashAfter, null);
        }

        public Change withDetail(Map<String, Object> d) {
            return new Change(action, entity, entityId, period, employees, from, to, hashBefore, hashAfter, d);
        }

        public Change inPeriod(YearMonth p) {
            return new Change(action, entity, entityId, p, employees, from, to, hashBefore, hashAfter, detail);
        }

        public Change concerning(Collection<String> e, LocalDate f, LocalDate t) {
            return new Change(action, entity, entityId, period, e, f, t, hashBefore, hashAfter, detail);
        }
    }

    /** One entry as {@code GET /api/audit} lists it. */
    public record Entry(long id, OffsetDateTime at, String actor, String action, String entity, String entityId,
            String period, List<String> employeeIds, LocalDate dateFrom, LocalDate dateTo, String hashBefore,
            String hashAfter, Map<String, Object> detail) {
    }

    /** The filters of {@code GET /api/audit}; null: any. */
    public record Query(YearMonth period, String employee, String record, String user, String entity) {
    }

    public static String sha256(String content) {
        return content == null ? null : DigestUtils.sha256Hex(content.getBytes(StandardCharsets.UTF_8));
    }

    /** The sha256 of an object's JSON (the service's mapper, so the same content always gives the same hash). */
    public String hashOf(Object content) {
        return content == null ? null : sha256(write(content));
    }

    public void record(Change change) {
        record(List.of(change));
    }

    /** Writes the entries, in batches, under the current actor. */
    public void record(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        String who = actor.name();
        String sql = "insert into audit_log (actor, action, entity, entity_id, period, employee_ids, date_from, date_to, "
                + "hash_before, hash_after, detail) values (?, ?, ?, ?, ?, ?, ?::date, ?::date, ?, ?, ?::jsonb)";
        jdbc.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int n = 0;
                for (Change ch : changes) {
                    Jdbc.bind(c, ps, who, ch.action(), ch.entity(), ch.entityId(),
                            ch.period() == null ? null : ch.period().toString(),
                            ch.employees() == null ? List.of() : List.copyOf(ch.employees()), ch.from(), ch.to(),
                            ch.hashBefore(), ch.hashAfter(), ch.detail() == null ? null : write(ch.detail()));
                    ps.addBatch();
                    if (++n % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /**
     * The entries matching every filter given, oldest first (at most 5,000). {@code period}: entries of the
     * period or concerning a day in it; {@code employee}: concerning the employee; {@code record}: of the record
     * ({@code kind:id}, or an id of any kind); {@code user}: by the user.
     */
    public List<Entry> list(Query q) {
        StringBuilder sql = new StringBuilder("select id, at, actor, action, entity, entity_id, period, employee_ids, "
                + "date_from, date_to, hash_before, hash_after, detail::text from audit_log where true");
        List<Object> args = new ArrayList<>();
        if (q.period() != null) {
            sql.append(" and (period = ? or (date_from <= ? and date_to >= ?))");
            args.add(q.period().toString());
            args.add(q.period().atEndOfMonth());
            args.add(q.period().atDay(1));
        }
        if (q.employee() != null) {
            sql.append(" and employee_ids @> array[?]::text[]");
            args.add(q.employee());
        }
        if (q.record() != null) {
            sql.append(" and entity = 'record' and (entity_id = ? or split_part(entity_id, ':', 2) = ?)");
            args.add(q.record());
            args.add(q.record());
        }
        if (q.user() != null) {
            sql.append(" and actor = ?");
            args.add(q.user());
        }
        if (q.entity() != null) {
            sql.append(" and entity = ?");
            args.add(q.entity());
        }
        sql.append(" order by at, id limit ").append(LIMIT);
        return jdbc.list(sql.toString(), rs -> new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7) == null ? null : rs.getString(7).trim(), List.of((String[]) rs.getArray(8).getArray()),
                Jdbc.date(rs, 9), Jdbc.date(rs, 10), rs.getString(11), rs.getString(12), read(rs.getString(13))),
                args.toArray());
    }

    private Map<String, Object> read(String text) {
        try {
            return text == null ? null : json.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit entry's detail is not JSON", e);
        }
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
