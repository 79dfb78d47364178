package com.aftersales.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of one revision of one policy, by name, and the sha256 that identifies them: the hash
 * over the sorted file names and the hashes of their bytes, so the same files always give the same id.
 */
public final class RevisionFiles {

    private final String policy;
    private final SortedMap<String, byte[]> files;
    private final String sha256;

    public RevisionFiles(String policy, Map<String, byte[]> files) {
        this.policy = policy;
        this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        StringBuilder manifest = new StringBuilder();
        this.files.forEach((name, bytes) -> manifest.append(name).append('\0').append(sha256(bytes)).append('\n'));
        this.sha256 = sha256(manifest.toString().getBytes(StandardCharsets.UTF_8));
    }

    public String policy() {
        return policy;
    }

    public SortedMap<String, byte[]> files() {
        return files;
    }

    public String sha256() {
        return sha256;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean isDrl(String name) {
        return name.endsWith(".drl");
    }

    public static boolean isDecisionTable(String name) {
        return name.endsWith(".drl.xlsx");
    }
}
