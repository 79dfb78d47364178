package com.aftersales.facts.result;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One absenteeism occurrence (次, ATT-ABSENT-DEF): full absence days on consecutive scheduled work
 * days, or one partial day on its own. Built and extended by the attendance DRL; the only fact
 * rules modify, since rules own it.
 */
public final class AbsenceRun {

    private final List<AbsenceDay> days = new ArrayList<>();
    private final boolean partial;

    public AbsenceRun(AbsenceDay first) {
        this.days.add(first);
        this.partial = !first.isFull();
    }

    /** Adds the next consecutive day (called from a {@code modify} block). */
    public void add(AbsenceDay next) {
        days.add(next);
    }

    public List<AbsenceDay> getDays() { return List.copyOf(days); }
    public boolean isPartial() { return partial; }
    /** N: the number of full days in the run (0 for a partial day). */
    public int getLength() { return partial ? 0 : days.size(); }
    public int getLastSeq() { return days.get(days.size() - 1).getSeq(); }
    public LocalDate getFirstDate() { return days.get(0).getDate(); }
    public boolean isStartsInPeriod() { return days.get(0).isInPeriod(); }

    public boolean isTouchesPeriod() {
        return days.stream().anyMatch(AbsenceDay::isInPeriod);
    }

    /** The date of the n-th day of the run (1-based), or null if the run is shorter. */
    public LocalDate dayNumber(int n) {
        return n >= 1 && n <= days.size() ? days.get(n - 1).getDate() : null;
    }

    @Override
    public String toString() {
        return "AbsenceRun from " + getFirstDate() + " N=" + getLength() + (partial ? " (partial)" : "");
    }
}
