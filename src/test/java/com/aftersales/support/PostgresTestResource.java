package com.aftersales.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL for the tests: the server {@code TEST_DB_URL} names (its database dropped and
 * created afresh), or else a throwaway embedded server.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres embedded;

    @Override
    public Map<String, String> start() {
        String url = System.getenv("TEST_DB_URL");
        String user = System.getenv().getOrDefault("TEST_DB_USER", "postgres");
        if (url != null && !url.isBlank()) {
            recreate(url, user);
            return Map.of("quarkus.datasource.jdbc.url", url, "quarkus.datasource.username", user,
                    "quarkus.datasource.password", System.getenv().getOrDefault("TEST_DB_PASSWORD", ""));
        }
        try {
            embedded = EmbeddedPostgres.builder().setServerConfig("unix_socket_directories", "").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.datasource.jdbc.url", embedded.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Drops and creates the database of {@code url}, through the server's maintenance database. */
    static void recreate(String url, String user) {
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String name = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("TEST_DB_URL must name a plain database: " + url);
        }
        String admin = url.substring(0, slash + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(admin, user, System.getenv().getOrDefault("TEST_DB_PASSWORD", ""));
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot recreate the test database " + name + " at " + admin, e);
        }
    }
}
