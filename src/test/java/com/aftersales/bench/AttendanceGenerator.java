package com.aftersales.bench;

import com.aftersales.attendance.PunchRecord;
import com.aftersales.attendance.ShiftRecord;
import com.aftersales.bench.StaffGenerator.Person;
import com.aftersales.leave.LeaveRecord;
import com.aftersales.leave.LeaveType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One employee's month of attendance: three rest days (sometimes two or four) filed as REST leave, now
 * and then personal, sick, annual or other leave (most approved, a few pending or rejected, which leaves
 * the rostered day unexcused), a shift on every other day of the month, and two punches a shift with
 * realistic lateness in every tier of ATT-LATE, early departures, missing punches and the occasional
 * absent day.
 */
final class AttendanceGenerator {

    private static final List<String> ONE_DAY = List.of("DIRECT_SUPERIOR", "INDIRECT_SUPERIOR", "BRANCH_FINANCE");
    private static final List<String> UP_TO_FIVE = List.of("DIRECT_SUPERIOR", "BRANCH_MANAGER", "BRANCH_FINANCE");
    private static final List<String> LONGER = List.of("HQ_HR", "GENERAL_MANAGER", "BRANCH_FINANCE");

    private final long seed;
    private final YearMonth period;
    private final Records out;

    AttendanceGenerator(long seed, YearMonth period, Records out) {
        this.seed = seed;
        this.period = period;
        this.out = out;
    }

    /** The days the person works (the roster), after rest and leave are taken out. */
    Set<LocalDate> month(Person p) {
        Dice d = Dice.of(seed, "attendance", p.index());
        Set<LocalDate> off = new TreeSet<>();
        int restDays = List.of(3, 2, 4).get(d.weighted(85, 10, 5));
        LocalDate rest = period.atDay(d.between(1, 7));
        for (int i = 0; i < restDays && !rest.isAfter(period.atEndOfMonth()); i++) {
            off.add(rest);
            out.leave.add(leave(p, "R" + i, LeaveType.REST, rest, rest, LeaveRecord.Status.APPROVED, false, false));
            rest = rest.plusDays(d.between(6, 9));
        }
        Set<LocalDate> unexcused = new TreeSet<>();
        leaveEvent(p, d, off, unexcused);
        Set<LocalDate> worked = new TreeSet<>();
        for (LocalDate day = period.atDay(1); !day.isAfter(period.atEndOfMonth()); day = day.plusDays(1)) {
            if (off.contains(day) && !unexcused.contains(day)) {
                continue;
            }
            LocalTime start = p.branch().body().shiftStart();
            LocalTime end = p.branch().body().shiftEnd();
            out.shifts.add(new ShiftRecord(key("S", p, day), p.id(), day, start, end));
            if (unexcused.contains(day) || d.chance(0.0012)) {
                continue;
            }
            punches(p, d, day, start, end);
            worked.add(day);
        }
        return worked;
    }

    /** At most one leave request beside the rest days; a request that is not approved leaves its days rostered. */
    private void leaveEvent(Person p, Dice d, Set<LocalDate> off, Set<LocalDate> unexcused) {
        int kind = d.weighted(80, 9, 5, 4, 0.7, 0.7, 0.6);
        if (kind == 0) {
            return;
        }
        LeaveType type = List.of(LeaveType.PERSONAL, LeaveType.PERSONAL, LeaveType.SICK, LeaveType.ANNUAL,
                LeaveType.MARRIAGE, LeaveType.BEREAVEMENT, LeaveType.SICK).get(kind);
        if (type == LeaveType.MARRIAGE && p.body().marriageRegistrationDate() == null) {
            type = LeaveType.PERSONAL;
        }
        int days = switch (type) {
            case MARRIAGE -> 3;
            case SICK -> kind == 6 ? d.between(6, 9) : d.between(1, 3);
            default -> d.between(1, 2);
        };
        LocalDate start = period.atDay(d.between(2, period.lengthOfMonth() - days));
        LocalDate end = start.plusDays(days - 1);
        for (LocalDate x = start; !x.isAfter(end); x = x.plusDays(1)) {
            if (off.contains(x)) {
                return;
            }
        }
        LeaveRecord.Status status = List.of(LeaveRecord.Status.APPROVED, LeaveRecord.Status.PENDING,
                LeaveRecord.Status.REJECTED).get(d.weighted(94, 3, 3));
        boolean certificate = type == LeaveType.SICK && d.chance(0.6);
        out.leave.add(leave(p, "L", type, start, end, status, certificate, d.chance(0.03)));
        for (LocalDate x = start; !x.isAfter(end); x = x.plusDays(1)) {
            off.add(x);
            if (status != LeaveRecord.Status.APPROVED) {
                unexcused.add(x);
            }
        }
    }

    private LeaveRecord leave(Person p, String tag, LeaveType type, LocalDate start, LocalDate end,
            LeaveRecord.Status status, boolean certificate, boolean unfiled) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        List<String> chain = days <= 1 ? ONE_DAY : days <= 5 ? UP_TO_FIVE : LONGER;
        if (unfiled) {
            chain = chain.subList(0, 2);
        }
        return new LeaveRecord("LV-" + p.id() + "-" + start.toString().replace("-", "") + "-" + tag, p.id(), type,
                start, end, null, null, BigDecimal.valueOf(8 * days), type == LeaveType.SICK ? certificate : null,
                status, start.minusDays(3).atTime(10, 0), null, chain, null);
    }

    /** Clock-in before the shift and out after it, except for the lateness, early leave and missing punches. */
    private void punches(Person p, Dice d, LocalDate day, LocalTime start, LocalTime end) {
        LocalDateTime in = day.atTime(start).minusMinutes(d.between(1, 20)).plusSeconds(d.between(0, 59));
        LocalDateTime outAt = day.atTime(end).plusMinutes(d.between(0, 25)).plusSeconds(d.between(0, 59));
        if (d.chance(0.04)) {
            int tier = d.weighted(50, 30, 12, 6, 2);
            int minutes = switch (tier) {
                case 0 -> d.between(1, 5);
                case 1 -> d.between(6, 15);
                case 2 -> d.between(16, 30);
                case 3 -> d.between(31, 60);
                default -> d.between(61, 120);
            };
            in = day.atTime(start).plusMinutes(minutes).plusSeconds(d.between(1, 50));
            if (tier == 3 && d.chance(0.5)) {
                out.leave.add(new LeaveRecord("LV-" + p.id() + "-" + day.toString().replace("-", "") + "-L4", p.id(),
                        LeaveType.PERSONAL, day, day, null, null, new BigDecimal("4"), null,
                        LeaveRecord.Status.APPROVED, day.atTime(18, 0), true, ONE_DAY, null));
            }
        } else if (d.chance(0.01)) {
            outAt = day.atTime(end).minusMinutes(d.between(1, 20));
        } else if (d.chance(0.01)) {
            outAt = day.atTime(end).plusMinutes(d.between(60, 150));
        }
        PunchRecord.Source source = p.signsIn() ? PunchRecord.Source.SIGN_IN : PunchRecord.Source.FINGERPRINT;
        boolean noIn = d.chance(0.003);
        boolean noOut = !noIn && d.chance(0.006);
        if (!noIn) {
            out.punches.add(new PunchRecord(key("P", p, day) + "-IN", p.id(), in, source));
        }
        if (!noOut) {
            out.punches.add(new PunchRecord(key("P", p, day) + "-OUT", p.id(), outAt, source));
        }
    }

    private static String key(String prefix, Person p, LocalDate day) {
        return prefix + "-" + p.id() + "-" + day.toString().replace("-", "");
    }
}
