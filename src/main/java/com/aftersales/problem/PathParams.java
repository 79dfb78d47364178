package com.aftersales.problem;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Parses path and query parameters strictly, answering 400 with the parameter's name otherwise. */
public final class PathParams {

    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("uuuu-MM")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private PathParams() {
    }

    /** A pay period {@code yyyy-MM}. */
    public static YearMonth period(String value) {
        try {
            if (value == null || !value.matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("bad period", String.valueOf(value), 0);
            }
            return YearMonth.parse(value, PERIOD);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("period", Text.of("param.period", value));
        }
    }

    /** A date {@code yyyy-MM-dd}; {@code name} says which parameter it was. */
    public static LocalDate date(String name, String value) {
        try {
            if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("bad date", String.valueOf(value), 0);
            }
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, Text.of("param.date", name, value));
        }
    }
}
