package com.aftersales.rules;

import com.aftersales.calendar.CalendarYear;
import com.aftersales.calendar.NationalHolidays;
import com.aftersales.calendar.WorkCalendar;
import com.aftersales.facts.result.Flag;
import com.aftersales.facts.result.Satisfaction;
import com.aftersales.facts.result.ScopeResult;
import com.aftersales.facts.result.VisitFinding;
import com.aftersales.scoring.BranchMonth;
import com.aftersales.scoring.BranchMonthScorer;
import com.aftersales.scoring.ScoredBranch;
import com.aftersales.visit.DeliveryRecord;
import com.aftersales.visit.SalesVolumeRecord;
import com.aftersales.visit.VisitRecord;
import com.aftersales.visit.kpi.KpiDeriver;
import com.aftersales.visit.kpi.OrderRow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scores in-memory branch-months for the visit KPI with the real rules, without Quarkus. */
public final class KpiHarness {

    private final com.aftersales.policy.CompiledRuleBook book;

    public KpiHarness(RuleHarness rules) {
        this(rules.book());
    }

    public KpiHarness(com.aftersales.policy.CompiledRuleBook book) {
        this.book = book;
    }

    public Branch month(String period) {
        return new Branch(YearMonth.parse(period));
    }

    /** One branch-month put together by a test (branch MIANXIAN, national calendar, as of far later). */
    public final class Branch {
        private final YearMonth period;
        private final List<VisitRecord> visits = new ArrayList<>();
        private final List<DeliveryRecord> deliveries = new ArrayList<>();
        private final List<OrderRow> orders = new ArrayList<>();
        private final List<SalesVolumeRecord> sales = new ArrayList<>();
        private LocalDate asOf = LocalDate.of(2099, 1, 1);

        private Branch(YearMonth period) {
            this.period = period;
        }

        public Branch visits(VisitRecord... v) { visits.addAll(List.of(v)); return this; }
        public Branch visits(List<VisitRecord> v) { visits.addAll(v); return this; }
        public Branch deliveries(DeliveryRecord... d) { deliveries.addAll(List.of(d)); return this; }
        public Branch orders(OrderRow... o) { orders.addAll(List.of(o)); return this; }
        public Branch sales(SalesVolumeRecord s) { sales.add(s); return this; }
        public Branch asOf(String d) { asOf = LocalDate.parse(d); return this; }

        public Result score() {
            Map<Integer, CalendarYear> years = new HashMap<>();
            for (int y = period.getYear() - 1; y <= period.getYear() + 1; y++) {
                years.put(y, NationalHolidays.of(y));
            }
            Map<Class<?>, List<?>> records = new LinkedHashMap<>();
            records.put(VisitRecord.class, visits);
            records.put(DeliveryRecord.class, deliveries);
            records.put(OrderRow.class, orders);
            records.put(SalesVolumeRecord.class, sales);
            BranchMonth m = new BranchMonth("MIANXIAN", period, asOf, new WorkCalendar(years), records);
            return new Result(new BranchMonthScorer(List.of(new KpiDeriver())).score(m, book));
        }
    }

    /** What the rules found, with shortcuts for assertions. */
    public record Result(ScoredBranch scored) {
        public Satisfaction satisfaction() {
            return scored.results(Satisfaction.class).get(0);
        }

        public ScopeResult scope(String visitKind) {
            return scored.results(ScopeResult.class).stream().filter(s -> s.getVisitKind().equals(visitKind))
                    .findFirst().orElseThrow(() -> new AssertionError("no scope result for " + visitKind));
        }

        public List<VisitFinding> findings(String ruleId) {
            return scored.results(VisitFinding.class).stream().filter(f -> f.getRuleId().equals(ruleId)).toList();
        }

        public List<Flag> flags(String code) {
            return scored.flags().stream().filter(f -> f.getCode().equals(code)).toList();
        }

        /** KPI_BREACH flags of the deadline rules (the sampling minimums left out). */
        public List<Flag> deadlineBreaches() {
            return flags("KPI_BREACH").stream().filter(f -> !f.getRuleId().startsWith("VISIT-SCOPE-")).toList();
        }
    }
}
