package com.aftersales.visit;

import com.aftersales.record.Party;
import com.aftersales.record.RecordType;
import com.aftersales.record.References;
import com.aftersales.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Consumer;

/** The sales-volume record kind: one branch's transactions of one month; it concerns no employee. */
@ApplicationScoped
public class SalesVolumeRecordType implements RecordType<SalesVolumeRecord> {

    private final BranchDirectory branches;

    public SalesVolumeRecordType(BranchDirectory branches) {
        this.branches = branches;
    }

    @Override
    public String name() {
        return "salesVolume";
    }

    @Override
    public Class<SalesVolumeRecord> javaType() {
        return SalesVolumeRecord.class;
    }

    @Override
    public String id(SalesVolumeRecord r) {
        return r.id();
    }

    @Override
    public List<Party> parties(SalesVolumeRecord r) {
        return List.of();
    }

    @Override
    public List<String> branches(SalesVolumeRecord r) {
        return r.branch() == null ? List.of() : List.of(r.branch());
    }

    @Override
    public void checkReferences(List<SalesVolumeRecord> rs, List<String> at, References refs,
            Consumer<ApiError> problems) {
        branches.check(rs, at, SalesVolumeRecord::branch, problems);
    }
}
