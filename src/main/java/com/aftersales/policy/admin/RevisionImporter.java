package com.aftersales.policy.admin;

import com.aftersales.policy.PolicyManifest;
import com.aftersales.policy.PolicyRevision;
import com.aftersales.policy.PolicyStore;
import com.aftersales.policy.RevisionFolders;
import com.aftersales.policy.RuleBookCompiler;
import com.aftersales.policy.RuleCompileException;
import com.aftersales.policy.validation.ParameterChecks;
import com.aftersales.problem.ApiError;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * On start, imports each revision folder of {@code rules/} the database does not have yet (by the
 * sha256 of its files) and never touches one it has. A revision that does not compile, or whose
 * parameter values its policy.yaml does not allow, is stored as REJECTED with its located errors; the
 * others start normally.
 */
@ApplicationScoped
public class RevisionImporter {

    private static final Logger LOG = Logger.getLogger(RevisionImporter.class);

    private final PolicyStore store;
    private final Path rulesDir;

    public RevisionImporter(PolicyStore store, @ConfigProperty(name = "app.rules-dir") String rulesDir) {
        this.store = store;
        this.rulesDir = Path.of(rulesDir);
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        importFolder(rulesDir);
    }

    /** Imports the folders under {@code dir}; returns the revisions it stored. */
    public List<PolicyRevision> importFolder(Path dir) {
        List<PolicyRevision> stored = new ArrayList<>();
        Map<String, List<RevisionFolders.Folder>> folders = RevisionFolders.read(dir);
        folders.forEach((policy, list) -> list.forEach(f -> importOne(dir, policy, f).ifPresent(stored::add)));
        LOG.infof("policy revisions: %d folder(s) under %s, %d new", folders.values().stream().mapToInt(List::size).sum(),
                dir.toAbsolutePath(), stored.size());
        return stored;
    }

    /** What a folder's import found: the errors that refuse it, the warnings, and the compile time. */
    record Examination(List<ApiError> errors, List<ApiError> warnings, long compileMs) {
    }

    /**
     * Examines a shipped folder as an import does, without storing anything: the manifest must name the
     * folder's policy, the rules must compile and the parameter values be ones its policy.yaml allows.
     */
    static Examination examine(String policy, RevisionFolders.Folder f) {
        List<ApiError> errors = new ArrayList<>();
        if (f.manifest().policy() != null && !policy.equals(f.manifest().policy())) {
            errors.add(new ApiError(PolicyManifest.FILE_NAME, "names policy " + f.manifest().policy()
                    + " but lies in the folder of " + policy));
        }
        long t = System.nanoTime();
        if (errors.isEmpty()) {
            try {
                new RuleBookCompiler().check(List.of(RevisionFolders.loaded(f)));
            } catch (RuleCompileException e) {
                errors.addAll(e.errors());
            }
        }
        long ms = (System.nanoTime() - t) / 1_000_000;
        List<ApiError> warnings = new ArrayList<>();
        ParameterChecks.check(f.files(), errors, warnings);
        return new Examination(errors, warnings, ms);
    }

    private Optional<PolicyRevision> importOne(Path dir, String policy, RevisionFolders.Folder f) {
        if (store.findBySha(policy, f.files().sha256()).isPresent()) {
            return Optional.empty();
        }
        Examination x = examine(policy, f);
        List<ApiError> errors = x.errors();
        PolicyRevision.Status status = errors.isEmpty() ? PolicyRevision.Status.ACTIVE : PolicyRevision.Status.REJECTED;
        store.upsertPolicy(f.manifest(), policy);
        PolicyRevision r = store.store(f.files(), f.effectiveFrom(), status, "SHIPPED", "system:rules-folder",
                f.manifest().note(), new PolicyStore.Report(errors, x.warnings(), Map.of("compileMs", x.compileMs(),
                        "folder", dir.relativize(f.path()).toString().replace('\\', '/'))));
        if (errors.isEmpty()) {
            LOG.infof("imported %s revision %s (%s) from %s", policy, r.revision, r.sha256.substring(0, 12), f.path());
        } else {
            LOG.errorf("refused %s revision from %s: %s", policy, f.path(), errors);
        }
        return Optional.of(r);
    }
}
