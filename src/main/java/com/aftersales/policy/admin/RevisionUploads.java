package com.aftersales.policy.admin;

import com.aftersales.policy.PolicyManifest;
import com.aftersales.policy.PolicyRevision;
import com.aftersales.policy.PolicyStore;
import com.aftersales.policy.RevisionFiles;
import com.aftersales.policy.RevisionFolders;
import com.aftersales.policy.RuleBookCompilations;
import com.aftersales.policy.RuleBooks;
import com.aftersales.policy.scenario.Scenarios;
import com.aftersales.policy.validation.RevisionValidator;
import com.aftersales.policy.validation.ValidationReport;
import com.aftersales.problem.ApiError;
import com.aftersales.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes an upload of one or more files of a policy: checks the names, carries the other files over
 * from the revision in force on the effective date, validates, and stores a CANDIDATE with its report
 * and test results, or refuses it (422, 413) storing nothing but the audit entry with the report.
 */
@ApplicationScoped
public class RevisionUploads {

    private static final Pattern NAME = Pattern.compile("[^/\\\\:*?\"<>|\\x00-\\x1f]+");

    private final PolicyStore store;
    private final RuleBooks ruleBooks;
    private final Scenarios scenarios;
    private final AuditLog audit;
    private final Reports reports;
    private final RevisionValidator validator;
    private final RuleBookCompilations compilations;
    private final long maxFileBytes;

    public RevisionUploads(PolicyStore store, RuleBooks ruleBooks, Scenarios scenarios, AuditLog audit,
            Reports reports, RuleBookCompilations compilations, @ConfigProperty(name = "app.policy.max-file-size", defaultValue = "5242880") long maxFileBytes) {
        this.store = store;
        this.ruleBooks = ruleBooks;
        this.scenarios = scenarios;
        this.audit = audit;
        this.reports = reports;
        this.validator = new RevisionValidator(scenarios::check);
        this.compilations = compilations;
        this.maxFileBytes = maxFileBytes;
    }

    /** One uploaded file: the part's file name and its bytes. */
    public record Upload(String name, byte[] bytes) {
    }

    public PolicyRevision upload(String policyId, List<Upload> uploads, LocalDate effectiveFrom, String note,
            String user) {
        checkNames(uploads);
        for (Upload u : uploads) {
            if (u.bytes().length > maxFileBytes) {
                throw ProblemException.tooLarge(com.aftersales.problem.Text.of("upload.fileSize", u.name(), u.bytes().length / 1024,
                        maxFileBytes / 1024), List.of());
            }
        }
        PolicyRevision base = reports.base(policyId, effectiveFrom);
        RevisionFiles baseFiles = base == null ? null : store.load(base).files();
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (baseFiles != null) {
            files.putAll(baseFiles.files());
        }
        uploads.forEach(u -> files.put(u.name(), u.bytes()));
        RevisionFiles merged = new RevisionFiles(policyId, files);
        ValidationReport report = validator.validate(merged, baseFiles, effectiveFrom);
        List<ApiError> errors = new ArrayList<>(report.errors());
        List<ApiError> warnings = new ArrayList<>(report.warnings());
        manifest(policyId, uploads, effectiveFrom, errors, warnings);
        Map<String, Object> facts = new LinkedHashMap<>(report.facts());
        facts.put("uploaded", uploads.stream().map(Upload::name).toList());
        facts.put("basedOn", base == null ? null : base.revision);
        Map<String, Object> body = Reports.body(errors, warnings, facts, null);
        if (report.tooLarge() || !errors.isEmpty()) {
            audit.record(policyId, null, PolicyAudit.Action.REFUSED, user, effectiveFrom, note, body);
            if (report.tooLarge()) {
                throw ProblemException.tooLarge(errors.get(0).text() == null ? com.aftersales.problem.Text.of("upload.tooLargeFile") : errors.get(0).text(), errors);
            }
            throw new RefusedUpload(errors, body);
        }
        refuseRepeat(policyId, merged.sha256(), effectiveFrom);
        PolicyRevision stored = store.store(merged, effectiveFrom, PolicyRevision.Status.CANDIDATE, "UPLOAD", actor(user),
                note, new PolicyStore.Report(errors, warnings, facts));
        audit.record(policyId, stored.revision, PolicyAudit.Action.UPLOADED, user, effectiveFrom, note,
                Map.of("files", facts.get("uploaded"), "basedOn", String.valueOf(facts.get("basedOn"))));
        // compiled now, outside any transaction, so that its preview, its tests and its first run find it ready
        compilations.prepareCandidate(stored);
        Scenarios.TestRun tests = scenarios.run(stored);
        Map<String, Object> withTests = Reports.body(errors, warnings, facts, tests);
        reports.update(stored.id, withTests);
        audit.record(policyId, stored.revision, PolicyAudit.Action.VALIDATED, user, effectiveFrom, null,
                Map.of("errors", 0, "warnings", warnings.size(), "tests", Reports.testSummary(tests)));
        return reports.reload(stored.id);
    }

