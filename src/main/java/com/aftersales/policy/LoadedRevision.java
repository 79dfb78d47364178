package com.aftersales.policy;

/** A revision's name together with its files, ready to compile. */
public record LoadedRevision(RevisionRef ref, RevisionFiles files) {
}
