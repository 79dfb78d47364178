package com.aftersales.visit;

import com.aftersales.record.Party;
import com.aftersales.record.RecordType;
import com.aftersales.record.ReferenceChecks;
import com.aftersales.record.References;
import com.aftersales.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The delivery record kind: delivered after it was paid for, a crew of known employees, a known branch. */
@ApplicationScoped
public class DeliveryRecordType implements RecordType<DeliveryRecord> {

    private final BranchDirectory branches;

    public DeliveryRecordType(BranchDirectory branches) {
        this.branches = branches;
    }

    @Override
    public String name() {
        return "delivery";
    }

    @Override
    public Class<DeliveryRecord> javaType() {
        return DeliveryRecord.class;
    }

    @Override
    public String id(DeliveryRecord r) {
        return r.id();
    }

    /** Each crew member, from the payment to the delivery. */
    @Override
    public List<Party> parties(DeliveryRecord r) {
        var to = r.deliveredAt() == null ? r.paidAt().toLocalDate() : r.deliveredAt().toLocalDate();
        return r.crew().stream().distinct().map(e -> new Party(e, r.paidAt().toLocalDate(), to)).toList();
    }

    @Override
    public void check(DeliveryRecord r, Consumer<ApiError> problems) {
        if (r.deliveredAt() != null && r.deliveredAt().isBefore(r.paidAt())) {
            problems.accept(ApiError.of("/deliveredAt", "delivery.beforePaid", r.deliveredAt(), r.paidAt()));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < r.crew().size(); i++) {
            if (!seen.add(r.crew().get(i))) {
                problems.accept(ApiError.of("/crewEmployeeIds/" + i, "delivery.crewTwice", r.crew().get(i)));
            }
        }
    }

    @Override
    public void checkReferences(List<DeliveryRecord> rs, List<String> at, References refs,
            Consumer<ApiError> problems) {
        ReferenceChecks.employeesExist(rs, at, DeliveryRecord::crew, "crewEmployeeIds", refs, problems);
        branches.check(rs, at, DeliveryRecord::branch, problems);
    }
}
