package com.aftersales.scoring;

import com.aftersales.facts.input.Params;
import com.aftersales.policy.RuleBookWindow;
import com.aftersales.record.RecordKinds;
import com.aftersales.record.RecordType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which records a period's employee-months hold: those whose parties overlap the period and its
 * {@link Margins}, except that some kinds look back further ({@link RecordType#loadFrom}); all derived
 * from the parameters of the rule books in force in the period. The month loader fetches by it and
 * {@link MonthAssembly} picks by it, so a fetched superset and a scenario's records give the same months.
 */
public final class LoadPlan {

    private final YearMonth period;
    private final Margins margins;
    private final Params last;
    private final Map<String, LocalDate> since = new LinkedHashMap<>();

    private LoadPlan(YearMonth period, Margins margins, Params last) {
        this.period = period;
        this.margins = margins;
        this.last = last;
    }

    public static LoadPlan of(YearMonth period, List<RuleBookWindow> windows, RecordKinds kinds) {
        List<Params> params = windows.stream().map(w -> w.book().params()).toList();
        Margins margins = Margins.of(period, params);
        LoadPlan plan = new LoadPlan(period, margins,
                params.isEmpty() ? new Params(List.of()) : params.get(params.size() - 1));
        for (RecordType<?> k : kinds.all()) {
            LocalDate from = margins.from();
            for (Params p : params) {
                LocalDate d = k.loadFrom(period, margins.from(), p);
                from = d.isBefore(from) ? d : from;
            }
            plan.since.put(k.name(), from);
        }
        return plan;
    }

    public YearMonth period() {
        return period;
    }

    public Margins margins() {
        return margins;
    }

    /** The parameters of the rule book in force on the period's last day, for derivation. */
    public Params params() {
        return last;
    }

    /** The first day of a kind's records the months hold. */
    public LocalDate since(String kind) {
        return since.getOrDefault(kind, margins.from());
    }

    /** The kinds that look back before the margin, with the day they look back to. */
    public Map<String, LocalDate> earlier() {
        Map<String, LocalDate> out = new LinkedHashMap<>();
        since.forEach((k, d) -> {
            if (d.isBefore(margins.from())) {
                out.put(k, d);
            }
        });
        return out;
    }

    /** Whether a party's dates bring a record of {@code kind} into a month. */
    public boolean holds(String kind, LocalDate partyFrom, LocalDate partyTo) {
        return !partyFrom.isAfter(margins.to()) && !partyTo.isBefore(since(kind));
    }
}
