package com.aftersales.bench;

import com.aftersales.attendance.AttendanceRecordTypes;
import com.aftersales.leave.LeaveRecordType;
import com.aftersales.record.RecordType;
import com.aftersales.reward.CommendationRecordType;
import com.aftersales.staff.StaffDtos.BranchBody;
import com.aftersales.staff.StaffDtos.EmployeeBody;
import com.aftersales.staff.StaffDtos.WageBody;
import com.aftersales.visit.DeliveryRecordType;
import com.aftersales.visit.SalesVolumeRecordType;
import com.aftersales.visit.VisitRecordType;
import com.aftersales.workorder.IncidentRecordType;
import com.aftersales.workorder.WorkOrderRecordType;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated company and its month, in the shapes the API takes: branches, employees and wages as the
 * reference-data endpoints take them, and records of every kind as the bulk endpoints take them.
 */
public record GeneratedCompany(long seed, YearMonth period, List<Branch> branches, List<EmployeeBody> employees,
        Map<YearMonth, List<WageBody>> wages, List<Kind<?>> records) {

    /**
     * The record kinds, in the order they can be imported (a visit names a stored order or delivery). The
     * kinds' services are not needed for what the generator uses of them (ids and parties), hence the nulls.
     */
    static final List<RecordType<?>> KINDS = List.of(AttendanceRecordTypes.SHIFT, AttendanceRecordTypes.PUNCH,
            LeaveRecordType.INSTANCE, new WorkOrderRecordType(), new DeliveryRecordType(null),
            new VisitRecordType(null), new SalesVolumeRecordType(null), new IncidentRecordType(null),
            new CommendationRecordType());

    /** A branch: its id and its body for PUT /api/branches/{branchId}. */
    public record Branch(String branchId, BranchBody body) {
    }

    /** The records of one kind. */
    public record Kind<T>(RecordType<T> type, List<T> rows) {
    }

    public int recordCount() {
        return records.stream().mapToInt(k -> k.rows().size()).sum();
    }

    /** Records per kind, for logs and the benchmark notes. */
    public Map<String, Integer> counts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        records.forEach(k -> out.put(k.type().name(), k.rows().size()));
        return out;
    }

    @SuppressWarnings("unchecked")
    public <T> List<T> rows(Class<T> type) {
        return records.stream().filter(k -> k.type().javaType() == type).findFirst()
                .map(k -> (List<T>) k.rows()).orElse(List.of());
    }
}
