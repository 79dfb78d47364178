package com.aftersales.visit.kpi;

import com.aftersales.facts.result.Flag;
import com.aftersales.facts.input.RecordRef;
import com.aftersales.facts.result.Satisfaction;
import com.aftersales.facts.result.ScopeResult;
import com.aftersales.facts.result.VisitFinding;
import com.aftersales.facts.result.VisitStatusFinding;
import com.aftersales.policy.RevisionRef;
import com.aftersales.scoring.ScoredBranch;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One branch's visit KPI of a month (GET /api/periods/{period}/kpi): satisfaction (rate in percent,
 * two decimals, compared unrounded by the rules), the sampling minimums, the deadline and follow-up
 * findings, the system statuses of dissatisfied cases, and the flags, with the visits revision used.
 */
public record KpiView(String branch, String period, String asOf, int visits, int dissatisfied,
        String satisfactionRate, String satisfactionTarget, boolean improvementPlanRequired, boolean kpiBreach,
        List<Scope> scope, List<Finding> findings, List<Status> statuses, List<FlagView> flags, Revision revision) {

    /** A VISIT-SCOPE-* minimum: percent of the eligible, rounded up, and at least minimumCount. */
    public record Scope(String ruleId, String visitKind, int eligible, int visited, int percent, int minimumCount,
            int minimum, boolean met) {
    }

    /** A deadline or follow-up finding; dates are yyyy-MM-dd, deadline and done may be null. */
    public record Finding(String ruleId, Ref record, String orderId, String from, String deadline, String done,
            String status, String detail) {
    }

    /** The status an order should have after a visit, and what the clerk recorded. */
    public record Status(String ruleId, String visitId, String orderId, int visitNo, String attemptAt, String result,
            List<String> status, List<String> recordedStatus, boolean consistent) {
    }

    public record FlagView(String code, String ruleId, String date, String detail, List<Ref> records) {
    }

    public record Ref(String type, String id) {
        static Ref of(RecordRef r) {
            return new Ref(r.getType(), r.getId());
        }
    }

    public record Revision(String policy, String revision, String sha256) {
    }

    private static final List<String> KINDS = List.of("SALES", "LOGISTICS", "AS_ONSITE", "AS_CARRYIN", "INTERNAL");

    /** Statuses of findings that need nobody to act. */
    private static final List<String> SETTLED = List.of(VisitFinding.ON_TIME, "DONE");

    static KpiView of(ScoredBranch s, LocalDate asOf, BigDecimal target, RevisionRef revision, boolean issuesOnly) {
        Satisfaction sat = s.results(Satisfaction.class).stream().findFirst()
                .orElse(new Satisfaction(s.branch(), s.period(), 0, 0));
        List<Scope> scope = s.results(ScopeResult.class).stream()
                .sorted(Comparator.comparing((ScopeResult r) -> KINDS.indexOf(r.getVisitKind())).thenComparing(ScopeResult::getRuleId))
                .map(r -> new Scope(r.getRuleId(), r.getVisitKind(), r.getEligible(), r.getVisited(), r.getPercent(),
                        r.getMinimumCount(), r.getMinimum(), r.isMet())).toList();
        List<Finding> findings = s.results(VisitFinding.class).stream()
                .filter(f -> !issuesOnly || !SETTLED.contains(f.getStatus()))
                .sorted(Comparator.comparing(VisitFinding::getRuleId).thenComparing(VisitFinding::getFrom)
                        .thenComparing(f -> f.getRecord().toString()).thenComparing(VisitFinding::getStatus))
                .map(f -> new Finding(f.getRuleId(), Ref.of(f.getRecord()), f.getOrderId(), text(f.getFrom()),
                        text(f.getDeadline()), text(f.getDone()), f.getStatus(), f.getDetail())).toList();
        List<Status> statuses = s.results(VisitStatusFinding.class).stream()
                .filter(f -> f.isLifecycle() || !f.isConsistent())
                .sorted(Comparator.comparing((VisitStatusFinding f) -> String.valueOf(f.getVisit().getOrderId()))
                        .thenComparing(f -> f.getVisit().getAttemptAt()).thenComparing(f -> f.getVisit().getId()))
                .map(f -> new Status(f.getRuleId(), f.getVisit().getId(), f.getVisit().getOrderId(),
                        f.getVisit().getVisitNo(), f.getVisit().getAttemptAt().toString(), f.getVisit().getResult(),
                        f.getExpected(), f.getRecorded(), f.isConsistent())).toList();
        List<FlagView> flags = s.flags().stream()
                .sorted(Comparator.comparing(Flag::getDate).thenComparing(Flag::getRuleId).thenComparing(Flag::getCode)
                        .thenComparing(f -> f.getRecords().toString()).thenComparing(Flag::getDetail))
                .map(f -> new FlagView(f.getCode(), f.getRuleId(), f.getDate().toString(), f.getDetail(),
                        f.getRecords().stream().map(Ref::of).toList())).toList();
        return new KpiView(s.branch(), s.period().toString(), asOf.toString(), sat.getVisits(), sat.getDissatisfied(),
                sat.getPercent(), target == null ? null : target.movePointRight(2).setScale(2).toPlainString(),
                flags.stream().anyMatch(f -> f.code().equals("IMPROVEMENT_PLAN_REQUIRED")),
                flags.stream().anyMatch(f -> f.code().equals("KPI_BREACH")), scope, findings, statuses, flags,
                new Revision(revision.policy(), revision.revision(), revision.sha256()));
    }

    private static String text(LocalDate d) {
        return Objects.toString(d, null);
    }
}
