package com.aftersales.policy.validation;

import com.aftersales.policy.SheetCells;
import com.aftersales.problem.ApiError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds gaps and overlaps in range tables. A pair of CONDITION columns over the same field, one a
 * lower bound ({@code x > $param}, {@code >=}) and one an upper bound ({@code x <= $param}, {@code <}),
 * is a range; for each combination of the other conditions' values (a blank cell matches any), the
 * rows must tile the span between the lowest and highest bound. Whole-number units touch at 1 and 2.
 * A row that leaves both bounds empty does not use the range (another rule sharing the table) and is
 * not a tier.
 */
final class RangeCheck {

    private static final Pattern BOUND = Pattern.compile("^\\s*([\\w.()]+)\\s*(>=|>|<=|<)\\s*\\$param\\s*$");
    private static final int MAX_COMBINATIONS = 256;

    private RangeCheck() {
    }

    /** A lower and an upper bound column over one field. */
    private record Pair(String field, RuleTable.Column low, boolean lowInclusive, RuleTable.Column high,
            boolean highInclusive) {
    }

    /** A row's interval; a null end is open. */
    private record Span(RuleTable.Row row, BigDecimal lo, boolean loIn, BigDecimal hi, boolean hiIn) {
    }

    static void check(RuleTable t, List<ApiError> errors) {
        for (Pair p : pairs(t)) {
            List<RuleTable.Column> context = t.columns().stream().filter(RuleTable.Column::isCondition)
                    .filter(c -> c != p.low() && c != p.high()).toList();
            List<Map<RuleTable.Column, String>> combos = combinations(t, context);
            Map<String, ApiError> found = new LinkedHashMap<>();
            Map<String, Set<String>> where = new LinkedHashMap<>();
            for (Map<RuleTable.Column, String> combo : combos) {
                List<Span> spans = new ArrayList<>();
                for (RuleTable.Row r : t.rows()) {
                    if (applies(r, combo) && !spanOf(r, p, spans)) {
                        return; // a bound that is not a number: the cell check reports it
                    }
                }
                for (ApiError e : issues(t, p, spans)) {
                    found.putIfAbsent(e.location() + e.message(), e);
                    where.computeIfAbsent(e.location() + e.message(), k -> new LinkedHashSet<>()).add(describe(combo));
                }
            }
            found.forEach((k, e) -> {
                Set<String> w = where.get(k);
                boolean everywhere = w.size() == combos.size();
                errors.add(everywhere || w.contains("") ? e
                        : ApiError.of(e.location(), "range.when", e.text(), String.join(" or ", w), String.join(" 或 ", w)));
            });
        }
    }

    private static List<Pair> pairs(RuleTable t) {
        Map<String, RuleTable.Column> lows = new LinkedHashMap<>();
        Map<String, RuleTable.Column> highs = new LinkedHashMap<>();
        for (RuleTable.Column c : t.columns()) {
            Matcher m = c.isCondition() ? BOUND.matcher(c.snippet()) : null;
            if (m != null && m.matches()) {
                (m.group(2).startsWith(">") ? lows : highs).putIfAbsent(m.group(1), c);
            }
        }
        List<Pair> out = new ArrayList<>();
        lows.forEach((field, low) -> {
            RuleTable.Column high = highs.get(field);
            if (high != null) {
                out.add(new Pair(field, low, low.snippet().contains(">="), high, high.snippet().contains("<=")));
            }
        });
        return out;
    }

    private static List<Map<RuleTable.Column, String>> combinations(RuleTable t, List<RuleTable.Column> context) {
        List<Map<RuleTable.Column, String>> combos = new ArrayList<>();
        combos.add(new LinkedHashMap<>());
        for (RuleTable.Column c : context) {
            Set<String> values = new LinkedHashSet<>();
            t.rows().forEach(r -> {
                if (!r.value(c).isEmpty()) {
                    values.add(r.value(c));
                }
            });
            if (values.isEmpty() || combos.size() * values.size() > MAX_COMBINATIONS) {
                continue;
            }
            List<Map<RuleTable.Column, String>> next = new ArrayList<>();
            for (Map<RuleTable.Column, String> combo : combos) {
                for (String v : values) {
                    Map<RuleTable.Column, String> m = new LinkedHashMap<>(combo);
                    m.put(c, v);
                    next.add(m);
                }
            }
            combos = next;
        }
        return combos;
    }

