package com.aftersales.policy;

import com.aftersales.problem.ApiError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Stores policies and their immutable revisions, and reads a revision's files back. */
@ApplicationScoped
public class PolicyStore {

    private final ObjectMapper json;
    /** Files by revision id: a revision's files never change (its status and effective date do). */
    private final Map<Long, RevisionFiles> files = new ConcurrentHashMap<>();

    public PolicyStore(ObjectMapper json) {
        this.json = json;
    }

    /** The report stored with a revision: errors, warnings and facts about its validation. */
    public record Report(List<ApiError> errors, List<ApiError> warnings, Map<String, Object> facts) {
    }

    @Transactional
    public Optional<PolicyRevision> findBySha(String policy, String sha256) {
        return PolicyRevision.find("policyId = ?1 and sha256 = ?2", policy, sha256).firstResultOptional();
    }

    /** A candidate of {@code policy} with these files and this effective date, if one waits. */
    @Transactional
    public Optional<PolicyRevision> candidate(String policy, String sha256, LocalDate effectiveFrom) {
        return PolicyRevision.find("policyId = ?1 and sha256 = ?2 and effectiveFrom = ?3 and status = ?4", policy,
                sha256, effectiveFrom, PolicyRevision.Status.CANDIDATE).firstResultOptional();
    }

    /** Creates the policy if new, or refreshes its titles from a newer manifest. */
    @Transactional
    public void upsertPolicy(PolicyManifest manifest, String policyId) {
        Policy p = Policy.findById(policyId);
        if (p == null) {
            p = new Policy();
            p.policyId = policyId;
        }
        if (manifest.title() != null) {
            p.titleZh = manifest.title().zh() == null ? policyId : manifest.title().zh();
            p.titleEn = manifest.title().en() == null ? policyId : manifest.title().en();
        } else if (p.titleZh == null) {
            p.titleZh = policyId;
            p.titleEn = policyId;
        }
        if (manifest.documentNo() != null) {
            p.documentNo = manifest.documentNo();
        }
        p.persist();
    }

    /**
     * Stores a new revision with its files and report. The label is the effective date, with a
     * suffix (".2", ".3") when another revision of the policy already has that label.
     */
    @Transactional
    public PolicyRevision store(RevisionFiles files, LocalDate effectiveFrom, PolicyRevision.Status status,
            String source, String createdBy, String note, Report report) {
        PolicyRevision r = new PolicyRevision();
        r.policyId = files.policy();
        r.revision = freeLabel(files.policy(), effectiveFrom.toString());
        r.effectiveFrom = effectiveFrom;
        r.sha256 = files.sha256();
        r.status = status;
        r.source = source;
        r.createdBy = createdBy;
        r.createdAt = OffsetDateTime.now();
        r.activatedAt = status == PolicyRevision.Status.ACTIVE ? r.createdAt : null;
        r.note = note;
        r.report = write(report);
        r.persist();
        files.files().forEach((name, bytes) -> {
            RevisionFile f = new RevisionFile();
            f.revisionId = r.id;
            f.name = name;
            f.content = bytes;
            f.sha256 = RevisionFiles.sha256(bytes);
            f.persist();
        });
        return r;
    }

    private static String freeLabel(String policy, String base) {
        String label = base;
        for (int n = 2; PolicyRevision.find(policy, label) != null; n++) {
            label = base + "." + n;
        }
        return label;
    }

    /**
     * A stored revision with its files. The files are cached (they never change); the revision's name and
     * effective date are read from {@code r} each time, since activation may move the date.
     */
    @Transactional
    public LoadedRevision load(PolicyRevision r) {
        RevisionFiles f = files.computeIfAbsent(r.id, id -> {
            Map<String, byte[]> bytes = new LinkedHashMap<>();
            RevisionFile.<RevisionFile>list("revisionId = ?1 order by name", id).forEach(x -> bytes.put(x.name, x.content));
            return new RevisionFiles(r.policyId, bytes);
        });
        return new LoadedRevision(r.ref(), f);
    }

    public String write(Report report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
