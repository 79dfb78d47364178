package com.aftersales.attendance;

import com.aftersales.record.Party;
import com.aftersales.record.RecordType;
import com.aftersales.record.ReferenceChecks;
import com.aftersales.record.References;
import com.aftersales.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import java.util.function.Consumer;

/** The record kinds of the clock and the roster: punches and shifts. */
@ApplicationScoped
public class AttendanceRecordTypes {

    public static final RecordType<PunchRecord> PUNCH = new RecordType<>() {
        @Override public String name() { return "punch"; }
        @Override public Class<PunchRecord> javaType() { return PunchRecord.class; }
        @Override public String id(PunchRecord r) { return r.id(); }
        @Override public List<Party> parties(PunchRecord r) { return List.of(Party.on(r.employeeId(), r.at().toLocalDate())); }
        @Override public void checkReferences(List<PunchRecord> rs, List<String> at, References refs,
                Consumer<ApiError> problems) {
            ReferenceChecks.employeesExist(rs, at, r -> List.of(r.employeeId()), "employeeId", refs, problems);
        }
    };

    public static final RecordType<ShiftRecord> SHIFT = new RecordType<>() {
        @Override public String name() { return "shift"; }
        @Override public Class<ShiftRecord> javaType() { return ShiftRecord.class; }
        @Override public String id(ShiftRecord r) { return r.id(); }
        @Override public List<Party> parties(ShiftRecord r) {
            return List.of(new Party(r.employeeId(), r.date(), r.overnight() ? r.date().plusDays(1) : r.date()));
        }
        @Override public void checkReferences(List<ShiftRecord> rs, List<String> at, References refs,
                Consumer<ApiError> problems) {
            ReferenceChecks.employeesExist(rs, at, r -> List.of(r.employeeId()), "employeeId", refs, problems);
        }
    };

    @Produces
    RecordType<PunchRecord> punch() {
        return PUNCH;
    }

    @Produces
    RecordType<ShiftRecord> shift() {
        return SHIFT;
    }
}
