package com.aftersales.visit.kpi;

import com.aftersales.calendar.WorkCalendar;
import com.aftersales.facts.input.Params;
import com.aftersales.jdbc.Jdbc;
import com.aftersales.record.RecordStore;
import com.aftersales.scoring.BranchMonth;
import com.aftersales.visit.DeliveryRecord;
import com.aftersales.visit.SalesVolumeRecord;
import com.aftersales.visit.VisitRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Loads a branch-month for the visit KPI: the orders completed and deliveries made in the month, the
 * month's sales volume, and the visits that bear on them — attempted around the month, with a
 * liaison form sent or handling completed in it, or about an order or delivery any of those concern.
 */
@ApplicationScoped
public class KpiLoader {

    /** The visit deadlines a visit attempted outside the month may still bear on (VISIT-*-DEADLINE, VISIT-LIAISON). */
    static final String FIRST_VISIT = "P_FIRST_VISIT_WORKING_DAYS";
    static final String LIAISON_REPLY = "P_LIAISON_REPLY_WORKING_DAYS";
    static final String SECOND_VISIT = "P_SECOND_VISIT_DAYS";
    static final String SECOND_VISIT_UNIT = "P_SECOND_VISIT_DAY_UNIT";
    /** The longest stretch of days off within a run of working days (the October holiday week). */
    static final int DAYS_OFF = 7;

    private static final String IN_RANGE = "((%1$s->>'%2$s') collate \"C\" >= ? and (%1$s->>'%2$s') collate \"C\" < ?)";

    private final Jdbc jdbc;
    private final RecordStore store;

    public KpiLoader(Jdbc jdbc, RecordStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /**
     * Days around the month whose visit attempts are loaded: as many calendar days as the longest visit
     * deadline of the parameters in force can span (working days as whole weeks, plus a holiday week),
     * so a larger deadline widens what is loaded instead of being cut off.
     */
    static int marginDays(Params params) {
        int working = Math.max(intOr(params, FIRST_VISIT), intOr(params, LIAISON_REPLY));
        int second = intOr(params, SECOND_VISIT);
        if (params.has(SECOND_VISIT_UNIT) && "WORKING".equals(params.text(SECOND_VISIT_UNIT))) {
            working += second;
            second = 0;
        }
        return 7 * ((working + 4) / 5) + DAYS_OFF + second;
    }

    private static int intOr(Params params, String name) {
        return params.has(name) ? params.integer(name) : 0;
    }

    public BranchMonth load(String branch, YearMonth period, LocalDate asOf, WorkCalendar calendar, Params params) {
        int margin = marginDays(params);
        String first = period.atDay(1).toString();
        String next = period.plusMonths(1).atDay(1).toString();
        return jdbc.with(c -> {
            List<OrderRow> orders = orders(c, branch, first, next);
            List<DeliveryRecord> deliveries = rows(c, "delivery", branch, range("deliveredAt"), List.of(first, next),
                    (id, json) -> store.parse(json, DeliveryRecord.class));
            List<SalesVolumeRecord> sales = rows(c, "salesVolume", branch, "payload->>'period' = ?",
                    List.of(period.toString()), (id, json) -> store.parse(json, SalesVolumeRecord.class));
            List<VisitRecord> visits = visits(c, branch, period, orders, deliveries, margin);
            Map<Class<?>, List<?>> records = new LinkedHashMap<>();
            records.put(OrderRow.class, orders);
            records.put(DeliveryRecord.class, deliveries);
            records.put(SalesVolumeRecord.class, sales);
            records.put(VisitRecord.class, visits);
            return new BranchMonth(branch, period, asOf, calendar, records);
        });
    }

    private List<VisitRecord> visits(Connection c, String branch, YearMonth period, List<OrderRow> orders,
            List<DeliveryRecord> deliveries, int margin) throws SQLException {
        String first = period.atDay(1).toString();
        String next = period.plusMonths(1).atDay(1).toString();
        String where = "(" + range("attemptAt") + " or " + range("liaisonSentAt") + " or " + range("handlingCompletedAt")
                + " or payload->>'orderId' = any(?) or payload->>'deliveryId' = any(?))";
        List<Object> args = List.of(period.atDay(1).minusDays(margin).toString(),
                period.atEndOfMonth().plusDays(margin + 1L).toString(), first, next, first, next,
                orders.stream().map(OrderRow::id).toArray(String[]::new),
                deliveries.stream().map(DeliveryRecord::id).toArray(String[]::new));
        Map<String, VisitRecord> byId = new TreeMap<>();
        rows(c, "visit", branch, where, args, (id, json) -> store.parse(json, VisitRecord.class))
                .forEach(v -> byId.put(v.id(), v));
        String[] orderIds = byId.values().stream().map(VisitRecord::orderId).filter(o -> o != null).distinct()
                .toArray(String[]::new);
        String[] deliveryIds = byId.values().stream().map(VisitRecord::deliveryId).filter(d -> d != null).distinct()
                .toArray(String[]::new);
        rows(c, "visit", branch, "(payload->>'orderId' = any(?) or payload->>'deliveryId' = any(?))",
                List.of(orderIds, deliveryIds), (id, json) -> store.parse(json, VisitRecord.class))
                .forEach(v -> byId.put(v.id(), v));
        return new ArrayList<>(byId.values());
    }

    /**
     * The work orders completed in the month whose branch is {@code branch}: their own {@code branch}
     * field, or (the field being informative and optional) the branch of their first installer.
     */
    private List<OrderRow> orders(Connection c, String branch, String first, String next) throws SQLException {
        String sql = "select r.id, r.payload::text from record r left join employee e "
                + "on e.employee_id = r.payload->'installerIds'->>0 where r.kind = 'workOrder' and "
                + range("r.payload", "completedAt")
                + " and coalesce(r.payload->>'branch', e.branch_id) = ? order by r.id";
        List<OrderRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, first);
            ps.setString(2, next);
            ps.setString(3, branch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OrderRow o = OrderRow.of(rs.getString(1), store.parse(rs.getString(2), OrderRow.Doc.class));
                    out.add(o.branch() == null ? o.inBranch(branch) : o);
                }
            }
        }
        return out;
    }

    private static String range(String field) {
        return range("payload", field);
    }

    /** The ISO date-time text at {@code document->>field} lies in [?, ?). */
    private static String range(String document, String field) {
        return String.format(IN_RANGE, document, field);
    }

    private static <T> List<T> rows(Connection c, String kind, String branch, String where, List<Object> args,
            BiFunction<String, String, T> parse) throws SQLException {
        String sql = "select id, payload::text from record where kind = ? and payload->>'branch' = ? and " + where
                + " order by id";
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, kind);
            ps.setString(2, branch);
            int i = 3;
            for (Object a : args) {
                if (a instanceof String[] array) {
                    ps.setArray(i++, c.createArrayOf("text", array));
                } else {
                    ps.setString(i++, (String) a);
                }
            }
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(parse.apply(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return out;
    }
}
