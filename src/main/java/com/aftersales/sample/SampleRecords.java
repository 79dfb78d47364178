package com.aftersales.sample;

import com.aftersales.record.ImportSummary;
import com.aftersales.record.RecordImporter;
import com.aftersales.record.RecordType;
import com.aftersales.problem.ProblemException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Posts the sample records of every record kind: {@code sample/<path>.json} and {@code sample/<path>.csv}
 * where {@code path} is the kind's endpoint under /api ({@link RecordType#path()}), through the same
 * importer as the endpoint. A file refused for a reference to another kind is tried again after the
 * others, until no file is left or none gets in.
 */
final class SampleRecords {

    /** One sample file of one kind. */
    private record File(RecordType<?> type, String name, byte[] body, String contentType) {
    }

    private final RecordImporter importer;
    private final Map<String, Integer> loaded = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    SampleRecords(RecordImporter importer) {
        this.importer = importer;
    }

    /** Records received per sample file. */
    Map<String, Integer> loaded() {
        return loaded;
    }

    /** The files that could not be loaded, with the reasons. */
    List<String> problems() {
        return problems;
    }

    SampleRecords load(List<RecordType<?>> types) {
        List<File> pending = new ArrayList<>();
        types.stream().sorted(Comparator.comparing(RecordType::path)).forEach(t -> {
            SampleFiles.read(t.path() + ".json").ifPresent(b -> pending.add(new File(t, t.path() + ".json", b,
                    "application/json")));
            SampleFiles.read(t.path() + ".csv").ifPresent(b -> pending.add(new File(t, t.path() + ".csv", b,
                    "text/csv; charset=UTF-8")));
        });
        Map<String, ProblemException> refused = new LinkedHashMap<>();
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (File f : List.copyOf(pending)) {
                try {
                    ImportSummary s = importer.importBody(f.type(), f.body(), f.contentType());
                    loaded.put(f.name(), s.received());
                    pending.remove(f);
                    refused.remove(f.name());
                    progress = true;
                } catch (ProblemException e) {
                    refused.put(f.name(), e);
                }
            }
        }
        refused.forEach((name, e) -> problems.add(SampleFiles.FOLDER + name + ": " + e.getMessage() + " "
                + e.errors().stream().limit(5).map(x -> x.location() + " " + x.message())
                        .collect(Collectors.joining("; "))));
        return this;
    }
}
