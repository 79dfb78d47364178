package com.aftersales.record;

import com.aftersales.jdbc.Jdbc;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stores records as JSON documents keyed by (kind, id), with a party index by employee and dates.
 * Writes are batched; callers own the transaction.
 */
@ApplicationScoped
public class RecordStore implements References {

    private static final int BATCH = 1000;

    private final Jdbc jdbc;
    private final ObjectMapper json;
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    public RecordStore(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A record to write: its kind, id, canonical JSON, content hash and parties. */
    public record Stored(String kind, String id, String payload, String sha256, List<Party> parties) {
    }

    /** One stored record: its kind, id and JSON document. */
    public record Row(String kind, String id, String payload) {
    }

    /** The content hashes already stored for {@code ids} of {@code kind}. */
    public Map<String, String> hashes(String kind, Collection<String> ids) {
        Map<String, String> out = new HashMap<>();
        jdbc.list("select id, sha256 from record where kind = ? and id = any(?)",
                rs -> out.put(rs.getString(1), rs.getString(2)), kind, ids);
        return out;
    }

    /**
     * Inserts or replaces the records and their parties, in batches of {@value #BATCH}: one batched upsert of the
     * records, one statement clearing the parties of the batch's records, one batched insert of their parties (the
     * driver rewrites batched inserts into multi-row ones, {@code reWriteBatchedInserts}).
     */
    public void upsert(List<Stored> records) {
        if (records.isEmpty()) {
            return;
        }
        String upsert = "insert into record (kind, id, payload, sha256, updated_at) values (?, ?, ?::jsonb, ?, now()) "
                + "on conflict (kind, id) do update set payload = excluded.payload, sha256 = excluded.sha256, "
                + "updated_at = now()";
        String clear = "delete from record_party p using unnest(?::text[], ?::text[]) r(kind, id) "
                + "where p.kind = r.kind and p.id = r.id";
        String party = "insert into record_party (kind, id, employee_id, date_from, date_to) values (?, ?, ?, ?, ?) "
                + "on conflict (kind, id, employee_id) do update set date_from = least(record_party.date_from, "
                + "excluded.date_from), date_to = greatest(record_party.date_to, excluded.date_to)";
        jdbc.with(c -> {
            try (PreparedStatement up = c.prepareStatement(upsert);
                    PreparedStatement del = c.prepareStatement(clear);
                    PreparedStatement ins = c.prepareStatement(party)) {
                for (int from = 0; from < records.size(); from += BATCH) {
                    List<Stored> batch = records.subList(from, Math.min(records.size(), from + BATCH));
                    for (Stored r : batch) {
                        Jdbc.bind(c, up, r.kind(), r.id(), r.payload(), r.sha256());
                        up.addBatch();
                    }
                    up.executeBatch();
                    Jdbc.bind(c, del, batch.stream().map(Stored::kind).toList(), batch.stream().map(Stored::id).toList());
                    del.executeUpdate();
                    for (Stored r : batch) {
                        for (Party p : r.parties()) {
                            Jdbc.bind(c, ins, r.kind(), r.id(), p.employeeId(), p.from(), p.to());
                            ins.addBatch();
                        }
                    }
                    ins.executeBatch();
                }
            }
            return null;
        });
    }

    /**
     * Each record (once) one of whose parties is one of {@code employeeIds} on a date between {@code from}
     * and {@code to}, of {@code kinds} only (all kinds when null), in kind and id order.
     */
    public List<Row> concerning(Collection<String> employeeIds, Collection<String> kinds, LocalDate from,
            LocalDate to) {
        String sql = "select r.kind, r.id, r.payload::text from record r where exists (select 1 from record_party p "
                + "where p.kind = r.kind and p.id = r.id and p.employee_id = any(?) and p.date_from <= ? "
                + "and p.date_to >= ?)" + (kinds == null ? "" : " and r.kind = any(?)") + " order by r.kind, r.id";
        Object[] args = kinds == null ? new Object[] {employeeIds, to, from} : new Object[] {employeeIds, to, from, kinds};
        return jdbc.list(sql, rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3)), args);
    }

    /**
     * The records of {@code kind} whose JSON field {@code field} (a plain field name, see
     * {@link RecordType.Follows}) holds one of {@code ids}, as JSON documents in id order.
     */
    public List<String> naming(String kind, String field, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (!field.matches("[A-Za-z][A-Za-z0-9]*") || !kind.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("not a plain kind and field name: " + kind + ", " + field);
        }
        // kind and field are inlined, and the ids joined from an unnested array, so that the partial expression
        // indexes on payload->>'field' where kind = '...' (V40) serve the lookup in every plan, the generic plan a
        // pooled connection switches to after a few executions included (issue 14: a bind parameter for the kind
        // made it a scan of every visit stored, for every batch)
        return jdbc.list("select r.payload::text from unnest(?::text[]) n(v) join record r on r.kind = '" + kind
                + "' and r.payload->>'" + field + "' = n.v order by r.id", rs -> rs.getString(1), ids);
    }

    /**
     * Stored records as JSON documents, in one query, by kind and id joined with a NUL ({@code kind + "\0" + id});
     * each ref is {kind, id}; a record not stored is absent.
     */
    public Map<String, String> findAll(List<String[]> refs) {
        Map<String, String> out = new HashMap<>();
        if (!refs.isEmpty()) {
            jdbc.list("select r.kind, r.id, r.payload::text from unnest(?::text[], ?::text[]) n(k, i) "
                    + "join record r on r.kind = n.k and r.id = n.i",
                    rs -> out.put(rs.getString(1) + "\u0000" + rs.getString(2), rs.getString(3)),
                    refs.stream().map(r -> r[0]).toList(), refs.stream().map(r -> r[1]).toList());
        }
        return out;
    }

    /**
     * A stored record read back. Stored payloads are the service's own canonical JSON, so the reader skips the
     * duplicate-name check that guards client input; one reader per type is kept (parsing was a fifth of a run).
     */
    public <T> T parse(String payload, Class<T> type) {
        try {
            return readers.computeIfAbsent(type, t -> json.readerFor(t)
                    .without(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).readValue(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored record cannot be read as " + type.getSimpleName(), e);
        }
    }

    /** The branch of each of {@code employeeIds} that exists. */
    public Map<String, String> branchesOf(Collection<String> employeeIds) {
        Map<String, String> out = new HashMap<>();
        if (!employeeIds.isEmpty()) {
            jdbc.list("select employee_id, branch_id from employee where employee_id = any(?)",
                    rs -> out.put(rs.getString(1), rs.getString(2)), employeeIds);
        }
        return out;
    }

    @Override
    public Set<String> existingEmployees(Collection<String> ids) {
        return ids.isEmpty() ? Set.of() : new HashSet<>(jdbc.list("select employee_id from employee "
                + "where employee_id = any(?)", rs -> rs.getString(1), ids));
    }

    @Override
    public Set<String> existingRecords(String kind, Collection<String> ids) {
        return ids.isEmpty() ? Set.of() : new HashSet<>(jdbc.list("select id from record where kind = ? and id = any(?)",
                rs -> rs.getString(1), kind, ids));
    }
}
