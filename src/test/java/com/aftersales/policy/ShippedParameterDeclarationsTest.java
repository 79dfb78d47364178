package com.aftersales.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.rules.RuleHarness;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every shipped revision's policy.yaml declares exactly the parameters its Parameters sheets hold, so
 * an admin's value is always checked against what the rules implement and no declaration is stale.
 */
class ShippedParameterDeclarationsTest {

    @Test
    void everyShippedManifestDeclaresExactlyTheParametersOfItsSheets() {
        int checked = 0;
        for (Map.Entry<String, List<RevisionFolders.Folder>> p : RevisionFolders.read(RuleHarness.RULES).entrySet()) {
            for (RevisionFolders.Folder f : p.getValue()) {
                Set<String> rows = DataSheets.read(f.files()).parameterCells().stream()
                        .map(DataSheets.ParameterCell::name).collect(Collectors.toSet());
                assertThat(f.manifest().parameters()).as(f.path() + "/policy.yaml has a parameters section").isNotNull();
                assertThat(f.manifest().parameters().keySet()).as(f.path().toString())
                        .containsExactlyInAnyOrderElementsOf(rows);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }
}
