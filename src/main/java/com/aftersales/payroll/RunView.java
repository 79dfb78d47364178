package com.aftersales.payroll;

import com.aftersales.policy.RevisionRef;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A run as API.md answers it: its status (RUNNING, DONE, FAILED), progress ({@code done} of {@code total}
 * employees, {@code partitionsDone} of {@code partitions}), the lines written so far, the time it has taken,
 * the revisions it scores with and, when it failed, a problem saying why.
 */
public record RunView(String runId, String period, String branch, String status, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, long elapsedMs, int employees, int lines, int done, int total, int partitions,
        int partitionsDone, List<Revision> revisions, String error, Map<String, Object> problem) {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    /** A revision the run used. */
    public record Revision(String policy, String revision, String sha256, String effectiveFrom) {
        static Revision of(RevisionRef r) {
            return new Revision(r.policy(), r.revision(), r.sha256(), r.effectiveFrom().toString());
        }
    }
}
