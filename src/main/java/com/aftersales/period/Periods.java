package com.aftersales.period;

import com.aftersales.jdbc.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether pay periods are open or closed (table {@code period}; a period without a row is open). Records, runs and
 * revision activations ask it before they change anything dated in a period; payroll closes and reopens.
 */
@ApplicationScoped
public class Periods {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    private final Jdbc jdbc;

    public Periods(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public String status(YearMonth period) {
        return jdbc.first("select status from period where period = ?", rs -> rs.getString(1), period.toString())
                .orElse(OPEN);
    }

    public boolean isClosed(YearMonth period) {
        return CLOSED.equals(status(period));
    }

    /** The closed periods among {@code periods}, in order. */
    public Set<YearMonth> closedAmong(Collection<YearMonth> periods) {
        if (periods.isEmpty()) {
            return Set.of();
        }
        List<String> closed = jdbc.list("select period from period where status = 'CLOSED' and period = any(?)",
                rs -> rs.getString(1).trim(), periods.stream().map(YearMonth::toString).toList());
        Set<YearMonth> out = new TreeSet<>();
        closed.forEach(p -> out.add(YearMonth.parse(p)));
        return out;
    }

    /** The months from {@code from} to {@code to} (inclusive) that are closed. */
    public Set<YearMonth> closedBetween(LocalDate from, LocalDate to) {
        Set<YearMonth> months = new TreeSet<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return closedAmong(months);
    }

    /** Closed periods from the month of {@code date} on (a revision effective on that date would change them). */
    public Set<YearMonth> closedFrom(LocalDate date) {
        Set<YearMonth> out = new TreeSet<>();
        jdbc.list("select period from period where status = 'CLOSED' and period >= ? order by period",
                rs -> rs.getString(1).trim(), YearMonth.from(date).toString()).forEach(p -> out.add(YearMonth.parse(p)));
        return out;
    }
}