    /**
     * Files identical to an earlier revision make a revision of their own from a new date (a revert); they
     * are refused only when that content is already in force on that date, or already waits as a candidate
     * for that date.
     */
    private void refuseRepeat(String policyId, String sha256, LocalDate effectiveFrom) {
        reports.inForce(policyId, effectiveFrom).filter(r -> r.sha256.equals(sha256)).ifPresent(r -> {
            throw ProblemException.conflict(com.aftersales.problem.Text.of("upload.inForce", r.revision, effectiveFrom));
        });
        store.candidate(policyId, sha256, effectiveFrom).ifPresent(r -> {
            throw ProblemException.conflict(com.aftersales.problem.Text.of("upload.candidate", r.revision, effectiveFrom));
        });
    }

    private void checkNames(List<Upload> uploads) {
        List<ApiError> errors = new ArrayList<>();
        if (uploads.isEmpty()) {
            errors.add(ApiError.of("file", "upload.noFile"));
        }
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            String n = uploads.get(i).name();
            String at = "file[" + i + "]";
            if (n == null || n.isBlank() || !NAME.matcher(n).matches() || n.startsWith(".")) {
                errors.add(ApiError.of(at, "upload.badName", n));
            } else if (!RevisionFiles.isDrl(n) && !RevisionFiles.isDecisionTable(n)
                    && !n.equals(PolicyManifest.FILE_NAME)) {
                errors.add(ApiError.of(at, "upload.badKind", n, PolicyManifest.FILE_NAME));
            } else if (seen.contains(n)) {
                errors.add(ApiError.of(at, "upload.twice", n));
            }
            seen.add(n);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(com.aftersales.problem.Text.of("upload.badParts"), errors);
        }
    }

    private static void manifest(String policyId, List<Upload> uploads, LocalDate effectiveFrom, List<ApiError> errors,
            List<ApiError> warnings) {
        uploads.stream().filter(u -> u.name().equals(PolicyManifest.FILE_NAME)).findFirst().ifPresent(u -> {
            try {
                PolicyManifest m = RevisionFolders.manifest(u.bytes());
                if (m.policy() != null && !m.policy().equals(policyId)) {
                    errors.add(ApiError.of(PolicyManifest.FILE_NAME, "upload.otherPolicy", m.policy(), policyId));
                }
                if (m.effectiveFrom() != null && !m.effectiveFrom().equals(effectiveFrom)) {
                    warnings.add(ApiError.of(PolicyManifest.FILE_NAME, "upload.otherDate", m.effectiveFrom(), effectiveFrom));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new ApiError(PolicyManifest.FILE_NAME, e.getMessage()));
            }
        });
    }

    private static String actor(String user) {
        return user == null || user.isBlank() ? "anonymous" : user.trim();
    }
}
