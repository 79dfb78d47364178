package com.aftersales.facts.result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A half-hour band of a month's personal or sick total (P_LEAVE_TIER_MODE = PROGRESSIVE) and the
 * LeaveDeduction row it falls in. The adjacent bands of one row make that row's slice of the total,
 * which the row then charges at its own rate (RULES.md A-8(e)).
 */
public final class LeaveBand {

    private final LeaveTotal band;
    private final String ruleName;

    public LeaveBand(LeaveTotal band, String ruleName) {
        this.band = band;
        this.ruleName = ruleName;
    }

    public LeaveTotal getBand() { return band; }
    public String getCategory() { return band.getCategory(); }
    /** The name of the table row the band falls in. */
    public String getRuleName() { return ruleName; }
    /** Whether this is the band the total starts with. */
    public boolean isFirst() { return band.getFrom().signum() == 0; }

    /** The slices of a total: each run of adjacent {@code bands} (all of one total) in the same row. */
    public static List<LeaveTotal> slices(List<?> bands) {
        List<LeaveBand> sorted = new ArrayList<>();
        bands.forEach(b -> sorted.add((LeaveBand) b));
        sorted.sort(Comparator.comparing(b -> b.band.getFrom()));
        List<LeaveTotal> out = new ArrayList<>();
        LeaveBand start = null;
        LeaveBand last = null;
        for (LeaveBand b : sorted) {
            if (start != null && (!b.ruleName.equals(start.ruleName) || b.band.getFrom().compareTo(last.band.getTo()) != 0)) {
                out.add(start.band.part(LeaveTotal.Kind.SLICE, start.band.getFrom(), last.band.getTo()));
                start = null;
            }
            if (start == null) {
                start = b;
            }
            last = b;
        }
        if (start != null) {
            out.add(start.band.part(LeaveTotal.Kind.SLICE, start.band.getFrom(), last.band.getTo()));
        }
        return out;
    }

    @Override
    public String toString() {
        return "LeaveBand " + band + " " + ruleName;
    }
}
