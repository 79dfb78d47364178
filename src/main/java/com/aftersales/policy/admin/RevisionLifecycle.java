package com.aftersales.policy.admin;

import com.aftersales.policy.PolicyRevision;
import com.aftersales.policy.RuleBookCompilations;
import com.aftersales.policy.scenario.Scenarios;
import com.aftersales.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Activates and retires revisions. Activation sets the effective date (default: the upload's), refuses
 * a revision already active, refused by validation, activated by its own uploader while four eyes is on
 * ({@code app.policy.four-eyes}), dated inside a closed period, or whose test
 * scenarios fail; the revisions in force before that date are untouched, so old months re-run with them.
 */
@ApplicationScoped
public class RevisionLifecycle {

    private final Scenarios scenarios;
    private final AuditLog audit;
    private final PeriodLocks locks;
    private final RuleBookCompilations compilations;

    private final boolean fourEyes;

    public RevisionLifecycle(Scenarios scenarios, AuditLog audit, PeriodLocks locks,
            RuleBookCompilations compilations,
            @ConfigProperty(name = "app.policy.four-eyes", defaultValue = "true") boolean fourEyes) {
        this.fourEyes = fourEyes;
        this.scenarios = scenarios;
        this.audit = audit;
        this.locks = locks;
        this.compilations = compilations;
    }

    public PolicyRevision activate(String policyId, String revision, LocalDate effectiveFrom, String note,
            String user) {
        PolicyRevision r = find(policyId, revision);
        LocalDate date = effectiveFrom == null ? r.effectiveFrom : effectiveFrom;
        if (r.status == PolicyRevision.Status.ACTIVE) {
            throw ProblemException.conflict(com.aftersales.problem.Text.of("revision.active", revision, policyId, r.effectiveFrom));
        }
        if (r.status == PolicyRevision.Status.REJECTED) {
            throw ProblemException.conflict(com.aftersales.problem.Text.of("revision.rejected", revision, policyId));
        }
        if (fourEyes && user != null && user.equals(r.createdBy)) {
            audit.record(policyId, revision, PolicyAudit.Action.ACTIVATION_REFUSED, user, date, note,
                    Map.of("reason", "four eyes: the uploader cannot activate alone"));
            throw ProblemException.forbidden(com.aftersales.problem.Text.of("revision.fourEyes", revision, user), java.util.List.of());
        }
        locks.closedOn(date).ifPresent(why -> {
            throw ProblemException.conflict(com.aftersales.problem.Text.of("refusal.revisionInClosedPeriod", date, why));
        });
        Scenarios.TestRun tests = scenarios.run(r);
        if (!tests.ok()) {
            audit.record(policyId, revision, PolicyAudit.Action.ACTIVATION_REFUSED, user, date, note,
                    Reports.testSummary(tests));
            compilations.settled(r, false);
            throw ProblemException.conflict(com.aftersales.problem.Text.of("revision.testsFail", tests.total() - tests.passed(), tests.total(), revision),
                    tests.failures());
        }
        PolicyRevision done = markActive(r.id, date);
        compilations.settled(done, true);
        audit.record(policyId, revision, PolicyAudit.Action.ACTIVATED, user, date, note,
                Map.of("tests", Reports.testSummary(tests)));
        return done;
    }

    public PolicyRevision retire(String policyId, String revision, String note, String user) {
        boolean candidate = find(policyId, revision).status == PolicyRevision.Status.CANDIDATE;
        PolicyRevision r = markRetired(policyId, revision);
        if (candidate) {
            compilations.settled(r, false);
        }
        audit.record(policyId, revision, PolicyAudit.Action.RETIRED, user, r.effectiveFrom, note, null);
        return r;
    }

    @Transactional
    PolicyRevision find(String policyId, String revision) {
        if (com.aftersales.policy.Policy.findById(policyId) == null) {
            throw ProblemException.notFound(com.aftersales.problem.Text.of("notFound.policy", policyId));
        }
        PolicyRevision r = PolicyRevision.find(policyId, revision);
        if (r == null) {
            throw ProblemException.notFound(com.aftersales.problem.Text.of("notFound.revision", policyId, revision));
        }
        return r;
    }

    @Transactional
    PolicyRevision markActive(long id, LocalDate date) {
        PolicyRevision r = PolicyRevision.findById(id);
        if (r.status == PolicyRevision.Status.ACTIVE) {
            throw ProblemException.conflict(com.aftersales.problem.Text.of("revision.alreadyActive", r.revision));
        }
        r.status = PolicyRevision.Status.ACTIVE;
        r.effectiveFrom = date;
        r.activatedAt = OffsetDateTime.now();
        return r;
    }

    @Transactional
    PolicyRevision markRetired(String policyId, String revision) {
        PolicyRevision r = find(policyId, revision);
        if (r.status == PolicyRevision.Status.RETIRED || r.status == PolicyRevision.Status.REJECTED) {
            throw ProblemException.conflict(com.aftersales.problem.Text.of("revision.statusAlready", revision, com.aftersales.problem.Text.of("revisionStatus." + r.status.name())));
        }
        if (r.status == PolicyRevision.Status.ACTIVE && PolicyRevision.active().stream()
                .noneMatch(o -> o.policyId.equals(policyId) && !o.id.equals(r.id)
                        && !o.effectiveFrom.isAfter(r.effectiveFrom))) {
            throw ProblemException.conflict(com.aftersales.problem.Text.of("revision.first", revision, policyId, r.effectiveFrom));
        }
        r.status = PolicyRevision.Status.RETIRED;
        return r;
    }
}
