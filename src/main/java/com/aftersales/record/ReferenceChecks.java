package com.aftersales.record;

import com.aftersales.problem.ApiError;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/** Common reference checks for record types: the employees or records a row names must exist. */
public final class ReferenceChecks {

    private ReferenceChecks() {
    }

    /** The location of a field of a row: "/3/employeeId" in JSON, "row 4, column employeeId" in CSV. */
    public static String field(String row, String field) {
        return row.startsWith("row ") ? row + ", column " + field : row + "/" + field.replace('.', '/');
    }

    /** Every employee id that {@code ids} gives for a row must exist. */
    public static <T> void employeesExist(List<T> records, List<String> at, Function<T, Collection<String>> ids,
            String field, References refs, Consumer<ApiError> problems) {
        Set<String> wanted = new TreeSet<>();
        records.forEach(r -> wanted.addAll(ids.apply(r)));
        Set<String> known = refs.existingEmployees(wanted);
        for (int i = 0; i < records.size(); i++) {
            for (String id : ids.apply(records.get(i))) {
                if (id != null && !known.contains(id)) {
                    problems.accept(ApiError.of(field(at.get(i), field), "clock.unknownEmployee", id));
                }
            }
        }
    }

    /** Every record id of {@code kind} that {@code ids} gives must exist, stored or in the same request. */
    public static <T> void recordsExist(List<T> records, List<String> at, Function<T, Collection<String>> ids,
            String kind, Set<String> inRequest, String field, References refs, Consumer<ApiError> problems) {
        Set<String> wanted = new TreeSet<>();
        records.forEach(r -> wanted.addAll(ids.apply(r)));
        wanted.removeAll(inRequest);
        Set<String> known = refs.existingRecords(kind, wanted);
        for (int i = 0; i < records.size(); i++) {
            for (String id : ids.apply(records.get(i))) {
                if (id != null && !known.contains(id) && !inRequest.contains(id)) {
                    problems.accept(ApiError.of(field(at.get(i), field), "input.unknownRef", com.aftersales.problem.Text.of("kind." + kind), id));
                }
            }
        }
    }
}
