package com.aftersales.policy.validation;

import com.aftersales.policy.DataSheets;
import com.aftersales.policy.PolicyManifest;
import com.aftersales.policy.RevisionFiles;
import com.aftersales.policy.RevisionFolders;
import com.aftersales.problem.ApiError;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Checks the rows of a revision's Parameters sheets against the {@code parameters} its policy.yaml
 * declares: each row is declared and its value is one the rules implement (or of the declared type),
 * and each declared parameter has a row. Without a {@code parameters} section nothing is checked and
 * the report warns.
 */
public final class ParameterChecks {

    private ParameterChecks() {
    }

    /** Adds the errors and warnings of {@code files}' parameters. */
    public static void check(RevisionFiles files, List<ApiError> errors, List<ApiError> warnings) {
        byte[] yaml = files.files().get(PolicyManifest.FILE_NAME);
        List<DataSheets.ParameterCell> cells = DataSheets.read(files).parameterCells();
        PolicyManifest manifest;
        try {
            manifest = yaml == null ? null : RevisionFolders.manifest(yaml);
        } catch (IllegalArgumentException e) {
            return; // an unreadable manifest is an error of its own
        }
        if (manifest == null || manifest.parameters() == null) {
            if (!cells.isEmpty()) {
                warnings.add(ApiError.of(PolicyManifest.FILE_NAME, "parameter.noSection",
                        String.join(", ", cells.stream().map(DataSheets.ParameterCell::name).toList()),
                        String.join("、", cells.stream().map(c -> "“" + c.name() + "”").toList())));
            }
            return;
        }
        String text = new String(yaml, StandardCharsets.UTF_8);
        Map<String, ParameterDeclaration> declared = new LinkedHashMap<>();
        manifest.parameters().forEach((name, spec) -> {
            ParameterDeclaration d = ParameterDeclaration.parse(name, spec, lineOf(text, name), errors);
            if (d != null) {
                declared.put(name, d);
            }
        });
        Map<String, DataSheets.ParameterCell> rows = new LinkedHashMap<>();
        for (DataSheets.ParameterCell c : cells) {
            DataSheets.ParameterCell before = rows.putIfAbsent(c.name(), c);
            if (before != null) {
                if (!before.sheet().equals(c.sheet())) { // twice in one sheet: the catalogue check reports it
                    errors.add(ApiError.of(c.nameAt(), "parameter.twice", c.name(), before.nameAt()));
                }
            } else if (!manifest.parameters().containsKey(c.name())) {
                List<String> absent = manifest.parameters().keySet().stream()
                        .filter(n -> cells.stream().noneMatch(x -> x.name().equals(n))).toList();
                String near = nearest(c.name(), absent);
                errors.add(ApiError.of(c.nameAt(), "parameter.unknown", c.name(),
                        near == null ? "" : com.aftersales.problem.Text.of("parameter.didYouMean", near)));
            } else if (declared.containsKey(c.name()) && !c.value().isEmpty()) {
                com.aftersales.problem.Text problem = declared.get(c.name()).problem(c.value());
                if (problem != null) {
                    errors.add(ApiError.of(c.valueAt(), problem));
                }
            }
        }
        declared.values().stream().filter(d -> !rows.containsKey(d.name())).forEach(d -> errors.add(ApiError.of(
                lineOf(text, d.name()), "parameter.noRow", d.name(), d.expected())));
    }

    /** The declaration's line, {@code policy.yaml:14}, or the file when it cannot be found. */
    private static String lineOf(String yaml, String name) {
        Matcher m = Pattern.compile("(?m)^\\s+" + Pattern.quote(name) + "\\s*:").matcher(yaml);
        return m.find() ? PolicyManifest.FILE_NAME + ":" + CellChecks.lineOf(yaml, m.start())
                : PolicyManifest.FILE_NAME;
    }

    /** The candidate {@code value} was probably meant as: same letters ignoring case, or at most two typos. */
    static String nearest(String value, Collection<String> candidates) {
        String v = value.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        LevenshteinDistance twoTyposAtMost = new LevenshteinDistance(2);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = twoTyposAtMost.apply(v, c.toUpperCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }
}
