package com.aftersales.policy.validation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a decision-table column holds, read from its title (docs/rules-authoring.md, "Column titles say
 * what a cell holds"), and the check a value of it must pass.
 */
enum Unit {
    MONEY("元|\\b(yuan|amount|fine|deduct|pay)\\b", "an amount in yuan", 2, false),
    MINUTES("分钟|\\bminutes?\\b", "minutes", 0, true),
    HOURS("小时|\\bhours?\\b", "hours", 1, false),
    DAYS("天|\\bdays\\b", "days", 1, false),
    RATE("%|倍|\\b(percent|percentage|multiplier|rate)\\b", "a rate", -1, false),
    DISTANCE("公里|米|\\b(km|metres|meters|distance)\\b", "a distance", -1, false),
    COUNT("次|\\b(times|count)\\b", "a count", 0, true),
    NONE("$^", "", -1, false);

    private final Pattern title;
    private final String what;
    private final int decimals;
    private final boolean whole;

    Unit(String title, String what, int decimals, boolean whole) {
        this.title = Pattern.compile(title, Pattern.CASE_INSENSITIVE);
        this.what = what;
        this.decimals = decimals;
        this.whole = whole;
    }

    static Unit of(String columnTitle) {
        String t = columnTitle == null ? "" : columnTitle.toLowerCase(Locale.ROOT);
        for (Unit u : values()) {
            if (u != NONE && u.title.matcher(t).find()) {
                return u;
            }
        }
        return NONE;
    }

    /** Counts: the values are whole, so adjacent whole bounds touch (1–1 then 2–2 leaves no gap). */
    boolean discrete() {
        return whole || this == DAYS;
    }

    /** Why {@code value} is not a valid cell of this unit, or null when it is. */
    com.aftersales.problem.Text problem(String value) {
        if (this == NONE || value.isEmpty()) {
            return null;
        }
        if (value.equals("#ERROR")) {
            return com.aftersales.problem.Text.of("cell.formulaError");
        }
        com.aftersales.problem.Text what = com.aftersales.problem.Text.of("unit." + name());
        BigDecimal v;
        try {
            v = new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return com.aftersales.problem.Text.of("cell.notNumber", value, what, this == MONEY ? com.aftersales.problem.Text.of("cell.exampleMoney") : "5");
        }
        if (v.signum() < 0) {
            return com.aftersales.problem.Text.of("cell.negative", value, what);
        }
        if (whole && v.stripTrailingZeros().scale() > 0) {
            return com.aftersales.problem.Text.of("cell.notWhole", value, what);
        }
        if (decimals == 1 && v.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
            return com.aftersales.problem.Text.of("cell.notHalf", value, what);
        }
        if (decimals == 2 && v.stripTrailingZeros().scale() > 2) {
            return com.aftersales.problem.Text.of("cell.decimals", value);
        }
        return null;
    }
}
