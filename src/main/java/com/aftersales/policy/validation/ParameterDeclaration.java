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
    String problem(String value) {
        return switch (type) {
            case CHOICE -> choiceProblem(value);
            case SUBSET -> subsetProblem(value);
            case BOOLEAN -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? null
                    : name + " is \"" + value + "\": write true or false";
            default -> numberProblem(value);
        };
    }

    /** What a value must be, e.g. "one of CALENDAR or HOURS", "a whole number from 1". */
    String expected() {
        String range = (min == null ? "" : " from " + min.toPlainString())
                + (max == null ? "" : " up to " + max.toPlainString());
        return switch (type) {
            case CHOICE -> choices.size() == 1 ? choices.get(0) : "one of " + or(choices);
            case SUBSET -> "some of " + String.join(", ", choices) + ", separated by |";
            case BOOLEAN -> "true or false";
            case INTEGER -> "a whole number" + range;
            case DECIMAL -> "a number" + range;
            case MONEY -> "an amount in yuan with at most two decimals" + range;
        };
    }

    private String choiceProblem(String value) {
        if (choices.contains(value)) {
            return null;
        }
        String only = name + " is " + value + ", but the rules of this revision implement only " + or(choices);
        if (unavailable.contains(value)) {
            return only + " (" + value + " is a RULES.md §10 alternative not available in this revision: it needs "
                    + "a revision whose rules implement it)";
        }
        String near = ParameterChecks.nearest(value, choices);
        return only + (near != null ? ": did you mean " + near + "?" : ": write " + expected());
    }

    private String subsetProblem(String value) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String part : value.split("\\|", -1)) {
            String v = part.trim();
            if (v.isEmpty()) {
                return name + " is \"" + value + "\", with an empty item: write " + expected();
            }
            if (!choices.contains(v)) {
                String near = ParameterChecks.nearest(v, choices);
                return name + " holds " + v + ", which is not one of " + or(choices)
                        + (near != null ? ": did you mean " + near + "?" : "");
            }
            if (!seen.add(v)) {
                return name + " holds " + v + " twice";
            }
        }
        return null;
    }

    private String numberProblem(String value) {
        BigDecimal d;
        try {
            d = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return name + " is \"" + value + "\", not a number: write " + expected() + " in figures";
        }
        if (type == Type.INTEGER && (d.stripTrailingZeros().scale() > 0
                || d.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0)) {
            return name + " is " + value + ", not a whole number: write " + expected();
        }
        if (type == Type.MONEY && (d.signum() < 0 || d.stripTrailingZeros().scale() > 2)) {
            return name + " is " + value + ": write " + expected();
        }
        if (min != null && d.compareTo(min) < 0) {
            return name + " is " + value + ", below its minimum " + min.toPlainString() + ": write " + expected();
        }
        if (max != null && d.compareTo(max) > 0) {
            return name + " is " + value + ", above its maximum " + max.toPlainString() + ": write " + expected();
        }
        return null;
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
