package com.aftersales.policy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.Map;

/**
 * The {@code policy.yaml} of a revision: which handbook document it is, its titles in Chinese and
 * English, its document number, the date it takes effect, and what each of its parameters may be
 * ({@code parameters}: name → choices or type, null when the manifest has no such section).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PolicyManifest(String policy, Title title, String documentNo, LocalDate effectiveFrom, String note,
        Map<String, Object> parameters) {

    public static final String FILE_NAME = "policy.yaml";

    /** A title in both languages. */
    public record Title(String zh, String en) {
    }
}
