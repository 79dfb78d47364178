package com.aftersales.policy.validation;

import com.aftersales.policy.RevisionFiles;
import com.aftersales.problem.ApiError;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What changed against the revision an upload is based on, as facts and warnings for the report. */
final class Changes {

    private Changes() {
    }

    static void warn(RevisionFiles base, RevisionFiles files, Catalogues catalogue, List<ApiError> warnings,
            Map<String, Object> facts) {
        List<String> changed = files.files().keySet().stream()
                .filter(n -> !base.files().containsKey(n) || !Arrays.equals(base.files().get(n), files.files().get(n)))
                .toList();
        List<String> same = files.files().keySet().stream().filter(n -> !changed.contains(n)).toList();
        facts.put("changedFiles", changed);
        facts.put("unchangedFiles", same);
        base.files().keySet().stream().filter(n -> !files.files().containsKey(n)).forEach(n ->
                warnings.add(ApiError.of(n, "changes.fileGone", n)));
        Catalogues before = Catalogues.read(base, new java.util.ArrayList<>());
        Set<String> added = new TreeSet<>(catalogue.ids().keySet());
        added.removeAll(before.ids().keySet());
        Set<String> removed = new TreeSet<>(before.ids().keySet());
        removed.removeAll(catalogue.ids().keySet());
        facts.put("newRuleIds", List.copyOf(added));
        added.forEach(id -> warnings.add(ApiError.of(catalogue.ids().get(id), "changes.newId", id)));
        removed.forEach(id -> warnings.add(ApiError.of(id, "changes.idGone", id)));
        if (changed.isEmpty()) {
            warnings.add(ApiError.of("files", "changes.none"));
        }
    }
}
