package com.aftersales.bench;

import com.aftersales.bench.StaffGenerator.Person;
import com.aftersales.visit.Rating;
import com.aftersales.visit.VisitKind;
import com.aftersales.visit.VisitRecord;
import com.aftersales.visit.VisitState;
import com.aftersales.workorder.WorkOrderRecord;
import com.aftersales.workorder.WorkOrderRecord.ComplaintType;
import com.aftersales.workorder.WorkOrderRecord.DetectedBy;
import com.aftersales.workorder.WorkOrderRecord.ProductCategory;
import com.aftersales.workorder.WorkOrderRecord.ServiceMode;
import com.aftersales.workorder.WorkOrderRecord.ServiceType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An installer's work orders of the month, about one a worked day: dispatch, acceptance, the appointment
 * call, the agreed time, arrival and completion, the distance and the fees, now and then a late call, a late
 * arrival the customer complains about, an overdue job, a rework, and rarely a conduct flag; and the
 * after-sales visits of the completed orders, with ratings that are mostly satisfied, a second visit after a
 * dissatisfied one.
 */
final class WorkGenerator {

    private static final List<ProductCategory> CATEGORIES = List.of(ProductCategory.AC_WALL, ProductCategory.AC_FLOOR,
            ProductCategory.TV, ProductCategory.FRIDGE_WASHER, ProductCategory.WATER_HEATER, ProductCategory.RANGE_HOOD,
            ProductCategory.OTHER);
    private static final double[] CATEGORY_WEIGHTS = {30, 8, 14, 18, 16, 9, 5};
    private static final int[] FEES = {80, 150, 50, 50, 50, 80, 30};
    private static final List<String> COMPLAINTS = List.of("用户反映安装后异响", "未清理现场", "上门迟到", "服务态度差");

    private final long seed;
    private final Records out;

    WorkGenerator(long seed, Records out) {
        this.seed = seed;
        this.out = out;
    }

    /** The orders of an installer over the days they worked, and the visits that follow them. */
    void orders(Person p, Set<LocalDate> worked, List<Person> colleagues) {
        Dice d = Dice.of(seed, "orders", p.index());
        List<WorkOrderRecord> mine = new ArrayList<>();
        for (LocalDate day : worked) {
            int count = d.weighted(25, 45, 25, 5);
            for (int k = 0; k < count; k++) {
                OrderDraft o = order(p, d, day, k, colleagues);
                if (!mine.isEmpty() && d.chance(0.01)) {
                    rework(o, d, mine.get(d.between(0, mine.size() - 1)));
                }
                WorkOrderRecord r = o.build();
                mine.add(r);
                out.orders.add(r);
                visits(r, p, d);
            }
        }
    }

    private OrderDraft order(Person p, Dice d, LocalDate day, int k, List<Person> colleagues) {
        OrderDraft o = new OrderDraft();
        o.id = "WO-" + day.toString().replace("-", "") + "-" + p.id() + "-" + (k + 1);
        o.branch = p.branch().branchId();
        int c = d.weighted(CATEGORY_WEIGHTS);
        o.category = CATEGORIES.get(c);
        o.installers = new ArrayList<>(List.of(p.id()));
        if (o.category == ProductCategory.AC_FLOOR && d.chance(0.5) && colleagues.size() > 1) {
            Person mate = d.pick(colleagues);
            if (!mate.id().equals(p.id())) {
                o.installers.add(mate.id());
            }
        }
        o.serviceType = d.chance(0.55) ? ServiceType.INSTALL : ServiceType.REPAIR;
        o.mode = d.chance(0.88) ? ServiceMode.ONSITE : ServiceMode.CARRY_IN;
        if (o.mode == ServiceMode.ONSITE) {
            int band = d.weighted(40, 59, 1);
            o.distanceKm = band == 0 ? d.decimal(0.3, 2.0, 1) : band == 1 ? d.decimal(2.1, 30, 1) : d.decimal(30.5, 60, 1);
        }
        o.dispatched = day.atTime(p.branch().body().shiftStart()).plusMinutes(10 + k * 150L + d.between(0, 30));
        o.accepted = o.dispatched.plusMinutes(d.between(1, 15));
        int call = d.weighted(97, 2, 1);
        o.called = call == 0 ? o.accepted.plusMinutes(d.between(2, 25))
                : call == 1 ? o.accepted.plusMinutes(d.between(31, 90)) : null;
        LocalDateTime from = o.called == null ? o.accepted : o.called;
        o.agreed = from.plusMinutes(60 + 30L * d.between(0, 4));
        boolean late = d.chance(0.05);
        o.arrived = late ? o.agreed.plusMinutes(d.between(5, 60)) : o.agreed.minusMinutes(d.between(0, 20));
        o.complained = late && d.chance(0.2) ? true : null;
        o.completed = d.chance(0.01) ? from.plusHours(d.between(26, 80)) : o.arrived.plusMinutes(d.between(40, 150));
        fees(o, d, FEES[c]);
        conduct(o, d);
        return o;
    }

