package com.aftersales.leave;

import com.aftersales.record.Party;
import com.aftersales.record.RecordType;
import com.aftersales.record.ReferenceChecks;
import com.aftersales.record.References;
import com.aftersales.facts.input.Params;
import com.aftersales.problem.ApiError;
import com.aftersales.problem.LenientDateTimes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.time.LocalTime;
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

    /**
     * A date-time {@code start} or {@code end} (RULES.md §0.3: a leave runs from a date-time to a date-time) is the
     * day and the part-day window: {@code start: 2025-03-24T13:30} is start 2025-03-24 with startTime 13:30. A
     * start at midnight is the whole first day; an end at midnight is the whole previous day. What the record cannot
     * hold exactly (seconds, a time that contradicts startTime/endTime) is refused, never truncated.
     */
    @Override
    public void normalize(ObjectNode record, Consumer<ApiError> problems) {
        split(record, "start", "startTime", false, problems);
        split(record, "end", "endTime", true, problems);
    }

    private static void split(ObjectNode record, String field, String timeField, boolean end,
            Consumer<ApiError> problems) {
        JsonNode value = record.get(field);
        if (value == null || !value.isTextual() || LenientDateTimes.date(value.textValue()).isPresent()) {
            return;
        }
        LocalDateTime at = LenientDateTimes.dateTime(value.textValue()).orElse(null);
        if (at == null) {
            return; // the date deserializer says what is wrong with it
        }
        if (at.getSecond() != 0 || at.getNano() != 0) {
            problems.accept(ApiError.of("/" + field, "leave.seconds", value.textValue()));
            return;
        }
        LocalDate day = at.toLocalDate();
        LocalTime time = at.toLocalTime();
        if (time.equals(LocalTime.MIDNIGHT)) {
            if (end) {
                day = day.minusDays(1);
            }
            time = null;
        }
        JsonNode given = record.get(timeField);
        if (given != null && !given.isNull()) {
            LocalTime other;
            try {
                other = LocalTime.parse(given.asText());
            } catch (java.time.format.DateTimeParseException e) {
                return; // the time deserializer says what is wrong with it
            }
            if (!other.equals(time)) {
                problems.accept(ApiError.of("/" + timeField, "leave.timeConflict", given.asText(), field,
                        value.textValue()));
                return;
            }
        }
        record.put(field, day.toString());
        if (time != null) {
            record.put(timeField, time.toString());
        }
    }

    @Override
    public void check(LeaveRecord r, Consumer<ApiError> problems) {
        if (r.end().isBefore(r.start())) {
            problems.accept(ApiError.of("/end", "leave.backwards", r.end(), r.start()));
            return;
        }
        if (r.start().equals(r.end()) && r.startTime() != null && r.endTime() != null
                && !r.endTime().isAfter(r.startTime())) {
            problems.accept(ApiError.of("/endTime", "calendar.backwards"));
        }
        if (r.hours() != null && r.hours().compareTo(BigDecimal.valueOf(24L * r.days())) > 0) {
            problems.accept(ApiError.of("/hours", "leave.hours", r.hours(), r.days()));
        }
        if (r.isLate4Filing() && !r.start().equals(r.end())) {
            problems.accept(ApiError.of("/late4Filing", "leave.late4"));
        }
        List<String> chain = r.approvalChain() == null ? List.of() : r.approvalChain();
        for (int i = 0; i < chain.size(); i++) {
            if (!ApprovalRole.known(chain.get(i))) {
                problems.accept(ApiError.of("/approvalChain/" + i, "leave.unknownRole", chain.get(i),
                        ApprovalRole.list()));
            }
        }
    }

    @Override
    public void checkReferences(List<LeaveRecord> rs, List<String> at, References refs, Consumer<ApiError> problems) {
        ReferenceChecks.employeesExist(rs, at, r -> List.of(r.employeeId()), "employeeId", refs, problems);
    }
}
