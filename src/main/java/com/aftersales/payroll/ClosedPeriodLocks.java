package com.aftersales.payroll;

import com.aftersales.period.Periods;
import com.aftersales.policy.admin.PeriodLocks;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** Activation of a revision whose effective date falls in a closed period is refused until HR reopens it. */
@ApplicationScoped
public class ClosedPeriodLocks implements PeriodLocks {

    private final Periods periods;

    public ClosedPeriodLocks(Periods periods) {
        this.periods = periods;
    }

    @Override
    public Optional<com.aftersales.problem.Text> closedOn(LocalDate date) {
        YearMonth p = YearMonth.from(date);
        return periods.isClosed(p) ? Optional.of(com.aftersales.problem.Text.of("period.closedReopen", p)) : Optional.empty();
    }
}
