package com.aftersales.record;

import com.aftersales.facts.input.Params;
import com.aftersales.problem.ApiError;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One kind of input record (punch, shift, leave, incident, ...): its JSON shape, its id, whom it
 * concerns, and the checks beyond Bean Validation. Each feature declares its kinds as CDI beans;
 * the importer and the month loader find them.
 *
 * @param <T> the record's JSON shape, a Java record with Bean Validation annotations
 */
public interface RecordType<T> {

    /** The kind, as stored and as {@code RecordRef.type} ("punch", "leave", "workOrder", ...). */
    String name();

    Class<T> javaType();

    /**
     * The last segment of the kind's bulk endpoint, {@code POST /api/<path>} (API.md), which also names
     * its sample file ({@code sample/<path>.json} or {@code .csv}): by default the plural of the name in
     * kebab-case (punch → punches, workOrder → work-orders, delivery → deliveries). A kind whose path
     * is not that plural overrides it (leave → leave).
     */
    default String path() {
        String kebab = name().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        if (kebab.matches(".*(s|x|z|ch|sh)")) {
            return kebab + "es";
        }
        if (kebab.matches(".*[^aeiou]y")) {
            return kebab.substring(0, kebab.length() - 1) + "ies";
        }
        return kebab + "s";
    }

    String id(T record);

    /** The employees the record concerns and over which dates. */
    List<Party> parties(T record);

    /**
     * The branches a record concerns besides its parties' (a branch's sales volume names its branch): a clerk
     * posts only records of their own branches.
     */
    default List<String> branches(T record) {
        return List.of();
    }

    /**
     * Cross-field checks of one record (end after start, ...). Report each problem with a pointer
     * relative to the record, e.g. {@code "/end"}.
     */
    default void check(T record, Consumer<ApiError> problems) {
    }

    /**
     * Rewrites a record as read (JSON, or a CSV/XLSX row as JSON) before it is mapped to {@link #javaType()}: what a
     * kind accepts in more than one form (a leave's date-time start is its date and its part-day start time).
     * Report each problem with a pointer relative to the record, e.g. {@code "/start"}.
     */
    default void normalize(com.fasterxml.jackson.databind.node.ObjectNode record, Consumer<ApiError> problems) {
    }

    /**
     * The first day of this kind's records a month loads, given the first day of the usual margin and the
     * parameters of a rule book in force in the period; a kind whose rules count over a longer time
     * (leave: annual leave per calendar year; media reports: the repeat window) looks back further.
     */
    default LocalDate loadFrom(YearMonth period, LocalDate margin, Params params) {
        return margin;
    }

    /**
     * The record a record of this kind follows, if any: a record that names another record (an after-sales
     * visit names its work order) is loaded into every employee-month the record it names is loaded into,
     * whoever its own parties are, so the rules see both together (the installers of an order see its visits).
     */
    default Optional<Follows<T>> follows() {
        return Optional.empty();
    }

    /**
     * What a kind follows: the kind of the record named, the JSON field that names it (a plain field name,
     * read by the month loader from the stored document), and the id a record names, or null when it names
     * none (e.g. a visit that is not about a work order).
     */
    record Follows<T>(String kind, String field, java.util.function.Function<T, String> idOf) {
        public Follows {
            if (!field.matches("[A-Za-z][A-Za-z0-9]*")) {
                throw new IllegalArgumentException("not a plain field name: " + field);
            }
        }
    }

    /**
     * Checks against stored data (the employee exists, the order exists). {@code at} gives the
     * location prefix of each record in the request.
     */
    default void checkReferences(List<T> records, List<String> at, References refs, Consumer<ApiError> problems) {
    }
}
