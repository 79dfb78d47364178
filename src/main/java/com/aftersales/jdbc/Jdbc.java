package com.aftersales.jdbc;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The one way the stores talk SQL: a pooled connection per call (enlisted in the caller's transaction,
 * if any), parameters bound by type (a {@code String[]} or a collection as a {@code text[]}, a
 * {@code LocalDate} as a date, null as a null text), rows mapped by the caller. A failing statement is a
 * fault of the service, thrown as {@link IllegalStateException} with PostgreSQL's own reason.
 */
@ApplicationScoped
public class Jdbc {

    /** Maps the current row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Work on one connection (several statements, batches). */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private static final int FETCH_SIZE = 5000;

    private final AgroalDataSource db;

    public Jdbc(AgroalDataSource db) {
        this.db = db;
    }

    public <T> List<T> list(String sql, Row<T> row, Object... args) {
        return with(c -> list(c, sql, row, args));
    }

    public <T> Optional<T> first(String sql, Row<T> row, Object... args) {
        return with(c -> first(c, sql, row, args));
    }

    /** Runs an insert, update or delete; how many rows it touched. */
    public int update(String sql, Object... args) {
        return with(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(c, ps, args);
                return ps.executeUpdate();
            }
        });
    }

    /** Runs {@code work} on one connection. */
    public <T> T with(Work<T> work) {
        try (Connection c = db.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            SQLException next = e.getNextException();
            throw new IllegalStateException(next != null ? next : e);
        }
    }

    /** A query on a connection the caller holds. */
    public static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, args);
            ps.setFetchSize(FETCH_SIZE);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        }
    }

    public static <T> Optional<T> first(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.empty();
            }
        }
    }

    /** Binds {@code args} to the statement's parameters, in order. */
    public static void bind(Connection c, PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            int at = i + 1;
            if (a == null) {
                ps.setNull(at, Types.VARCHAR);
            } else if (a instanceof String[] array) {
                ps.setArray(at, c.createArrayOf("text", array));
            } else if (a instanceof Collection<?> list) {
                ps.setArray(at, c.createArrayOf("text", list.toArray()));
            } else if (a instanceof LocalDate d) {
                ps.setDate(at, Date.valueOf(d));
            } else {
                ps.setObject(at, a);
            }
        }
    }

    /** A nullable date column. */
    public static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
