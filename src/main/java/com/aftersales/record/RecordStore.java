package com.aftersales.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stores records as JSON documents keyed by (kind, id), with a party index by employee and dates.
 * Writes are batched; callers own the transaction.
 */
@ApplicationScoped
public class RecordStore implements References {

    private static final int BATCH = 1000;

    private final AgroalDataSource db;
    private final ObjectMapper json;

    public RecordStore(AgroalDataSource db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** A record to write: its kind, id, canonical JSON, content hash and parties. */
    public record Stored(String kind, String id, String payload, String sha256, List<Party> parties) {
    }

    /** The content hashes already stored for {@code ids} of {@code kind}. */
    public Map<String, String> hashes(String kind, Collection<String> ids) {
        Map<String, String> out = new HashMap<>();
        String sql = "select id, sha256 from record where kind = ? and id = any(?)";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, kind);
            ps.setArray(2, c.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Inserts or replaces the records and their parties, in batches. */
    public void upsert(List<Stored> records) {
        if (records.isEmpty()) {
            return;
        }
        String upsert = "insert into record (kind, id, payload, sha256, updated_at) values (?, ?, ?::jsonb, ?, now()) "
                + "on conflict (kind, id) do update set payload = excluded.payload, sha256 = excluded.sha256, "
                + "updated_at = now()";
        String clear = "delete from record_party where kind = ? and id = ?";
        String party = "insert into record_party (kind, id, employee_id, date_from, date_to) values (?, ?, ?, ?, ?) "
                + "on conflict (kind, id, employee_id) do update set date_from = least(record_party.date_from, "
                + "excluded.date_from), date_to = greatest(record_party.date_to, excluded.date_to)";
        try (Connection c = db.getConnection();
                PreparedStatement up = c.prepareStatement(upsert);
                PreparedStatement del = c.prepareStatement(clear);
                PreparedStatement ins = c.prepareStatement(party)) {
            int n = 0;
            for (Stored r : records) {
                up.setString(1, r.kind());
                up.setString(2, r.id());
                up.setString(3, r.payload());
                up.setString(4, r.sha256());
                up.addBatch();
                del.setString(1, r.kind());
                del.setString(2, r.id());
                del.addBatch();
                for (Party p : r.parties()) {
                    ins.setString(1, r.kind());
                    ins.setString(2, r.id());
                    ins.setString(3, p.employeeId());
                    ins.setDate(4, Date.valueOf(p.from()));
                    ins.setDate(5, Date.valueOf(p.to()));
                    ins.addBatch();
                }
                if (++n % BATCH == 0) {
                    flush(up, del, ins);
                }
            }
            flush(up, del, ins);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void flush(PreparedStatement up, PreparedStatement del, PreparedStatement ins) throws SQLException {
        up.executeBatch();
        del.executeBatch();
        ins.executeBatch();
    }

    /**
     * The records concerning {@code employeeIds} between {@code from} and {@code to}, as JSON
     * documents grouped by employee, then kind, in id order.
     */
    public Map<String, Map<String, List<String>>> load(Collection<String> employeeIds, LocalDate from, LocalDate to) {
        return load(employeeIds, null, from, to);
    }

    /** The same, for the records of {@code kinds} only (all kinds when null). */
    public Map<String, Map<String, List<String>>> load(Collection<String> employeeIds, Collection<String> kinds,
            LocalDate from, LocalDate to) {
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        String sql = "select p.employee_id, r.kind, r.payload::text from record_party p "
                + "join record r on r.kind = p.kind and r.id = p.id "
                + "where p.employee_id = any(?) and p.date_from <= ? and p.date_to >= ? "
                + (kinds == null ? "" : "and p.kind = any(?) ")
                + "order by p.employee_id, r.kind, r.id";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", employeeIds.toArray()));
            ps.setDate(2, Date.valueOf(to));
            ps.setDate(3, Date.valueOf(from));
            if (kinds != null) {
                ps.setArray(4, c.createArrayOf("text", kinds.toArray()));
            }
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), e -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                            .add(rs.getString(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** One stored record: its kind, id and JSON document. */
    public record Row(String kind, String id, String payload) {
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
        List<Row> out = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", employeeIds.toArray()));
            ps.setDate(2, Date.valueOf(to));
            ps.setDate(3, Date.valueOf(from));
            if (kinds != null) {
                ps.setArray(4, c.createArrayOf("text", kinds.toArray()));
            }
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /**
     * The records of {@code kind} whose JSON field {@code field} (a plain field name, see
     * {@link RecordType.Follows}) holds one of {@code ids}, as JSON documents in id order.
     */
    public List<String> naming(String kind, String field, Collection<String> ids) {
        List<String> out = new ArrayList<>();
        if (ids.isEmpty()) {
            return out;
        }
        if (!field.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("not a plain field name: " + field);
        }
        // the field is inlined so that expression indexes on payload->>'field' (V40) serve the lookup
        String sql = "select payload::text from record where kind = ? and payload->>'" + field + "' = any(?) order by id";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, kind);
            ps.setArray(2, c.createArrayOf("text", ids.toArray()));
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** One stored record as its JSON document. */
    public Optional<String> find(String kind, String id) {
        String sql = "select payload::text from record where kind = ? and id = ?";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, kind);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public <T> T parse(String payload, Class<T> type) {
        try {
            return json.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored record cannot be read as " + type.getSimpleName(), e);
        }
    }

    @Override
    public Set<String> existingEmployees(Collection<String> ids) {
        return existing("select employee_id from employee where employee_id = any(?)", null, ids);
    }

    @Override
    public Set<String> existingRecords(String kind, Collection<String> ids) {
        return existing("select id from record where kind = ? and id = any(?)", kind, ids);
    }

    private Set<String> existing(String sql, String kind, Collection<String> ids) {
        Set<String> out = new HashSet<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (kind != null) {
                ps.setString(i++, kind);
            }
            ps.setArray(i, c.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
