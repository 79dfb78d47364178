package com.aftersales.explain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Chinese and English labels of the values rules record ({@code explain/labels.csv}). */
final class ValueLabels {

    /** A label in both languages. */
    record Label(String zh, String en) {
    }

    private static final Map<String, Label> LABELS = load();

    private ValueLabels() {
    }

    static Label of(String name) {
        return LABELS.getOrDefault(name, new Label(name, name));
    }

    private static Map<String, Label> load() {
        Map<String, Label> out = new HashMap<>();
        try (InputStream in = ValueLabels.class.getResourceAsStream("/explain/labels.csv")) {
            if (in == null) {
                return out;
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(true).get();
            for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                out.put(r.get("name"), new Label(r.get("zh"), r.get("en")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
