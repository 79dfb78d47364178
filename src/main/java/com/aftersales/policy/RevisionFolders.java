package com.aftersales.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the shipped revisions from {@code rules/<policy>/<effective-date>/}: every regular file of a
 * revision folder is one of its files, {@code policy.yaml} its manifest.
 */
public final class RevisionFolders {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());

    private RevisionFolders() {
    }

    /** One revision folder read from disk. */
    public record Folder(Path path, PolicyManifest manifest, RevisionFiles files) {
        public LocalDate effectiveFrom() {
            return manifest.effectiveFrom();
        }
    }

    /** Every revision folder under {@code rulesDir}, by policy, oldest first. */
    public static Map<String, List<Folder>> read(Path rulesDir) {
        Map<String, List<Folder>> out = new LinkedHashMap<>();
        if (!Files.isDirectory(rulesDir)) {
            return out;
        }
        try (Stream<Path> policies = Files.list(rulesDir)) {
            for (Path policyDir : policies.filter(Files::isDirectory).sorted().toList()) {
                List<Folder> folders = new ArrayList<>();
                try (Stream<Path> revisions = Files.list(policyDir)) {
                    for (Path dir : revisions.filter(Files::isDirectory).sorted().toList()) {
                        folders.add(folder(policyDir.getFileName().toString(), dir));
                    }
                }
                folders.sort(Comparator.comparing(Folder::effectiveFrom));
                out.put(policyDir.getFileName().toString(), folders);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The newest revision folder of one policy. */
    public static Folder latest(Path rulesDir, String policy) {
        List<Folder> folders = read(rulesDir).get(policy);
        if (folders == null || folders.isEmpty()) {
            throw new IllegalArgumentException("no revision of " + policy + " under " + rulesDir);
        }
        return folders.get(folders.size() - 1);
    }

    static Folder folder(String policy, Path dir) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.filter(Files::isRegularFile).sorted().toList()) {
                files.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        byte[] manifestBytes = files.get(PolicyManifest.FILE_NAME);
        PolicyManifest manifest = manifestBytes == null ? null : manifest(manifestBytes);
        if (manifest == null || manifest.effectiveFrom() == null) {
            LocalDate date = LocalDate.parse(dir.getFileName().toString());
            manifest = new PolicyManifest(policy, new PolicyManifest.Title(policy, policy), null, date, null,
                    manifest == null ? null : manifest.parameters());
        }
        return new Folder(dir, manifest, new RevisionFiles(policy, files));
    }

    /** Parses a manifest; throws with the reason when it is not valid YAML of that shape. */
    public static PolicyManifest manifest(byte[] yaml) {
        try {
            return YAML.readValue(yaml, PolicyManifest.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("policy.yaml cannot be read: " + e.getMessage(), e);
        }
    }

    /** A revision ready to compile, named after its folder. */
    public static LoadedRevision loaded(Folder f) {
        return new LoadedRevision(new RevisionRef(f.files().policy(), f.effectiveFrom().toString(),
                f.files().sha256(), f.effectiveFrom()), f.files());
    }
}
