package com.aftersales.record;

/** What a bulk upsert did: how many records it received, created, changed and left as they were. */
public record ImportSummary(String kind, int received, int created, int updated, int unchanged) {
}
