package com.aftersales.workorder;

import com.aftersales.facts.input.RecordRef;
import com.aftersales.scoring.EmployeeMonth;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Work orders as evidence of attendance (ATT-ABSENT-DEF (a), A-22): an installer who arrived at a
 * customer or completed an order on a day was at work that day, punched or not.
 */
public final class WorkEvidence {

    private WorkEvidence() {
    }

    /** The days the employee arrived at or completed one of the month's orders, with those orders. */
    public static Map<LocalDate, List<RecordRef>> byDay(EmployeeMonth month) {
        Map<LocalDate, List<RecordRef>> out = new TreeMap<>();
        for (WorkOrderRecord r : month.records(WorkOrderRecord.class)) {
            RecordRef ref = RecordRef.of(WorkOrderRecordType.KIND, r.key());
            Stream.of(r.arrivedAt(), r.completedAt()).filter(t -> t != null).map(LocalDateTime::toLocalDate)
                    .distinct().forEach(d -> out.computeIfAbsent(d, k -> new ArrayList<>()).add(ref));
        }
        return out;
    }
}
