package com.aftersales.facts.result;

import com.aftersales.facts.functions.Money;
import com.aftersales.facts.input.Commendation;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * One outlet's first report of a good deed as the Media table (BONUS-MEDIA-*) priced it, before the
 * reward rules settle what is paid: every report (P_MEDIA_STACKING = PER_EXPOSURE), or only the deed's
 * highest (HIGHEST_ONLY, A-25). Carries the line the table row built, under the row's rule.
 */
public final class MediaExposure {

    private static final Comparator<Commendation> REPORTED = Comparator.comparing(Commendation::getDate)
            .thenComparing(Commendation::getId);

    private final Commendation commendation;
    private final Line line;

    public MediaExposure(Commendation commendation, Line line) {
        this.commendation = commendation;
        this.line = line;
    }

    public Commendation getCommendation() { return commendation; }
    /** The deed the report is about: its deedId, or the record itself when none is given. */
    public String getDeed() {
        String d = commendation.getDeedId();
        return d == null || d.isBlank() ? "record:" + commendation.getId() : d.trim();
    }
    public BigDecimal getAmount() { return line.getAmount(); }
    public String getRuleId() { return line.getRuleId(); }
    /** The line as the table priced it. */
    public Line getLine() { return line; }

    /** Reported before {@code other}: an earlier date, or the same date and a smaller id. */
    public boolean reportedBefore(MediaExposure other) {
        return REPORTED.compare(commendation, other.commendation) < 0;
    }

    /**
     * HIGHEST_ONLY: the deed earns the reward of its highest report once. This report pays what it adds to
     * the highest of the deed's earlier reports ({@code earlier}), and 0.00 when it adds nothing; reports of
     * earlier months keep what they paid, so no statement changes afterwards.
     */
    public Line highestOnly(Collection<?> earlier, String mode) {
        MediaExposure best = earlier.stream().map(MediaExposure.class::cast)
                .max(Comparator.comparing(MediaExposure::getAmount).thenComparing((a, b) -> a.reportedBefore(b) ? 1 : -1))
                .orElse(null);
        List<Value> values = List.of(new Value("mediaStacking", mode),
                new Value("paidBefore", best == null ? "0.00" : Money.yuan(best.getAmount())));
        if (best == null) {
            return line.settled(getAmount(), values, line.getArithmetic(), null);
        }
        BigDecimal pay = getAmount().subtract(best.getAmount()).max(BigDecimal.ZERO);
        String why = "the deed " + getDeed() + " earns its highest report's reward once (P_MEDIA_STACKING = " + mode
                + ", A-25); " + best.getRuleId() + " (" + best.commendation.getOutlet() + ", "
                + best.commendation.getDate() + ") paid " + Money.yuan(best.getAmount()) + " for it before";
        String arithmetic = pay.signum() == 0
                ? "0.00: " + Money.yuan(getAmount()) + " is not more than the " + Money.yuan(best.getAmount())
                        + " paid for the deed"
                : Money.yuan(getAmount()) + " − " + Money.yuan(best.getAmount()) + " = " + Money.yuan(pay);
        return line.settled(pay, values, arithmetic, why);
    }

    @Override
    public String toString() {
        return "MediaExposure " + commendation.getId() + " " + getDeed() + " " + getAmount();
    }
}
