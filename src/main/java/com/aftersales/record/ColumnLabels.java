package com.aftersales.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The table of column labels of one record kind ({@code labels/<kind>.csv}, documented in docs/api.md): each
 * field's Chinese label, English label and other Chinese names a sheet may use. A CSV or XLSX header names a
 * column by the field's name, its Chinese label, an alias or its English label. Rows whose field is {@code -}
 * name informative columns (the employee's name beside the id) that are read and ignored.
 */
public final class ColumnLabels {

    /** One row of the table. */
    public record Column(String field, String zh, String en, List<String> aliases) {
        public boolean ignored() {
            return "-".equals(field);
        }
    }

    /** What a header cell names: a field, an ignored column, or nothing known (null field, not ignored). */
    public record Resolved(String field, boolean ignored) {
    }

    private static final Map<String, ColumnLabels> BY_KIND = new ConcurrentHashMap<>();

    private final List<Column> columns;
    private final Map<String, Column> byName = new HashMap<>();

    private ColumnLabels(List<Column> columns) {
        this.columns = List.copyOf(columns);
        for (Column c : columns) {
            if (!c.ignored()) {
                byName.put(normal(c.field()), c);
            }
        }
        for (Column c : columns) {
            byName.putIfAbsent(normal(c.zh()), c);
            c.aliases().forEach(a -> byName.putIfAbsent(normal(a), c));
            if (!c.en().isEmpty()) {
                byName.putIfAbsent(normal(c.en()), c);
            }
        }
    }

    /** The table of a kind (empty if the kind has none: then only field names are headers). */
    public static ColumnLabels of(String kind) {
        return BY_KIND.computeIfAbsent(kind, ColumnLabels::load);
    }

    public List<Column> columns() {
        return columns;
    }

    /** The fields of the table, without the ignored columns. */
    public List<Column> fields() {
        return columns.stream().filter(c -> !c.ignored()).toList();
    }

    /** The label of a field in Chinese, the field itself when the table has none. */
    public String zh(String field) {
        Column c = byName.get(normal(field));
        return c == null || c.ignored() ? field : c.zh();
    }

    /** What a header names. */
    public Resolved resolve(String header) {
        Column c = byName.get(normal(header));
        if (c == null) {
            return new Resolved(null, false);
        }
        return c.ignored() ? new Resolved(null, true) : new Resolved(c.field(), false);
    }

    private static String normal(String s) {
        return s.trim().replace('（', '(').replace('）', ')').toLowerCase(Locale.ROOT);
    }

    private static ColumnLabels load(String kind) {
        List<Column> out = new ArrayList<>();
        try (InputStream in = ColumnLabels.class.getResourceAsStream("/labels/" + kind + ".csv")) {
            if (in == null) {
                return new ColumnLabels(out);
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(true).get();
            for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String aliases = r.isSet("aliases") ? r.get("aliases") : "";
                out.add(new Column(r.get("field"), r.get("zh"), r.get("en"),
                        aliases.isBlank() ? List.of() : List.of(aliases.split("\\|"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ColumnLabels(out);
    }
}
