package com.aftersales.scoring;

import com.aftersales.facts.result.Line;
import com.aftersales.policy.CompiledRuleBook;
import com.aftersales.policy.RevisionRef;

/** A line as scored: who it concerns, the revision that produced it and the rule book it came from. */
public record ScoredLine(String employeeId, Line line, RevisionRef revision, CompiledRuleBook book) {
}
