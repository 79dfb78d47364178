package com.aftersales.policy.admin;

import com.aftersales.problem.ApiError;
import com.aftersales.problem.ProblemException;
import java.util.List;
import java.util.Map;

/** A revision that failed validation: 422 with every located error and, beside them, the whole report. */
public class RefusedUpload extends ProblemException {

    public RefusedUpload(List<ApiError> errors, Map<String, Object> report) {
        super(422, "Policy revision failed validation", errors.size() + " problem(s) found; nothing was stored and "
                + "the revision in force is unchanged", errors, Map.of("report", report));
    }
}
