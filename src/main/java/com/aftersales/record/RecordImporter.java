package com.aftersales.record;

import com.aftersales.problem.ApiError;
import com.aftersales.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Validates and stores a bulk request of one record kind, all or nothing: every bad row is listed
 * with its location, and nothing is stored unless every row is good. Upserts are idempotent by id;
 * identical content changes nothing.
 */
@ApplicationScoped
public class RecordImporter {

    public static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    private final RecordStore store;
    private final ObjectMapper json;
    private final Validator validator;
    private final BulkReader reader;

    public RecordImporter(RecordStore store, ObjectMapper json, Validator validator) {
        this.store = store;
        this.json = json;
        this.validator = validator;
        this.reader = new BulkReader(json);
    }

    @Transactional
    public <T> ImportSummary importBody(RecordType<T> type, byte[] body, String contentType) {
        if (body.length > MAX_BODY_BYTES) {
            throw ProblemException.tooLarge("a request body is at most 10 MiB");
        }
        BulkReader.Result<T> read = reader.read(body, contentType, type.javaType());
        List<ApiError> errors = new ArrayList<>(read.errors());
        List<T> records = new ArrayList<>();
        List<String> at = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        boolean csv = contentType != null && contentType.toLowerCase().startsWith("text/csv");
        for (BulkReader.Row<T> row : read.rows()) {
            int before = errors.size();
            for (ConstraintViolation<T> v : validator.validate(row.value())) {
                errors.add(new ApiError(locate(row.location(), v.getPropertyPath().toString(), csv), v.getMessage()));
            }
            if (errors.size() > before) {
                continue; // the kind's cross-field checks rely on the required fields being there
            }
            type.check(row.value(), e -> errors.add(new ApiError(locate(row.location(),
                    e.location().replaceFirst("^/", "").replace('/', '.'), csv), e.message())));
            if (errors.size() > before) {
                continue;
            }
            String id = type.id(row.value());
            if (!ID.matcher(id).matches()) {
                errors.add(new ApiError(locate(row.location(), "id", csv), "an id is 1–64 letters, digits or -_.:"));
                continue;
            }
            String first = seen.putIfAbsent(id, row.location());
            if (first != null) {
                errors.add(new ApiError(row.location(), "id " + id + " appears twice in the request (also at " + first + ")"));
                continue;
            }
            records.add(row.value());
            at.add(row.location());
        }
        if (records.isEmpty() && errors.isEmpty()) {
            throw ProblemException.badRequest("/", "the request holds no records");
        }
        type.checkReferences(records, at, store, errors::add);
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(ApiError::location, BulkLocations.ORDER));
            throw ProblemException.badRequest(errors.size() + " problem(s) in the " + type.name()
                    + " records; nothing was stored", errors);
        }
        return store(type, records);
    }

    private <T> ImportSummary store(RecordType<T> type, List<T> records) {
        Map<String, String> existing = store.hashes(type.name(), records.stream().map(type::id).toList());
        List<RecordStore.Stored> changed = new ArrayList<>();
        int created = 0;
        int updated = 0;
        for (T r : records) {
            RecordStore.Stored row = canonical(type, r, json);
            String old = existing.get(row.id());
            if (row.sha256().equals(old)) {
                continue;
            }
            if (old == null) {
                created++;
            } else {
                updated++;
            }
            changed.add(row);
        }
        changed.sort(Comparator.comparing(RecordStore.Stored::id));
        store.upsert(changed);
        return new ImportSummary(type.name(), records.size(), created, updated, records.size() - created - updated);
    }

    /**
     * The row an import stores for a valid record: its canonical JSON (written by {@code json}, the service's
     * mapper), the hash of that JSON, and its parties. Public so that generated data (benchmarks) is stored
     * exactly as an import would store it.
     */
    public static <T> RecordStore.Stored canonical(RecordType<T> type, T record, ObjectMapper json) {
        String payload;
        try {
            payload = json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String sha = DigestUtils.sha256Hex(payload.getBytes(StandardCharsets.UTF_8));
        return new RecordStore.Stored(type.name(), type.id(record), payload, sha, type.parties(record));
    }

    /** "/3" + "clockIn" -> "/3/clockIn"; "row 4" + "at" -> "row 4, column at". */
    private static String locate(String row, String field, boolean csv) {
        if (field == null || field.isEmpty()) {
            return row;
        }
        String f = field.replaceAll("\\[(\\d+)]", ".$1").replaceAll("\\.<[^>]+>", "");
        return csv ? row + ", column " + f : row + "/" + f.replace('.', '/');
    }
}
