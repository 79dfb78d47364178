package com.aftersales.scoring;

import com.aftersales.facts.result.Flag;
import com.aftersales.policy.RevisionRef;

/** A flag as scored: who it concerns and the revision that raised it. */
public record ScoredFlag(String employeeId, Flag flag, RevisionRef revision) {
}
