package com.aftersales.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.policy.validation.RevisionValidator;
import com.aftersales.policy.validation.ValidationReport;
import com.aftersales.rules.RuleHarness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every shipped revision passes the checks an upload of it would meet (units, ranges, catalogue ids,
 * duplicates, compilation, scenario rows), so an admin who downloads a table and uploads it unchanged
 * or with one amount changed is never refused for what was shipped.
 */
class ShippedRevisionsValidateTest {

    @Test
    void everyShippedRevisionValidates() {
        RevisionValidator validator = new RevisionValidator(f -> com.aftersales.policy.scenario.TestSheets.read(f)
                .errors());
        int checked = 0;
        for (Map.Entry<String, List<RevisionFolders.Folder>> p : RevisionFolders.read(RuleHarness.RULES).entrySet()) {
            for (RevisionFolders.Folder f : p.getValue()) {
                ValidationReport r = validator.validate(f.files(), null, f.effectiveFrom());
                assertThat(r.errors()).as(f.path().toString()).isEmpty();
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }
}