    private static boolean applies(RuleTable.Row r, Map<RuleTable.Column, String> combo) {
        return combo.entrySet().stream().allMatch(e -> r.value(e.getKey()).isEmpty()
                || r.value(e.getKey()).equals(e.getValue()));
    }

    private static boolean spanOf(RuleTable.Row r, Pair p, List<Span> out) {
        try {
            String lo = r.value(p.low());
            String hi = r.value(p.high());
            if (lo.isEmpty() && hi.isEmpty()) {
                return true; // a row that does not constrain the field is no tier of the range
            }
            BigDecimal l = lo.isEmpty() ? null : new BigDecimal(lo);
            BigDecimal h = hi.isEmpty() ? null : new BigDecimal(hi);
            boolean whole = p.low().unit().discrete() && (l == null || isWhole(l)) && (h == null || isWhole(h));
            boolean lIn = p.lowInclusive();
            boolean hIn = p.highInclusive();
            if (whole) {
                if (l != null && !lIn) {
                    l = l.add(BigDecimal.ONE);
                    lIn = true;
                }
                if (h != null && !hIn) {
                    h = h.subtract(BigDecimal.ONE);
                    hIn = true;
                }
            }
            out.add(new Span(r, l, lIn, h, hIn));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<ApiError> issues(RuleTable t, Pair p, List<Span> spans) {
        List<ApiError> out = new ArrayList<>();
        boolean discrete = spans.stream().allMatch(s -> s.loIn() && s.hiIn()) && p.low().unit().discrete();
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(Span::lo, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(s -> s.row().rowNum()));
        Span reach = null;
        for (Span s : sorted) {
            if (reach != null) {
                String at = SheetCells.at(t.sheet(), s.row().rowNum(), p.low().index());
                int cmp = reach.hi() == null ? 1 : s.lo() == null ? 1 : reach.hi().compareTo(s.lo());
                if (cmp > 0 || (cmp == 0 && reach.hiIn() && s.loIn())) {
                    out.add(ApiError.of(at, "range.overlap", t.sheet(), p.field(), overlap(reach, s, discrete),
                            reach.row().label(), s.row().label()));
                } else {
                    boolean touching = cmp == 0 ? reach.hiIn() || s.loIn()
                            : discrete && reach.hi().add(BigDecimal.ONE).compareTo(s.lo()) == 0;
                    if (!touching) {
                        out.add(ApiError.of(at, "range.gap", t.sheet(), p.field(), gap(reach, s, discrete),
                                reach.row().label(), s.row().label()));
                    }
                }
            }
            if (reach == null || s.hi() == null || (reach.hi() != null && s.hi().compareTo(reach.hi()) > 0)) {
                reach = s;
            }
        }
        return out;
    }

    private static Object gap(Span a, Span b, boolean discrete) {
        if (discrete) {
            return range(a.hi().add(BigDecimal.ONE), b.lo().subtract(BigDecimal.ONE));
        }
        return com.aftersales.problem.Text.of("range.gap." + (a.hiIn() ? "above" : "from") + (b.loIn() ? "Below" : "To"), a.hi().toPlainString(),
                b.lo().toPlainString());
    }

    private static Object overlap(Span a, Span b, boolean discrete) {
        BigDecimal lo = b.lo() == null ? a.lo() : b.lo();
        BigDecimal hi = a.hi() == null ? b.hi() : b.hi() == null ? a.hi() : a.hi().min(b.hi());
        if (lo == null && hi == null) {
            return com.aftersales.problem.Text.of("range.all");
        }
        if (hi == null) {
            return com.aftersales.problem.Text.of("range.fromUp", lo.toPlainString());
        }
        if (lo == null) {
            return com.aftersales.problem.Text.of("range.upTo", hi.toPlainString());
        }
        return discrete ? range(lo, hi) : com.aftersales.problem.Text.of("range.fromTo", lo.toPlainString(), hi.toPlainString());
    }

    private static String range(BigDecimal lo, BigDecimal hi) {
        return lo.compareTo(hi) == 0 ? lo.toPlainString() : lo.toPlainString() + "–" + hi.toPlainString();
    }

    private static boolean isWhole(BigDecimal v) {
        return v.stripTrailingZeros().scale() <= 0;
    }

    private static String describe(Map<RuleTable.Column, String> combo) {
        List<String> parts = new ArrayList<>();
        combo.forEach((c, v) -> parts.add(c.snippet().replace("$param", v).replace("\"", "")));
        return String.join(", ", parts);
    }
}
