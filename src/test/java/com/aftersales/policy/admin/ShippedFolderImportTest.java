package com.aftersales.policy.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.policy.RevisionFolders;
import com.aftersales.problem.ApiError;
import com.aftersales.rules.BrokenRevisions;
import com.aftersales.rules.RevisionEdits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rules folder whose DRL or decision table does not compile, or whose parameter value its rules do not
 * implement, is refused by the import with the location of each error (and so stored REJECTED, never in
 * force); the good folder beside it imports clean. Plain JUnit: what the service does at start-up with
 * each folder, without booting a second service on a rules folder of its own.
 */
class ShippedFolderImportTest {

    private static final Path RULES = Path.of("target", "rules-broken");
    private static Map<String, List<RevisionFolders.Folder>> folders;

    @BeforeAll
    static void brokenCopiesBesideTheShippedRevision() throws IOException {
        if (Files.exists(RULES)) {
            try (Stream<Path> files = Files.walk(RULES)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        RevisionEdits.latest("attendance").writeTo(RULES.resolve("attendance/2024-01-01"));
        BrokenRevisions.brokenDrl(LocalDate.of(2024, 6, 1)).writeTo(RULES.resolve("attendance/2024-06-01"));
        BrokenRevisions.brokenTable(LocalDate.of(2024, 7, 1)).writeTo(RULES.resolve("attendance/2024-07-01"));
        BrokenRevisions.brokenParameter(LocalDate.of(2024, 8, 1)).writeTo(RULES.resolve("attendance/2024-08-01"));
        folders = RevisionFolders.read(RULES);
    }

    private static List<ApiError> errorsOf(String effectiveFrom) {
        RevisionFolders.Folder f = folders.get("attendance").stream()
                .filter(x -> x.effectiveFrom().toString().equals(effectiveFrom)).findFirst().orElseThrow();
        return RevisionImporter.examine("attendance", f).errors();
    }

    @Test
    void theShippedFolderImportsClean() {
        assertThat(errorsOf("2024-01-01")).isEmpty();
    }

    @Test
    void aDrlSyntaxErrorRefusesTheFolderAtItsLine() {
        assertThat(errorsOf("2024-06-01")).extracting(ApiError::location)
                .containsExactly("absence.drl:" + BrokenRevisions.brokenDrlLine());
    }

    @Test
    void aBrokenTableCellRefusesTheFolderAtItsCell() {
        assertThat(errorsOf("2024-07-01")).singleElement().extracting(ApiError::location).asString()
                .matches("Lateness![A-Z]+" + BrokenRevisions.BROKEN_ROW);
    }

    @Test
    void aParameterValueTheRulesDoNotImplementRefusesTheFolderAtItsCell() {
        assertThat(errorsOf("2024-08-01")).singleElement().satisfies(e -> {
            assertThat(e.location()).isEqualTo("Parameters!B4");
            assertThat(e.message()).isEqualTo("P_ABSENT_REPEAT_WINDOW is ROLLING_12, but the rules of this revision "
                    + "implement only EMPLOYMENT, CALENDAR_YEAR or ROLLING_12M: did you mean ROLLING_12M?");
        });
    }
}
