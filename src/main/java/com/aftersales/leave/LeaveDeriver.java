package com.aftersales.leave;

import com.aftersales.calendar.DateRange;
import com.aftersales.calendar.WorkCalendar;
import com.aftersales.facts.input.LeaveRequest;
import com.aftersales.scoring.EmployeeMonth;
import com.aftersales.scoring.FactDeriver;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Leave records → one {@link LeaveRequest} fact each (first stage: the rules decide about approvals
 * before attendance days are derived). Mechanics only: the hours on the scored month's dates, the
 * dates in blackout periods or off the holiday calendar, and which rest requests form one block.
 */
@ApplicationScoped
public class LeaveDeriver implements FactDeriver {

    @Override
    public boolean firstStage() {
        return true;
    }

    @Override
    public void derive(EmployeeMonth month, Consumer<Object> facts) {
        List<LeaveRecord> leave = month.records(LeaveRecord.class).stream()
                .sorted(Comparator.comparing(LeaveRecord::start).thenComparing(LeaveRecord::id)).toList();
        Map<String, BigDecimal> blocks = restBlocks(leave);
        LocalDate first = month.period().atDay(1);
        LocalDate last = month.period().atEndOfMonth();
        WorkCalendar calendar = month.calendar();
        Set<LeaveType> paid = leave.isEmpty() ? Set.of() : PaidLeave.types(month.params());
        for (LeaveRecord l : leave) {
            List<LocalDate> blackout = new ArrayList<>();
            List<LocalDate> notHoliday = new ArrayList<>();
            String blackoutName = null;
            for (LocalDate d = l.start(); !d.isAfter(l.end()); d = d.plusDays(1)) {
                Optional<DateRange> b = calendar.blackoutOn(d);
                if (l.type() == LeaveType.REST && b.isPresent()) {
                    blackout.add(d);
                    blackoutName = blackoutName == null ? b.get().name() : blackoutName;
                }
                if (l.type() == LeaveType.STATUTORY && !calendar.isHoliday(d)) {
                    notHoliday.add(d);
                }
            }
            List<String> chain = l.approvalChain() == null ? List.of()
                    : l.approvalChain().stream().map(s -> s.trim().toUpperCase(Locale.ROOT)).toList();
            facts.accept(new LeaveRequest(l.id(), l.type().name(), l.status().name(), paid.contains(l.type()), l.start(),
                    l.end(), l.hours(), first, last, l.hasCertificate(), l.isLate4Filing(), chain, l.filedAt(),
                    blackout, blackoutName, notHoliday, blocks.getOrDefault(l.id(), BigDecimal.ZERO)));
        }
    }

    /**
     * Rest requests (approved or pending, not ATT-LATE-4 filings) on adjacent or overlapping dates form
     * one block of rest days (LEAVE-REST-MAXRUN); each request gets the hours of its block.
     */
    static Map<String, BigDecimal> restBlocks(List<LeaveRecord> sorted) {
        Map<String, BigDecimal> out = new HashMap<>();
        List<LeaveRecord> block = new ArrayList<>();
        LocalDate blockEnd = null;
        for (LeaveRecord l : sorted) {
            if (l.type() != LeaveType.REST || l.status() == LeaveRecord.Status.REJECTED || l.isLate4Filing()) {
                continue;
            }
            if (!block.isEmpty() && l.start().isAfter(blockEnd.plusDays(1))) {
                close(block, out);
            }
            if (block.isEmpty() || l.end().isAfter(blockEnd)) {
                blockEnd = l.end();
            }
            block.add(l);
        }
        close(block, out);
        return out;
    }

    private static void close(List<LeaveRecord> block, Map<String, BigDecimal> out) {
        BigDecimal hours = block.stream().map(LeaveRecord::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        block.forEach(l -> out.put(l.id(), hours));
        block.clear();
    }
}
