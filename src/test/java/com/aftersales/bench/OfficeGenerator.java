package com.aftersales.bench;

import com.aftersales.bench.GeneratedCompany.Branch;
import com.aftersales.bench.StaffGenerator.Person;
import com.aftersales.bench.StaffGenerator.Post;
import com.aftersales.reward.CommendationRecord;
import com.aftersales.visit.DeliveryRecord;
import com.aftersales.visit.Rating;
import com.aftersales.visit.SalesVolumeRecord;
import com.aftersales.visit.VisitKind;
import com.aftersales.visit.VisitRecord;
import com.aftersales.workorder.IncidentRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * What a branch's office adds to the month: deliveries by its store keepers and their logistics visits,
 * sales visits that rate its sales staff, the month's sales volume, and, for anyone, a few incidents
 * (uniform, smoking, untidy tools, a refused assignment, an unreported trip) and commendations (help to
 * colleagues, a prevented loss, a media report, the month's top installer).
 */
final class OfficeGenerator {

    private static final List<String> INCIDENTS = List.of("PEN-UNIFORM", "PEN-SMOKING", "PEN-TOOLS-UNTIDY",
            "PEN-INSUBORDINATION", "ATT-UNREPORTED");

    private final long seed;
    private final YearMonth period;
    private final Records out;

    OfficeGenerator(long seed, YearMonth period, Records out) {
        this.seed = seed;
        this.period = period;
        this.out = out;
    }

    /** Deliveries, logistics and sales visits and the sales volume of one branch. */
    void branch(int index, Branch branch, List<Person> staff) {
        Dice d = Dice.of(seed, "office", index);
        List<Person> crew = staff.stream().filter(p -> p.post() == Post.STORE_KEEPER).toList();
        List<Person> sales = staff.stream().filter(p -> p.post() == Post.SALES).toList();
        int sold = 0;
        for (int n = 1; !crew.isEmpty() && n <= crew.size() * 6; n++) {
            Person who = d.pick(crew);
            LocalDateTime paid = period.atDay(d.between(1, period.lengthOfMonth())).atTime(d.between(9, 17), 0);
            DeliveryRecord.Zone zone = d.chance(0.8) ? DeliveryRecord.Zone.LOCAL : DeliveryRecord.Zone.OTHER_COUNTY;
            int hours = zone == DeliveryRecord.Zone.LOCAL ? d.between(4, 30) : d.between(10, 60);
            if (d.chance(0.03)) {
                hours += 48;
            }
            DeliveryRecord delivery = new DeliveryRecord("D-" + branch.branchId() + "-" + n, branch.branchId(), zone,
                    paid, paid.plusHours(hours), List.of(who.id()), d.chance(0.005) ? true : null, null);
            out.deliveries.add(delivery);
            if (d.chance(0.5)) {
                Rating r = result(d);
                out.visits.add(new VisitRecord("V-" + delivery.id(), null, delivery.id(), null, branch.branchId(),
                        VisitKind.LOGISTICS, 1, delivery.deliveredAt().plusDays(2).withHour(15), VisitRecord.Outcome.COMPLETED,
                        r, WorkGenerator.ratings(r, d, "配送时效", "商品完好率", "用户满意度"), null, null, null, null,
                        who.id(), null, null));
            }
        }
        for (Person s : sales) {
            for (int k = 1; k <= 3; k++) {
                sold++;
                Rating r = result(d);
                out.visits.add(new VisitRecord("V-" + branch.branchId() + "-SALE-" + sold, null, null,
                        "S-" + branch.branchId() + "-" + sold, branch.branchId(), VisitKind.SALES, 1,
                        period.atDay(d.between(1, period.lengthOfMonth())).atTime(10, 30), VisitRecord.Outcome.COMPLETED,
                        r, WorkGenerator.ratings(r, d, "服务态度", "用户满意度"), null, null, null, null, s.id(), null,
                        null));
            }
        }
        out.sales.add(new SalesVolumeRecord("SV-" + branch.branchId() + "-" + period, branch.branchId(), period,
                Math.max(1, sold) * d.between(3, 6)));
    }

    private static Rating result(Dice d) {
        return List.of(Rating.VS, Rating.S, Rating.N, Rating.D, Rating.VD).get(d.weighted(45, 40, 10, 4, 1));
    }

    /** Incidents and commendations of one employee, on days they worked. */
    void person(Person p, Set<LocalDate> worked) {
        Dice d = Dice.of(seed, "conduct", p.index());
        List<LocalDate> days = List.copyOf(worked);
        if (days.isEmpty()) {
            return;
        }
        if (d.chance(0.008)) {
            String code = d.pick(INCIDENTS);
            LocalDate day = d.pick(days);
            boolean unreported = code.equals("ATT-UNREPORTED");
            out.incidents.add(new IncidentRecord("INC-" + p.id() + "-" + day.toString().replace("-", ""), p.id(), day,
                    code, null, null, null, unreported ? true : null, unreported ? false : null,
                    unreported ? false : null, null, code.equals("PEN-SMOKING") ? BigDecimal.valueOf(d.between(1, 4)) : null,
                    code.equals("PEN-INSUBORDINATION") ? IncidentRecord.Sanction.FINE : null, null));
        }
        if (d.chance(0.02)) {
            out.commendations.add(new CommendationRecord("C-" + p.id() + "-HELP", p.id(),
                    CommendationRecord.Kind.PEER_HELP, null, period, null, null, null, null, null, null, null,
                    d.between(1, 4), true, null, null, null, null));
        }
        if (d.chance(0.003)) {
            out.commendations.add(new CommendationRecord("C-" + p.id() + "-LOSS", p.id(),
                    CommendationRecord.Kind.LOSS_PREVENTED, d.pick(days), null, null, null, null, null, null, null,
                    null, null, true, null, null, null, "发现用户家中燃气泄漏"));
        }
        if (p.installer() && d.chance(0.002)) {
            out.commendations.add(new CommendationRecord("C-" + p.id() + "-MEDIA", p.id(), CommendationRecord.Kind.MEDIA,
                    d.pick(days), null, CommendationRecord.MediaType.PRINT, CommendationRecord.MediaLevel.CITY, "汉中日报",
                    "DEED-" + p.id(), true, true, true, null, null, null, null, null, null));
        }
    }

    /** The month's top installer of the network (BONUS-TOP-PERFORMER). */
    void topPerformer(List<Person> installers) {
        if (installers.isEmpty()) {
            return;
        }
        Person top = Dice.of(seed, "top", 0).pick(installers);
        out.commendations.add(new CommendationRecord("C-" + top.id() + "-TOP", top.id(),
                CommendationRecord.Kind.TOP_PERFORMER, null, period, null, null, null, null, null, null, null, null,
                true, 1, 1, null, null));
    }
}
