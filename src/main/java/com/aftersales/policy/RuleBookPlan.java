package com.aftersales.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * The days of a window of a period and the stored revisions in force over them (their ids, and their names
 * as they were when the plan was made): what a run fixes at its start and scores every partition with.
 */
public record RuleBookPlan(LocalDate from, LocalDate to, List<Long> revisionIds, List<RevisionRef> revisions) {

    public RuleBookPlan {
        if (revisionIds.size() != revisions.size()) {
            throw new IllegalArgumentException("a plan names each revision by id and by name");
        }
        revisionIds = List.copyOf(revisionIds);
        revisions = List.copyOf(revisions);
    }
}
