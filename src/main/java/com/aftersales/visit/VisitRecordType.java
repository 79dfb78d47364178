package com.aftersales.visit;

import com.aftersales.record.Party;
import com.aftersales.record.RecordType;
import com.aftersales.record.ReferenceChecks;
import com.aftersales.record.References;
import com.aftersales.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The visit record kind: a result only when completed (the staff survey may have none), known rating items,
 * the record it is about (a work order for after-sales visits, a delivery for logistics visits, stored before
 * or after the visit), the staff member assessed, and a liaison form that runs forward in time.
 */
@ApplicationScoped
public class VisitRecordType implements RecordType<VisitRecord> {

    private final BranchDirectory branches;

    public VisitRecordType(BranchDirectory branches) {
        this.branches = branches;
    }

    @Override
    public String name() {
        return "visit";
    }

    @Override
    public Class<VisitRecord> javaType() {
        return VisitRecord.class;
    }

    @Override
    public String id(VisitRecord r) {
        return r.id();
    }

    @Override
    public List<Party> parties(VisitRecord r) {
        return r.responsibleEmployeeId() == null ? List.of()
                : List.of(Party.on(r.responsibleEmployeeId(), r.attemptAt().toLocalDate()));
    }

    /** An after-sales visit follows its work order into the months of the order's installers (COMP-SECOND-DISSAT). */
    @Override
    public Optional<Follows<VisitRecord>> follows() {
        return Optional.of(new Follows<>("workOrder", "orderId",
                r -> r.visitKind().afterSales() ? r.orderId() : null));
    }

    @Override
    public void check(VisitRecord r, Consumer<ApiError> problems) {
        if (r.completed() && r.result() == null && r.visitKind() != VisitKind.INTERNAL) {
            // the staff survey (INTERNAL) rates departments by item; a result of its own is optional (RULES.md §0.4)
            problems.accept(ApiError.of("/result", "visit.noResult"));
        }
        if (!r.completed() && r.result() != null) {
            problems.accept(ApiError.of("/result", "visit.resultNotCompleted", com.aftersales.problem.Labels.text(r.outcome())));
        }
        if (!r.completed() && !r.ratings().isEmpty()) {
            problems.accept(ApiError.of("/itemRatings", "visit.ratingsNotCompleted"));
        }
        checkItems(r, problems);
        if (r.visitKind().afterSales() && blank(r.orderId())) {
            problems.accept(ApiError.of("/orderId", "visit.noOrder"));
        }
        if (r.visitKind() == VisitKind.LOGISTICS && blank(r.deliveryId())) {
            problems.accept(ApiError.of("/deliveryId", "visit.noDelivery"));
        }
        // a logistics visit without responsibleEmployeeId assesses its delivery's crew when that is one person,
        // resolved when the month is run (payroll/DataProblems), as the delivery may arrive later
        if (r.completed() && r.visitKind() == VisitKind.SALES && blank(r.responsibleEmployeeId())) {
            problems.accept(ApiError.of("/responsibleEmployeeId", "visit.noResponsible",
                    r.visitKind().name(), com.aftersales.problem.Labels.text(r.visitKind())));
        }
        checkLiaison(r, problems);
    }

    private static void checkItems(VisitRecord r, Consumer<ApiError> problems) {
        Map<RatingItem, String> seen = new HashMap<>();
        for (String key : r.ratings().keySet()) {
            RatingItem item = RatingItem.parse(key).orElse(null);
            if (item == null) {
                problems.accept(ApiError.of("/itemRatings/" + key, "visit.unknownItem", key));
            } else if (seen.putIfAbsent(item, key) != null) {
                problems.accept(ApiError.of("/itemRatings/" + key, "visit.itemTwice", item.name(),
                        com.aftersales.problem.Labels.text(item), seen.get(item)));
            }
        }
    }

    private static void checkLiaison(VisitRecord r, Consumer<ApiError> problems) {
        boolean any = r.liaisonSentAt() != null || r.branchReplyAt() != null || r.handlingCompletedAt() != null;
        if (any && !r.dissatisfied()) {
            problems.accept(ApiError.of("/liaisonSentAt", "visit.liaison"));
            return;
        }
        before(r.attemptAt(), r.liaisonSentAt(), "/liaisonSentAt", "visit.liaisonBefore",
                problems);
        if (r.branchReplyAt() != null && r.liaisonSentAt() == null) {
            problems.accept(ApiError.of("/branchReplyAt", "visit.replyNoLiaison"));
        }
        before(r.liaisonSentAt(), r.branchReplyAt(), "/branchReplyAt", "visit.replyBefore",
                problems);
        before(r.attemptAt(), r.handlingCompletedAt(), "/handlingCompletedAt",
                "visit.handlingBefore", problems);
    }

    private static void before(LocalDateTime first, LocalDateTime then, String at, String message,
            Consumer<ApiError> problems) {
        if (first != null && then != null && then.isBefore(first)) {
            problems.accept(ApiError.of(at, "visit.before", com.aftersales.problem.Text.of(message), then, first));
        }
    }

    @Override
    public void checkReferences(List<VisitRecord> rs, List<String> at, References refs, Consumer<ApiError> problems) {
        // the work order or delivery a visit names may be imported later (records in any order): it is resolved
        // when the month is run, and listed among the run's data problems if it is still missing then
        ReferenceChecks.employeesExist(rs, at, r -> nonNull(r.responsibleEmployeeId()), "responsibleEmployeeId", refs,
                problems);
        branches.check(rs, at, VisitRecord::branch, problems);
    }

    static List<String> nonNull(String id) {
        return id == null ? List.of() : List.of(id);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
