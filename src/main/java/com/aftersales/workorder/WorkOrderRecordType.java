package com.aftersales.workorder;

import com.aftersales.record.Party;
import com.aftersales.record.RecordType;
import com.aftersales.record.ReferenceChecks;
import com.aftersales.record.References;
import com.aftersales.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The work-order record kind ("workOrder"): each installer is a party over the days from the first
 * to the last timestamp; the timestamps must follow the order of the work (dispatch, acceptance,
 * arrival, completion), and the installers and the original order of a rework must exist.
 */
@ApplicationScoped
public class WorkOrderRecordType implements RecordType<WorkOrderRecord> {

    public static final String KIND = "workOrder";

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public Class<WorkOrderRecord> javaType() {
        return WorkOrderRecord.class;
    }

    @Override
    public String id(WorkOrderRecord r) {
        return r.key() == null ? "" : r.key();
    }

    @Override
    public List<Party> parties(WorkOrderRecord r) {
        LocalDate from = r.timestamps().min(Comparator.naturalOrder()).map(LocalDateTime::toLocalDate).orElseThrow();
        LocalDate to = r.timestamps().max(Comparator.naturalOrder()).map(LocalDateTime::toLocalDate).orElseThrow();
        return r.installerIds().stream().distinct().sorted().map(e -> new Party(e, from, to)).toList();
    }

    @Override
    public void check(WorkOrderRecord r, Consumer<ApiError> problems) {
        if (r.id() == null && r.orderId() == null) {
            problems.accept(ApiError.of("/id", "order.noId"));
        } else if (r.id() != null && r.orderId() != null && !r.id().equals(r.orderId())) {
            problems.accept(ApiError.of("/orderId", "order.otherId", r.id()));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < r.installerIds().size(); i++) {
            if (!seen.add(r.installerIds().get(i))) {
                problems.accept(ApiError.of("/installerIds/" + i, "order.installerTwice", r.installerIds().get(i)));
            }
        }
        if (r.rework()) {
            if (r.reworkOfOrderId() == null) {
                problems.accept(ApiError.of("/reworkOfOrderId", "order.reworkOf"));
            }
            if (r.arrivedAt() == null && r.completedAt() == null) {
                problems.accept(ApiError.of("/completedAt", "order.reworkTime"));
            }
        } else if (r.dispatchedAt() == null) {
            problems.accept(ApiError.of("/dispatchedAt", "order.dispatchTime"));
        }
        if (r.serviceMode() == WorkOrderRecord.ServiceMode.ONSITE && r.distanceKm() == null && !r.rework()) {
            problems.accept(ApiError.of("/distanceKm", "order.distance"));
        }
        checkOrder(r, problems);
    }

    /** The work happens in order: dispatched, accepted, arrived, completed. */
    private static void checkOrder(WorkOrderRecord r, Consumer<ApiError> problems) {
        notBefore(r.acceptedAt(), "acceptedAt", "accepted", r.dispatchedAt(), "dispatched", problems);
        notBefore(r.arrivedAt(), "arrivedAt", "arrived", r.dispatchedAt(), "dispatched", problems);
        notBefore(r.completedAt(), "completedAt", "completed", r.dispatchedAt(), "dispatched", problems);
        notBefore(r.completedAt(), "completedAt", "completed", r.acceptedAt(), "accepted", problems);
        notBefore(r.completedAt(), "completedAt", "completed", r.arrivedAt(), "arrived at the customer", problems);
    }

    private static void notBefore(LocalDateTime later, String field, String what, LocalDateTime earlier,
            String earlierWhat, Consumer<ApiError> problems) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            problems.accept(ApiError.of("/" + field, "order.sequence", com.aftersales.problem.Text.of("order.step." + what.replace(' ', '-')), later,
                    com.aftersales.problem.Text.of("order.step." + earlierWhat.replace(' ', '-')), earlier));
        }
    }

    @Override
    public void checkReferences(List<WorkOrderRecord> rs, List<String> at, References refs,
            Consumer<ApiError> problems) {
        ReferenceChecks.employeesExist(rs, at, WorkOrderRecord::installerIds, "installerIds", refs, problems);
        Set<String> inRequest = rs.stream().map(WorkOrderRecord::key).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        ReferenceChecks.recordsExist(rs, at, r -> r.reworkOfOrderId() == null ? List.of() : List.of(r.reworkOfOrderId()),
                KIND, inRequest, "reworkOfOrderId", refs, problems);
    }
}
