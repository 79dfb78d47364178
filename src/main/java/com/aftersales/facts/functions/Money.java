package com.aftersales.facts.functions;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Arithmetic helpers rules call to build amounts and their arithmetic text. */
public final class Money {

    private Money() {
    }

    public static BigDecimal of(String text) {
        return new BigDecimal(text.trim());
    }

    public static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    /** Two decimals, as amounts are shown: {@code 150 -> "150.00"}. */
    public static String yuan(BigDecimal v) {
        return round(v).toPlainString();
    }

    /**
     * A rate (a daily average wage, kept to 4 decimals) as it is: at least the two decimals of money, and the
     * further ones it has: {@code 150 -> "150.00"}, {@code 150.125 -> "150.125"}.
     */
    public static String rate(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 2 ? v.setScale(2, RoundingMode.UNNECESSARY) : s).toPlainString();
    }

    /** A plain number without trailing zeros: {@code 2.50 -> "2.5"}, {@code 8.0 -> "8"}. */
    public static String number(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** A multiplier shown as a percentage: {@code 3 -> "300%"}, {@code 0.6 -> "60%"}. */
    public static String percent(BigDecimal factor) {
        return number(factor.movePointRight(2)) + "%";
    }

    /** A value as a line shows it: money with its two decimals, other numbers without trailing zeros. */
    public static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.scale() == 2 ? d.toPlainString() : number(d);
        }
        return v.toString();
    }
}
