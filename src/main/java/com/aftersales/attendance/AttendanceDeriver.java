package com.aftersales.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import com.aftersales.facts.input.AttendanceDay;
import com.aftersales.facts.input.AttendanceDay.Off;
import com.aftersales.facts.input.AttendanceEvent;
import com.aftersales.facts.result.RecordDecision;
import com.aftersales.facts.input.RecordRef;
import com.aftersales.leave.LeaveRecord;
import com.aftersales.leave.LeaveType;
import com.aftersales.leave.PaidLeave;
import com.aftersales.scoring.EmployeeMonth;
import com.aftersales.scoring.FactDeriver;
import com.aftersales.workorder.WorkEvidence;
import com.aftersales.workorder.IncidentRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Punches, roster, leave and calendar → one {@link AttendanceDay} per date of the period and its
 * margins, and one {@link AttendanceEvent} per late arrival or early departure (RULES.md §0.3
 * derived fields, G-2). Mechanics only: what the days cost is decided by the rules.
 */
@ApplicationScoped
public class AttendanceDeriver implements FactDeriver {

    /** How far outside a shift a punch may fall and still belong to it. */
    private static final Duration PUNCH_SLACK = Duration.ofHours(6);
    /** The parameter of the hours of a leave day (G-5), the same the leave and absence rules use. */
    static final String HOURS_PER_DAY = "P_HOURS_PER_DAY";

