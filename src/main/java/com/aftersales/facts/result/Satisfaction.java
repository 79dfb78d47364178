package com.aftersales.facts.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * A branch's customer satisfaction of a month (VISIT-SAT-RATE): N first after-sales visits
 * completed, D of them dissatisfied; rate = (N − D) / N, undefined when N = 0. Comparisons use the
 * exact fraction; only the display rounds.
 */
public final class Satisfaction {

    private final String branch;
    private final YearMonth period;
    private final int visits;
    private final int dissatisfied;

    public Satisfaction(String branch, YearMonth period, Number visits, Number dissatisfied) {
        this.branch = branch;
        this.period = period;
        this.visits = visits.intValue();
        this.dissatisfied = dissatisfied.intValue();
    }

    public String getBranch() { return branch; }
    public YearMonth getPeriod() { return period; }
    public int getVisits() { return visits; }
    public int getDissatisfied() { return dissatisfied; }
    public int getSatisfied() { return visits - dissatisfied; }
    public boolean isDefined() { return visits > 0; }

    /** Whether (N − D) / N is below {@code target} (a fraction such as 0.95), tested exactly. */
    public boolean isBelow(BigDecimal target) {
        return BigDecimal.valueOf(getSatisfied()).compareTo(target.multiply(BigDecimal.valueOf(visits))) < 0;
    }

    /** The rate as a percentage with two decimals, half-up, for display ("94.97"); null when undefined. */
    public String getPercent() {
        return visits == 0 ? null : BigDecimal.valueOf(getSatisfied()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(visits), 2, RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public String toString() {
        return "Satisfaction " + branch + " " + period + " " + getSatisfied() + "/" + visits;
    }
}
