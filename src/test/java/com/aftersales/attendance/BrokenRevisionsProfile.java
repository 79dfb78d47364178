package com.aftersales.attendance;

import com.aftersales.rules.BrokenRevisions;
import com.aftersales.rules.RevisionEdits;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts the service on a rules folder of its own: the shipped attendance revision, and two later
 * copies an admin broke (a DRL syntax error from 2024-06-01, a table cell from 2024-07-01, a parameter
 * value the rules do not implement from 2024-08-01).
 */
public class BrokenRevisionsProfile implements QuarkusTestProfile {

    static final Path RULES = Path.of("target", "rules-broken");

    @Override
    public Map<String, String> getConfigOverrides() {
        clear(RULES);
        RevisionEdits.latest("attendance").writeTo(RULES.resolve("attendance/2024-01-01"));
        BrokenRevisions.brokenDrl(LocalDate.of(2024, 6, 1)).writeTo(RULES.resolve("attendance/2024-06-01"));
        BrokenRevisions.brokenTable(LocalDate.of(2024, 7, 1)).writeTo(RULES.resolve("attendance/2024-07-01"));
        BrokenRevisions.brokenParameter(LocalDate.of(2024, 8, 1)).writeTo(RULES.resolve("attendance/2024-08-01"));
        return Map.of("app.rules-dir", RULES.toAbsolutePath().toString());
    }

    private static void clear(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
