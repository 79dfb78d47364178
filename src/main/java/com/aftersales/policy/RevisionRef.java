package com.aftersales.policy;

import java.time.LocalDate;

/** Names one stored revision: its policy, its label, the sha256 of its files and its effective date. */
public record RevisionRef(String policy, String revision, String sha256, LocalDate effectiveFrom) {
}
