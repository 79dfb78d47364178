package com.aftersales.policy.admin;

import com.aftersales.problem.ApiError;
import com.aftersales.problem.ProblemException;
import java.util.List;
import java.util.Map;

/** A revision that failed validation: 422 with every located error and, beside them, the whole report. */
public class RefusedUpload extends ProblemException {

    public RefusedUpload(List<ApiError> errors, Map<String, Object> report) {
        this(errors, report, com.aftersales.problem.Text.of("upload.refused", errors.size()));
    }

    private RefusedUpload(List<ApiError> errors, Map<String, Object> report, com.aftersales.problem.Text detail) {
        super(422, "Policy revision failed validation", detail.en(), detail, errors, Map.of("report", report));
    }
}
