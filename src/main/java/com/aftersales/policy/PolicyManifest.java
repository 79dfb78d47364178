package com.aftersales.policy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * The {@code policy.yaml} of a revision: which handbook document it is, its titles in Chinese and
 * English, its document number and the date it takes effect.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PolicyManifest(String policy, Title title, String documentNo, LocalDate effectiveFrom, String note) {

    public static final String FILE_NAME = "policy.yaml";

    /** A title in both languages. */
    public record Title(String zh, String en) {
    }
}
