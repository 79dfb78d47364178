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
                throw ProblemException.tooLarge(u.name() + " is " + u.bytes().length / 1024 + " KB; a file of a "
                        + "revision may be at most " + maxFileBytes / 1024 + " KB");
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
                throw ProblemException.tooLarge(errors.get(0).message(), errors);
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
            throw ProblemException.conflict("这些文件与 " + effectiveFrom + " 当日生效的修订版 " + r.revision
                    + " 完全相同,无需重新上传 / these files are exactly those of revision " + r.revision
                    + ", already in force on " + effectiveFrom);
        });
        store.candidate(policyId, sha256, effectiveFrom).ifPresent(r -> {
            throw ProblemException.conflict("这些文件已作为 " + effectiveFrom + " 生效的候选修订版 " + r.revision
                    + " 上传,请启用该修订版 / these files are already candidate revision " + r.revision
                    + " from " + effectiveFrom + "; activate that one instead");
        });
    }

    private void checkNames(List<Upload> uploads) {
        List<ApiError> errors = new ArrayList<>();
        if (uploads.isEmpty()) {
            errors.add(new ApiError("file", "no file: send one or more parts named \"file\""));
        }
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            String n = uploads.get(i).name();
            String at = "file[" + i + "]";
            if (n == null || n.isBlank() || !NAME.matcher(n).matches() || n.startsWith(".")) {
                errors.add(new ApiError(at, "\"" + n + "\" is not a plain file name (no folders, no path)"));
            } else if (!RevisionFiles.isDrl(n) && !RevisionFiles.isDecisionTable(n)
                    && !n.equals(PolicyManifest.FILE_NAME)) {
                errors.add(new ApiError(at, "\"" + n + "\" is not a file of a revision: only *.drl, *.drl.xlsx and "
                        + PolicyManifest.FILE_NAME + " are accepted"));
            } else if (seen.contains(n)) {
                errors.add(new ApiError(at, n + " is uploaded twice"));
            }
            seen.add(n);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("the upload has bad file parts", errors);
        }
    }

    private static void manifest(String policyId, List<Upload> uploads, LocalDate effectiveFrom, List<ApiError> errors,
            List<ApiError> warnings) {
        uploads.stream().filter(u -> u.name().equals(PolicyManifest.FILE_NAME)).findFirst().ifPresent(u -> {
            try {
                PolicyManifest m = RevisionFolders.manifest(u.bytes());
                if (m.policy() != null && !m.policy().equals(policyId)) {
                    errors.add(new ApiError(PolicyManifest.FILE_NAME, "names policy " + m.policy() + ", but it is "
                            + "uploaded to " + policyId));
                }
                if (m.effectiveFrom() != null && !m.effectiveFrom().equals(effectiveFrom)) {
                    warnings.add(new ApiError(PolicyManifest.FILE_NAME, "says effectiveFrom " + m.effectiveFrom()
                            + "; the revision takes effect on " + effectiveFrom + ", the date of the upload"));
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
