package com.aftersales.policy.validation;

import com.aftersales.problem.ApiError;
import java.util.List;
import java.util.Map;

/**
 * What the validation of a revision found: errors (the revision cannot be used), warnings (it can, but
 * look), facts (files carried over, rules per table, timings), and whether a file was too large.
 */
public record ValidationReport(List<ApiError> errors, List<ApiError> warnings, Map<String, Object> facts,
        boolean tooLarge) {

    public boolean ok() {
        return errors.isEmpty();
    }
}