    @Override
    public void derive(EmployeeMonth month, Consumer<Object> facts) {
        LocalDate from = month.from();
        LocalDate to = month.to();
        List<ShiftRecord> shifts = month.records(ShiftRecord.class);
        List<PunchRecord> punches = month.records(PunchRecord.class).stream()
                .sorted(Comparator.comparing(PunchRecord::at).thenComparing(PunchRecord::id)).toList();
        List<LeaveRecord> leave = month.records(LeaveRecord.class).stream().filter(LeaveRecord::approved)
                .filter(l -> !month.decisions().has(RecordRef.of("leave", l.id()), RecordDecision.NOT_APPROVED))
                .toList();
        Set<YearMonth> rostered = new HashSet<>();
        shifts.forEach(s -> rostered.add(YearMonth.from(s.date())));
        Set<YearMonth> known = new HashSet<>(rostered);
        known.add(month.period());
        punches.forEach(p -> known.add(YearMonth.from(p.at())));

        // what a day of leave is comes from the attendance revision; a month without leave needs none
        BigDecimal hoursPerDay = leave.isEmpty() ? null : month.params().decimal(HOURS_PER_DAY);
        Set<LeaveType> paid = leave.isEmpty() ? Set.of() : PaidLeave.types(month.params());
        Map<LocalDate, Plan> plans = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            plans.put(d, plan(month, d, shifts, leave, rostered, known, hoursPerDay, paid));
        }
        Map<LocalDate, List<PunchRecord>> byDay = assign(punches, plans);
        WorkEvidence.byDay(month).forEach((d, orders) -> {
            if (plans.containsKey(d)) {
                plans.get(d).evidence.addAll(orders);
            }
        });
        Set<LocalDate> proxied = proxiedDays(month);
        int seq = 0;
        for (Plan plan : plans.values()) {
            if (plan.off == Off.NONE) {
                seq++;
            }
            emit(month, plan, plan.off == Off.NONE ? seq : -1, byDay.getOrDefault(plan.date, List.of()),
                    proxied.contains(plan.date), hoursPerDay, facts);
        }
    }

    private Plan plan(EmployeeMonth month, LocalDate d, List<ShiftRecord> shifts, List<LeaveRecord> leave,
            Set<YearMonth> rostered, Set<YearMonth> known, BigDecimal hoursPerDay, Set<LeaveType> paid) {
        Plan p = new Plan(d);
        YearMonth ym = YearMonth.from(d);
        ShiftRecord shift = shifts.stream().filter(s -> s.date().equals(d))
                .min(Comparator.comparing(ShiftRecord::start).thenComparing(ShiftRecord::id)).orElse(null);
        LocalTime start = shift != null ? shift.start() : month.branch().start();
        LocalTime end = shift != null ? shift.end() : month.branch().end();
        p.shiftStart = d.atTime(start);
        p.shiftEnd = end.isAfter(start) ? d.atTime(end) : d.plusDays(1).atTime(end);
        if (shift != null) {
            p.records.add(RecordRef.of("shift", shift.id()));
        }
        if (month.profile().getHireDate() != null && d.isBefore(month.profile().getHireDate())) {
            p.off = Off.BEFORE_HIRE;
        } else if (!known.contains(ym) || (rostered.contains(ym) && shift == null)) {
            p.off = Off.NOT_ROSTERED;
        } else if (shift == null && month.branch().closedOnHolidays() && month.calendar().isHoliday(d)) {
            p.off = Off.HOLIDAY;
        }
        for (LeaveRecord l : leave) {
            if (!l.covers(d)) {
                continue;
            }
            p.records.add(RecordRef.of("leave", l.id()));
            BigDecimal perDay = l.hours().divide(BigDecimal.valueOf(l.days()), 4, RoundingMode.HALF_UP);
            if (l.isLate4Filing()) {
                p.late4Filed = true;
                continue;
            }
            boolean wholeDay = perDay.compareTo(hoursPerDay) >= 0 && l.startTime() == null && l.endTime() == null;
            if (wholeDay && p.off == Off.NONE && (l.type() == LeaveType.REST || l.type() == LeaveType.STATUTORY
                    || paid.contains(l.type()))) {
                p.off = l.type() == LeaveType.REST ? Off.REST_DAY
                        : l.type() == LeaveType.STATUTORY ? Off.HOLIDAY : Off.PAID_LEAVE;
            } else {
                p.leaveHours = p.leaveHours.add(perDay);
                moveShiftPastLeave(p, l, d);
            }
        }
        return p;
    }

    /** effectiveStart and effectiveEnd move past an approved leave interval that touches them (§0.3). */
    private static void moveShiftPastLeave(Plan p, LeaveRecord l, LocalDate d) {
        LocalTime ls = l.start().equals(d) && l.startTime() != null ? l.startTime() : null;
        LocalTime le = l.end().equals(d) && l.endTime() != null ? l.endTime() : null;
        LocalDateTime leaveStart = ls == null ? d.atStartOfDay() : d.atTime(ls);
        LocalDateTime leaveEnd = le == null ? d.plusDays(1).atStartOfDay() : d.atTime(le);
        if (!leaveStart.isAfter(p.shiftStart) && leaveEnd.isAfter(p.shiftStart)) {
            p.shiftStart = leaveEnd.isBefore(p.shiftEnd) ? leaveEnd : p.shiftEnd;
        }
        if (!leaveEnd.isBefore(p.shiftEnd) && leaveStart.isBefore(p.shiftEnd)) {
            p.shiftEnd = leaveStart.isAfter(p.shiftStart) ? leaveStart : p.shiftStart;
        }
    }

    /** Each punch belongs to the shift whose window holds it, else to its own calendar date. */
    private static Map<LocalDate, List<PunchRecord>> assign(List<PunchRecord> punches, Map<LocalDate, Plan> plans) {
        Map<LocalDate, List<PunchRecord>> out = new TreeMap<>();
        for (PunchRecord punch : punches) {
            LocalDateTime at = punch.at().truncatedTo(ChronoUnit.MINUTES);
            LocalDate day = at.toLocalDate();
            Plan previous = plans.get(day.minusDays(1));
            if (previous != null && previous.shiftEnd.toLocalDate().equals(day)
                    && !at.isAfter(previous.shiftEnd.plus(PUNCH_SLACK))) {
                day = day.minusDays(1);
            }
            out.computeIfAbsent(day, d -> new ArrayList<>()).add(punch);
        }
        return out;
    }

    /**
     * Days whose punches the rules decided are not the employee's (PUNCHES_NOT_OWN about an incident of
     * that day, e.g. ATT-PROXY-2: someone else clocked in for them): they give no clock-in or clock-out
     * (they stay as evidence). Which incidents do so is the rules', not Java's.
     */
    private static Set<LocalDate> proxiedDays(EmployeeMonth month) {
        Set<LocalDate> out = new HashSet<>();
        month.records(IncidentRecord.class).stream()
                .filter(i -> month.decisions().has(RecordRef.of("incident", i.id()), RecordDecision.PUNCHES_NOT_OWN))
                .forEach(i -> out.add(i.date()));
        return out;
    }

    private static void emit(EmployeeMonth month, Plan p, int seq, List<PunchRecord> punches, boolean proxied,
            BigDecimal hoursPerDay, Consumer<Object> facts) {
        LocalDateTime in = null;
        LocalDateTime out = null;
        List<PunchRecord> own = proxied ? List.of() : punches;
        if (own.size() >= 2) {
            in = minute(own.get(0).at());
            out = minute(own.get(own.size() - 1).at());
        } else if (own.size() == 1) {
            LocalDateTime only = minute(own.get(0).at());
            LocalDateTime middle = p.shiftStart.plus(Duration.between(p.shiftStart, p.shiftEnd).dividedBy(2));
            if (only.isBefore(middle)) {
                in = only;
            } else {
                out = only;
            }
        }
        Integer late = in == null ? null : (int) Math.max(0, Duration.between(p.shiftStart, in).toMinutes());
        Integer early = out == null ? null : (int) Math.max(0, Duration.between(out, p.shiftEnd).toMinutes());
        List<RecordRef> refs = new ArrayList<>(p.records);
        punches.forEach(x -> refs.add(RecordRef.of("punch", x.id())));
        boolean inPeriod = month.inPeriod(p.date);
        boolean future = !p.date.isBefore(month.asOf());
        boolean fullDayLeave = p.leaveHours.signum() > 0 && p.leaveHours.compareTo(hoursPerDay) >= 0;
        BigDecimal wage = month.wages().dailyOn(p.date);
        facts.accept(new AttendanceDay(p.date, inPeriod, future, p.off, seq, p.shiftStart, p.shiftEnd, in, out,
                late, early, month.calendar().isPeakSeason(p.date), p.leaveHours, p.late4Filed, !p.evidence.isEmpty(), wage,
                withEvidence(refs, p)));
        if (p.off != Off.NONE || fullDayLeave) {
            return;
        }
        List<RecordRef> eventRefs = refs.stream().filter(r -> !r.getType().equals("shift")).toList();
        if (late != null && late > 0) {
            facts.accept(new AttendanceEvent(AttendanceEvent.Type.LATE, p.date, late, p.late4Filed, inPeriod, wage,
                    eventRefs));
        }
        if (early != null && early > 0) {
            facts.accept(new AttendanceEvent(AttendanceEvent.Type.EARLY, p.date, early, p.late4Filed, inPeriod, wage,
                    eventRefs));
        }
    }

    /** The day's records and the work orders that show the employee at work that day. */
    private static List<RecordRef> withEvidence(List<RecordRef> refs, Plan p) {
        List<RecordRef> all = new ArrayList<>(refs);
        all.addAll(p.evidence);
        return all;
    }

    /** G-2: seconds are dropped before any comparison. */
    private static LocalDateTime minute(LocalDateTime t) {
        return t.truncatedTo(ChronoUnit.MINUTES);
    }

    /** The working plan of one date while it is being derived. */
    private static final class Plan {
        private final LocalDate date;
        private Off off = Off.NONE;
        private LocalDateTime shiftStart;
        private LocalDateTime shiftEnd;
        private BigDecimal leaveHours = BigDecimal.ZERO;
        private boolean late4Filed;
        private final List<RecordRef> records = new ArrayList<>();
        private final List<RecordRef> evidence = new ArrayList<>();

        private Plan(LocalDate date) {
            this.date = date;
        }
    }
}
