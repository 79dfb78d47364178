package com.aftersales.leave;

import com.aftersales.record.Party;
import com.aftersales.record.RecordType;
import com.aftersales.record.ReferenceChecks;
import com.aftersales.record.References;
import com.aftersales.facts.input.Params;
import com.aftersales.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

/** The leave record kind: checks end after start, hours within 24 per day and the approval roles. */
@ApplicationScoped
public class LeaveRecordType implements RecordType<LeaveRecord> {

    public static final LeaveRecordType INSTANCE = new LeaveRecordType();

    @Override
    public String name() {
        return "leave";
    }

    @Override
    public String path() {
        return "leave";
    }

    @Override
    public Class<LeaveRecord> javaType() {
        return LeaveRecord.class;
    }

    @Override
    public String id(LeaveRecord r) {
        return r.id();
    }

    @Override
    public List<Party> parties(LeaveRecord r) {
        return List.of(new Party(r.employeeId(), r.start(), r.end()));
    }

    /** Annual leave counts per calendar year (LEAVE-ANNUAL): a month run also loads the year's earlier leave. */
    @Override
    public LocalDate loadFrom(YearMonth period, LocalDate margin, Params params) {
        LocalDate january = period.atDay(1).withDayOfYear(1);
        return january.isBefore(margin) ? january : margin;
    }

    @Override
    public void check(LeaveRecord r, Consumer<ApiError> problems) {
        if (r.end().isBefore(r.start())) {
            problems.accept(new ApiError("/end", "ends (" + r.end() + ") before it starts (" + r.start() + ")"));
            return;
        }
        if (r.start().equals(r.end()) && r.startTime() != null && r.endTime() != null
                && !r.endTime().isAfter(r.startTime())) {
            problems.accept(new ApiError("/endTime", "ends before it starts"));
        }
        if (r.hours() != null && r.hours().compareTo(BigDecimal.valueOf(24L * r.days())) > 0) {
            problems.accept(new ApiError("/hours", "at most 24 hours a day: " + r.hours() + " h over " + r.days()
                    + " day(s)"));
        }
        if (r.isLate4Filing() && !r.start().equals(r.end())) {
            problems.accept(new ApiError("/late4Filing", "the half day filed under ATT-LATE-4 is on one day"));
        }
        List<String> chain = r.approvalChain() == null ? List.of() : r.approvalChain();
        for (int i = 0; i < chain.size(); i++) {
            if (!ApprovalRole.known(chain.get(i))) {
                problems.accept(new ApiError("/approvalChain/" + i, "unknown role " + chain.get(i) + "; the roles are "
                        + ApprovalRole.list()));
            }
        }
    }

    @Override
    public void checkReferences(List<LeaveRecord> rs, List<String> at, References refs, Consumer<ApiError> problems) {
        ReferenceChecks.employeesExist(rs, at, r -> List.of(r.employeeId()), "employeeId", refs, problems);
    }
}
