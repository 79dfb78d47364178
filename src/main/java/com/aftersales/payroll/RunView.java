package com.aftersales.payroll;

import com.aftersales.policy.RevisionRef;
import java.time.OffsetDateTime;
import java.util.List;

/** A run as API.md answers it. */
public record RunView(String runId, String period, String branch, String status, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, int employees, int lines, int done, int total, List<Revision> revisions,
        String error) {

    /** A revision the run used. */
    public record Revision(String policy, String revision, String sha256, String effectiveFrom) {
        static Revision of(RevisionRef r) {
            return new Revision(r.policy(), r.revision(), r.sha256(), r.effectiveFrom().toString());
        }
    }
}
