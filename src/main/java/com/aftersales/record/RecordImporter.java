package com.aftersales.record;

import com.aftersales.access.Access;
import com.aftersales.audit.AuditTrail;
import com.aftersales.period.Periods;
import com.aftersales.problem.ApiError;
import com.aftersales.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import com.aftersales.problem.Languages;
import com.aftersales.problem.Text;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
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
    private final ValidatorFactory validators;
    private final BulkReader reader;

    private final Access access;
    private final AuditTrail audit;
    private final Periods periods;

    public RecordImporter(RecordStore store, ObjectMapper json, ValidatorFactory validators, Access access,
            AuditTrail audit, Periods periods) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.periods = periods;
        this.json = json;
        this.validators = validators;
        this.reader = new BulkReader(json);
    }

    @Transactional
    public <T> ImportSummary importBody(RecordType<T> type, byte[] body, String contentType) {
        return importBody(type, body, contentType, Languages.defaultLocale());
    }

    /**
     * Reads, validates and stores a bulk request; the messages of Bean Validation are interpolated in
     * {@code locale} (the others are bundle texts, rendered by the problem writer in the reader's language).
     */
    @Transactional
    public <T> ImportSummary importBody(RecordType<T> type, byte[] body, String contentType, Locale locale) {
        if (body.length > MAX_BODY_BYTES) {
            throw ProblemException.tooLarge(Text.of("input.tooLarge"), List.of());
        }
        return store(type, validate(type, reader.read(body, contentType, type), locale));
    }

    /** The valid records of a read request, or a 400 listing every problem with its location. */
    public <T> List<T> validate(RecordType<T> type, BulkReader.Result<T> read, Locale locale) {
        List<ApiError> errors = new ArrayList<>(read.errors());
        List<T> records = new ArrayList<>();
        List<String> at = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Map<String, Map<String, String>> columnsAt = new HashMap<>();
        Validator localized = validator(locale);
        for (BulkReader.Row<T> row : read.rows()) {
            int before = errors.size();
            if (row.columns() != null) {
                columnsAt.put(row.location(), row.columns());
            }
            for (ConstraintViolation<T> v : localized.validate(row.value())) {
                errors.add(new ApiError(BulkReader.locate(row.location(), pointer(v.getPropertyPath().toString()),
                        row.columns()), v.getMessage()));
            }
            if (errors.size() > before) {
                continue; // the kind's cross-field checks rely on the required fields being there
            }
            type.check(row.value(), e -> errors.add(e.at(BulkReader.locate(row.location(), e.location(), row.columns()))));
            if (errors.size() > before) {
                continue;
            }
            String id = type.id(row.value());
            if (!ID.matcher(id).matches()) {
                errors.add(ApiError.of(BulkReader.locate(row.location(), "/id", row.columns()), "input.id"));
                continue;
            }
            String first = seen.putIfAbsent(id, row.location());
            if (first != null) {
                errors.add(ApiError.of(row.location(), "input.duplicateId", id, first));
                continue;
            }
            records.add(row.value());
            at.add(row.location());
        }
        if (records.isEmpty() && errors.isEmpty()) {
            throw ProblemException.badRequest(ApiError.of("/", "input.noRecords"));
        }
        type.checkReferences(records, at, store, errors::add);
        if (!errors.isEmpty()) {
            List<ApiError> located = new ArrayList<>(errors.size());
            for (ApiError e : errors) {
                located.add(relabel(e, columnsAt));
            }
            located.sort(Comparator.comparing(ApiError::location, BulkLocations.ORDER));
            throw ProblemException.badRequest(Text.of("input.invalidRecords", located.size(),
                    Text.of("kind." + type.name())), located);
        }
        checkBranches(type, records, at);
        checkOpen(type, records, at);
        return records;
    }

    /**
     * A clerk posts the records of their own branches only: every record whose employees (or named branch) are of
     * another branch is listed, and nothing is stored (403). HR and integrations post for every branch.
     */
    private <T> void checkBranches(RecordType<T> type, List<T> records, List<String> at) {
        if (access.writesAllBranches()) {
            return;
        }
        Set<String> own = access.branches();
        Set<String> employees = new HashSet<>();
        records.forEach(r -> type.parties(r).forEach(p -> employees.add(p.employeeId())));
        Map<String, String> branchOf = store.branchesOf(employees);
        List<ApiError> refused = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            T r = records.get(i);
            Set<String> branches = new TreeSet<>(type.branches(r));
            type.parties(r).forEach(p -> branches.add(branchOf.getOrDefault(p.employeeId(), "?")));
            branches.removeAll(own);
            if (!branches.isEmpty() || (type.parties(r).isEmpty() && type.branches(r).isEmpty())) {
                refused.add(ApiError.of(at.get(i), "refusal.otherBranch", type.id(r), branches, own));
            }
        }
        if (!refused.isEmpty()) {
            throw ProblemException.forbidden(Text.of("refusal.otherBranches", refused.size(), own), refused);
        }
    }

    /**
     * A record dated in a closed period is refused (409 naming the period and the row): HR reopens it first. Only
     * rows whose content would change count, so re-sending what is stored changes nothing and is no conflict.
     */
    private <T> void checkOpen(RecordType<T> type, List<T> records, List<String> at) {
        Set<YearMonth> months = new TreeSet<>();
        for (T r : records) {
            for (Party p : type.parties(r)) {
                for (YearMonth m = YearMonth.from(p.from()); !m.isAfter(YearMonth.from(p.to())); m = m.plusMonths(1)) {
                    months.add(m);
                }
            }
        }
        Set<YearMonth> closed = periods.closedAmong(months);
        if (closed.isEmpty()) {
            return;
        }
        Map<String, String> existing = store.hashes(type.name(), records.stream().map(type::id).toList());
        List<ApiError> refused = new ArrayList<>();
        Set<YearMonth> named = new TreeSet<>();
        for (int i = 0; i < records.size(); i++) {
            T r = records.get(i);
            if (canonical(type, r, json).sha256().equals(existing.get(type.id(r)))) {
                continue;
            }
            Set<YearMonth> in = new TreeSet<>();
            for (Party p : type.parties(r)) {
                closed.stream().filter(m -> !m.atDay(1).isAfter(p.to()) && !m.atEndOfMonth().isBefore(p.from()))
                        .forEach(in::add);
            }
            if (!in.isEmpty()) {
                named.addAll(in);
                refused.add(ApiError.of(at.get(i), "refusal.closedPeriod", type.id(r), in.iterator().next()));
            }
        }
        if (!refused.isEmpty()) {
            throw ProblemException.conflict(Text.of("refusal.closedPeriods", named.stream().map(YearMonth::toString)
                    .collect(java.util.stream.Collectors.joining(", ")), refused.size()), refused);
        }
    }


    /** "row 4, column employeeId" as the sheet names the column ("row 4, column 工号"). */
    private static ApiError relabel(ApiError e, Map<String, Map<String, String>> columnsAt) {
        int comma = e.location().indexOf(", column ");
        if (comma < 0) {
            return e;
        }
        Map<String, String> columns = columnsAt.get(e.location().substring(0, comma));
        if (columns == null) {
            return e;
        }
        String field = e.location().substring(comma + ", column ".length());
        String header = columns.get(field);
        return header == null || header.equals(field) ? e : e.at(e.location().substring(0, comma) + ", column " + header);
    }

    private Validator validator(Locale locale) {
        MessageInterpolator base = validators.getMessageInterpolator();
        Locale hv = Languages.chinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.US; // quarkus.locales
        return validators.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return base.interpolate(template, context, hv);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return base.interpolate(template, context, hv);
            }
        }).getValidator();
    }

    /** "itemRatings[SATISFACTION].<map value>" -> "/itemRatings/SATISFACTION". */
    private static String pointer(String path) {
        if (path == null || path.isEmpty()) {
            return "";
        }
        String f = path.replaceAll("\\[([^\\]]*)]", ".$1").replaceAll("\\.<[^>]+>", "");
        return "/" + f.replace('.', '/');
    }

    /** Stores valid records (upsert by id; identical content is not rewritten). */
    public <T> ImportSummary store(RecordType<T> type, List<T> records) {
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
        List<AuditTrail.Change> log = new ArrayList<>(changed.size());
        for (RecordStore.Stored row : changed) {
            String old = existing.get(row.id());
            LocalDate from = row.parties().stream().map(Party::from).min(Comparator.naturalOrder()).orElse(null);
            LocalDate to = row.parties().stream().map(Party::to).max(Comparator.naturalOrder()).orElse(null);
            log.add(AuditTrail.Change.of(old == null ? "CREATED" : "UPDATED", "record", row.kind() + ":" + row.id(), old,
                    row.sha256()).concerning(row.parties().stream().map(Party::employeeId).distinct().sorted().toList(),
                    from, to));
        }
        audit.record(log);
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

}
