package com.aftersales.record;

import com.aftersales.web.ApiError;
import java.util.List;
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

    String id(T record);

    /** The employees the record concerns and over which dates. */
    List<Party> parties(T record);

    /**
     * Cross-field checks of one record (end after start, ...). Report each problem with a pointer
     * relative to the record, e.g. {@code "/end"}.
     */
    default void check(T record, Consumer<ApiError> problems) {
    }

    /**
     * Checks against stored data (the employee exists, the order exists). {@code at} gives the
     * location prefix of each record in the request.
     */
    default void checkReferences(List<T> records, List<String> at, References refs, Consumer<ApiError> problems) {
    }
}