    private static void fees(OrderDraft o, Dice d, int standard) {
        o.feeStandard = BigDecimal.valueOf(o.serviceType == ServiceType.INSTALL ? standard : d.between(3, 10) * 10L);
        o.feeCharged = o.feeStandard;
        o.feeHandedOver = o.feeStandard;
        if (d.chance(0.002)) {
            o.feeCharged = o.feeStandard.add(BigDecimal.valueOf(50));
            o.feeHandedOver = o.feeStandard;
            o.complaintType = ComplaintType.OVERCHARGE;
            o.detectedBy = DetectedBy.VISIT;
        }
        if (o.serviceType == ServiceType.INSTALL) {
            o.manufacturerFee = BigDecimal.valueOf(d.between(3, 6) * 10L);
        }
    }

    /** Conduct the handbook fines, each on a few orders in a thousand. */
    private static void conduct(OrderDraft o, Dice d) {
        o.drinking = d.chance(0.0005) ? true : null;
        o.customerItems = d.chance(0.0005) ? true : null;
        o.liveWorking = d.chance(0.0005) ? true : null;
        if (o.category == ProductCategory.AC_WALL && d.chance(0.05)) {
            o.heightM = d.decimal(2.0, 6.0, 1);
            o.belt = !d.chance(0.05);
        }
        if (d.chance(0.001)) {
            o.damageCaused = true;
            o.damageHandled = false;
            o.complaintEscalated = true;
        }
        o.returnExchange = d.chance(0.001) ? true : null;
        o.noGuidance = d.chance(0.001) ? true : null;
        o.cardDefect = d.chance(0.003) ? true : null;
        if (o.drinking != null || o.customerItems != null || o.liveWorking != null || o.damageCaused != null) {
            o.detectedBy = DetectedBy.VISIT;
        }
    }

    /** The installer comes back to an earlier order of theirs; most reworks are dispatched, a few are not. */
    private static void rework(OrderDraft o, Dice d, WorkOrderRecord original) {
        o.rework = true;
        o.reworkOf = original.key();
        o.serviceType = ServiceType.REPAIR;
        o.feeStandard = BigDecimal.ZERO;
        o.feeCharged = BigDecimal.ZERO;
        o.feeHandedOver = BigDecimal.ZERO;
        o.manufacturerFee = null;
        if (d.chance(0.2)) {
            o.dispatched = null;
            o.accepted = null;
            o.called = null;
        }
    }

    private void visits(WorkOrderRecord o, Person p, Dice d) {
        if (!d.chance(0.7)) {
            return;
        }
        VisitKind kind = o.serviceMode() == ServiceMode.ONSITE ? VisitKind.AS_ONSITE : VisitKind.AS_CARRYIN;
        LocalDateTime at = o.completedAt().toLocalDate().plusDays(d.between(1, 3)).atTime(d.between(9, 16), 0);
        VisitRecord.Outcome outcome = List.of(VisitRecord.Outcome.COMPLETED, VisitRecord.Outcome.UNREACHABLE,
                VisitRecord.Outcome.REFUSED).get(d.weighted(88, 8, 4));
        if (outcome != VisitRecord.Outcome.COMPLETED) {
            out.visits.add(visit(o, kind, 1, at, outcome, null, null, null));
            return;
        }
        Rating result = List.of(Rating.VS, Rating.S, Rating.N, Rating.D, Rating.VD).get(d.weighted(45, 40, 10, 4, 1));
        out.visits.add(visit(o, kind, 1, at, outcome, result, ratings(result, d, "服务态度", "用户满意度"),
                result == Rating.D || result == Rating.VD ? d.pick(COMPLAINTS) : null));
        if (result == Rating.D || result == Rating.VD) {
            Rating second = List.of(Rating.S, Rating.N, Rating.D).get(d.weighted(70, 15, 15));
            out.visits.add(visit(o, kind, 2, at.plusDays(d.between(2, 4)), VisitRecord.Outcome.COMPLETED, second,
                    ratings(second, d, "服务态度", "用户满意度"), null));
        }
    }

    private static VisitRecord visit(WorkOrderRecord o, VisitKind kind, int no, LocalDateTime at,
            VisitRecord.Outcome outcome, Rating result, Map<String, Rating> ratings, String feedback) {
        boolean dissatisfied = result == Rating.D || result == Rating.VD;
        return new VisitRecord("V-" + o.key() + "-" + no, o.key(), null, null, o.branch(), kind, no, at, outcome, result,
                ratings, dissatisfied && no == 1 ? at.plusHours(1) : null,
                dissatisfied && no == 1 ? at.plusDays(1).withHour(16) : null,
                dissatisfied && no == 1 ? at.plusDays(2).withHour(15) : null,
                outcome == VisitRecord.Outcome.COMPLETED ? List.of(VisitState.VISITED,
                        dissatisfied ? VisitState.AFTER_SALES_NOTIFIED : VisitState.COMPLETED) : null,
                null, feedback, null);
    }

    /** Item ratings around the overall result (insertion-ordered, so the stored JSON is the same every time). */
    static Map<String, Rating> ratings(Rating result, Dice d, String... items) {
        Map<String, Rating> out = new LinkedHashMap<>();
        for (String item : items) {
            int step = List.of(0, -1, 1).get(d.weighted(80, 10, 10));
            int i = Math.max(0, Math.min(Rating.values().length - 1, result.ordinal() + step));
            out.put(item, Rating.values()[i]);
        }
        return out;
    }
}
