package com.aftersales.bench;

import com.aftersales.bench.GeneratedCompany.Branch;
import com.aftersales.bench.GeneratedCompany.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a generated company as the files the import endpoints take, laid out as the sample company of
 * {@code src/main/resources/sample}: {@code branches.json}, {@code employees.json}, {@code wages.json}, and per
 * record kind {@code <path>.csv} (punches, shifts, work orders, as the clock and the ERP export them) or
 * {@code <path>.json}. A kind of more than {@link #PART} rows is split into {@code <path>-001.csv}, ... so
 * that every file stays under the 10 MiB a request may carry.
 */
public final class CompanyFiles {

    static final int PART = 40_000;
    private static final Set<String> CSV_KINDS = Set.of("punch", "shift", "workOrder");

    private final ObjectMapper json;
    /** For the CSV cells: decimals exactly as the records hold them (a plain tree would write 90 as 9E+1). */
    private final ObjectMapper exact;

    public CompanyFiles(ObjectMapper json) {
        this.json = json;
        this.exact = json.copy().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    }

    /** Writes the files into {@code dir} and answers their names, in the order to import them. */
    public List<String> write(Path dir, GeneratedCompany company) throws IOException {
        Files.createDirectories(dir);
        List<String> names = new ArrayList<>();
        List<Map<String, Object>> branches = new ArrayList<>();
        for (Branch b : company.branches()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("branchId", b.branchId());
            m.putAll(json.convertValue(b.body(), Map.class));
            branches.add(m);
        }
        names.add(writeJson(dir, "branches.json", branches));
        names.add(writeJson(dir, "employees.json", company.employees()));
        Map<String, Object> wages = new LinkedHashMap<>();
        company.wages().forEach((period, list) -> wages.put(period.toString(), list));
        names.add(writeJson(dir, "wages.json", wages));
        for (Kind<?> kind : company.records()) {
            List<?> rows = kind.rows();
            boolean csv = CSV_KINDS.contains(kind.type().name());
            for (int from = 0, part = 1; from < rows.size(); from += PART, part++) {
                List<?> slice = rows.subList(from, Math.min(rows.size(), from + PART));
                String name = kind.type().path() + (rows.size() > PART ? String.format("-%03d", part) : "")
                        + (csv ? ".csv" : ".json");
                names.add(csv ? writeCsv(dir, name, kind.type().javaType(), slice) : writeJson(dir, name, slice));
            }
        }
        return names;
    }

    private String writeJson(Path dir, String name, Object value) throws IOException {
        Files.writeString(dir.resolve(name), json.writerWithDefaultPrettyPrinter().writeValueAsString(value),
                StandardCharsets.UTF_8);
        return name;
    }

    /** One column per JSON field (nested objects as dotted names, lists joined by '|', as BulkReader reads them). */
    private String writeCsv(Path dir, String name, Class<?> type, List<?> rows) throws IOException {
        List<Map<String, String>> flat = rows.stream().map(r -> flatten(exact.valueToTree(r))).toList();
        Set<String> header = new LinkedHashSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String field = c.getName();
            flat.forEach(m -> m.keySet().stream().filter(k -> k.equals(field) || k.startsWith(field + "."))
                    .forEach(header::add));
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
            p.printRecord(header);
            for (Map<String, String> m : flat) {
                p.printRecord(header.stream().map(h -> m.getOrDefault(h, "")).toList());
            }
        }
        Files.writeString(dir.resolve(name), out.toString(), StandardCharsets.UTF_8);
        return name;
    }

    private static Map<String, String> flatten(ObjectNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> put(out, e.getKey(), e.getValue()));
        return out;
    }

    private static void put(Map<String, String> out, String key, JsonNode value) {
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isObject()) {
            value.fields().forEachRemaining(e -> put(out, key + "." + e.getKey(), e.getValue()));
        } else if (value.isArray()) {
            out.put(key, String.join("|", StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText)
                    .toList()));
        } else if (value.isBigDecimal()) {
            out.put(key, value.decimalValue().toPlainString());
        } else {
            out.put(key, value.asText());
        }
    }
}
