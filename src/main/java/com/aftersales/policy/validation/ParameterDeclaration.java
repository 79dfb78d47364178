package com.aftersales.policy.validation;

import com.aftersales.problem.ApiError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a revision's {@code policy.yaml} says one parameter may be: one of its {@code choices} (the
 * readings the rules implement), some of a {@code subset} list written {@code A|B} (e.g. the paid leave
 * types), or a value of a {@code type} (integer, decimal, money, boolean),
 * optionally within {@code min} and {@code max}; {@code unavailable} names RULES.md §10 alternatives
 * the rules do not implement, so an admin who asks for one is told so.
 */
record ParameterDeclaration(String name, List<String> choices, List<String> unavailable, Type type, BigDecimal min,
        BigDecimal max) {

    enum Type { CHOICE, SUBSET, INTEGER, DECIMAL, MONEY, BOOLEAN }

    private static final Set<String> KEYS = Set.of("choices", "subset", "unavailable", "type", "min", "max");

    /** Reads one entry of the {@code parameters} section; null (with an error at {@code at}) when invalid. */
    static ParameterDeclaration parse(String name, Object yaml, String at, List<ApiError> errors) {
        if (!(yaml instanceof Map<?, ?> map)) {
            errors.add(new ApiError(at, "the declaration of " + name + " in policy.yaml: write either choices: [A, B] "
                    + "or type: integer, decimal, money or boolean"));
            return null;
        }
        List<String> problems = new ArrayList<>();
        map.keySet().stream().map(String::valueOf).filter(k -> !KEYS.contains(k)).forEach(k -> problems.add(
                "unknown key " + k + " (the keys are choices, unavailable, type, min, max; or subset)"));
        List<String> subset = list(map.get("subset"));
        List<String> choices = subset != null ? subset : list(map.get("choices"));
        List<String> unavailable = list(map.get("unavailable"));
        Type type = null;
        Object typeName = map.get("type");
        if (subset != null && map.get("choices") != null) {
            problems.add("give either choices or a subset, not both");
        } else if (choices != null && typeName != null) {
            problems.add("give either choices or a type, not both");
        } else if (choices != null) {
            type = subset != null ? Type.SUBSET : Type.CHOICE;
            if (choices.isEmpty()) {
                problems.add("choices is empty: list the values the rules implement");
            }
        } else if (typeName == null) {
            problems.add("give its choices (choices: [A, B]) or its type (type: integer, decimal, money or boolean)");
        } else {
            type = typeOf(String.valueOf(typeName));
            if (type == null) {
                problems.add("type " + typeName + " is not one of integer, decimal, money, boolean");
            }
        }
        BigDecimal min = number(map.get("min"), "min", problems);
        BigDecimal max = number(map.get("max"), "max", problems);
        if ((min != null || max != null) && (type == Type.CHOICE || type == Type.SUBSET || type == Type.BOOLEAN)) {
            problems.add("min and max apply to numbers only");
        } else if (min != null && max != null && min.compareTo(max) > 0) {
            problems.add("min " + min.toPlainString() + " is above max " + max.toPlainString());
        }
        if (unavailable != null && type != Type.CHOICE) {
            problems.add("unavailable goes with choices");
        } else if (unavailable != null) {
            unavailable.stream().filter(choices::contains)
                    .forEach(v -> problems.add(v + " is both a choice and unavailable"));
        }
        if (!problems.isEmpty()) {
            errors.add(new ApiError(at, "the declaration of " + name + " in policy.yaml: "
                    + String.join("; ", problems)));
            return null;
        }
        return new ParameterDeclaration(name, choices, unavailable == null ? List.of() : unavailable, type, min, max);
    }

    /** Why {@code value} is not a value of this parameter, in words for an admin; null when it is one. */
    com.aftersales.problem.Text problem(String value) {
        return switch (type) {
            case CHOICE -> choiceProblem(value);
            case SUBSET -> subsetProblem(value);
            case BOOLEAN -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? null
                    : com.aftersales.problem.Text.of("parameter.boolean", name, value);
            default -> numberProblem(value);
        };
    }

    /** What a value must be, e.g. "one of CALENDAR or HOURS", "a whole number from 1". */
    com.aftersales.problem.Text expected() {
        com.aftersales.problem.Text range = com.aftersales.problem.Text.of("parameter.range." + (min == null ? "" : "min") + (max == null ? "" : "max"),
                min == null ? "" : min.toPlainString(), max == null ? "" : max.toPlainString());
        return switch (type) {
            case CHOICE -> choices.size() == 1 ? com.aftersales.problem.Text.of("parameter.one", choices.get(0)) : com.aftersales.problem.Text.of("parameter.oneOf", or(choices), orZh(choices));
            case SUBSET -> com.aftersales.problem.Text.of("parameter.someOf", String.join(", ", choices), orZh(choices));
            case BOOLEAN -> com.aftersales.problem.Text.of("parameter.trueFalse");
            case INTEGER -> com.aftersales.problem.Text.of("parameter.integer", range);
            case DECIMAL -> com.aftersales.problem.Text.of("parameter.decimal", range);
            case MONEY -> com.aftersales.problem.Text.of("parameter.money", range);
        };
    }

    private com.aftersales.problem.Text choiceProblem(String value) {
        if (choices.contains(value)) {
            return null;
        }
        if (unavailable.contains(value)) {
            return com.aftersales.problem.Text.of("parameter.unavailable", name, value, or(choices), orZh(choices));
        }
        String near = ParameterChecks.nearest(value, choices);
        return com.aftersales.problem.Text.of("parameter.notChoice", name, value, or(choices), orZh(choices),
                near != null ? com.aftersales.problem.Text.of("parameter.didYouMeanChoice", near) : com.aftersales.problem.Text.of("parameter.write", expected()));
    }

    private com.aftersales.problem.Text subsetProblem(String value) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String part : value.split("\\|", -1)) {
            String v = part.trim();
            if (v.isEmpty()) {
                return com.aftersales.problem.Text.of("parameter.emptyItem", name, value, expected());
            }
            if (!choices.contains(v)) {
                String near = ParameterChecks.nearest(v, choices);
                return com.aftersales.problem.Text.of("parameter.notInSubset", name, v, or(choices), orZh(choices),
                        near != null ? com.aftersales.problem.Text.of("parameter.didYouMeanSuffix", near) : "");
            }
            if (!seen.add(v)) {
                return com.aftersales.problem.Text.of("parameter.itemTwice", name, v);
            }
        }
        return null;
    }

    private com.aftersales.problem.Text numberProblem(String value) {
        BigDecimal d;
        try {
            d = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return com.aftersales.problem.Text.of("parameter.notNumber", name, value, expected());
        }
        if (type == Type.INTEGER && (d.stripTrailingZeros().scale() > 0
                || d.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0)) {
            return com.aftersales.problem.Text.of("parameter.notWhole", name, value, expected());
        }
        if (type == Type.MONEY && (d.signum() < 0 || d.stripTrailingZeros().scale() > 2)) {
            return com.aftersales.problem.Text.of("parameter.notMoney", name, value, expected());
        }
        if (min != null && d.compareTo(min) < 0) {
            return com.aftersales.problem.Text.of("parameter.belowMin", name, value, min.toPlainString(), expected());
        }
        if (max != null && d.compareTo(max) > 0) {
            return com.aftersales.problem.Text.of("parameter.aboveMax", name, value, max.toPlainString(), expected());
        }
        return null;
    }

    /** “A”、“B”或“C”: the choices as a Chinese text quotes them. */
    private static String orZh(List<String> values) {
        List<String> q = values.stream().map(v -> "“" + v + "”").toList();
        return q.size() == 1 ? q.get(0) : String.join("、", q.subList(0, q.size() - 1)) + "或" + q.get(q.size() - 1);
    }

    private static String or(List<String> values) {
        return values.size() == 1 ? values.get(0)
                : String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
    }

    private static Type typeOf(String name) {
        for (Type t : Type.values()) {
            if (t != Type.CHOICE && t != Type.SUBSET && t.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
                return t;
            }
        }
        return null;
    }

    private static List<String> list(Object yaml) {
        if (yaml == null) {
            return null;
        }
        if (yaml instanceof List<?> l) {
            return l.stream().map(String::valueOf).map(String::trim).toList();
        }
        return List.of(String.valueOf(yaml).trim());
    }

    private static BigDecimal number(Object yaml, String key, List<String> problems) {
        if (yaml == null) {
            return null;
        }
        try {
            return new BigDecimal(String.valueOf(yaml).trim());
        } catch (NumberFormatException e) {
            problems.add(key + " " + yaml + " is not a number");
            return null;
        }
    }
}
