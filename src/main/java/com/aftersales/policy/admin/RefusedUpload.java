package com.aftersales.policy.admin;

import com.aftersales.problem.ApiError;
import com.aftersales.problem.ProblemException;
import java.util.List;
import java.util.Map;

/** A revision that failed validation: 422 with every located error and the whole report. */
public class RefusedUpload extends ProblemException {

    private final transient Map<String, Object> report;

    public RefusedUpload(List<ApiError> errors, Map<String, Object> report) {
        super(422, "Policy revision failed validation", errors.size() + " problem(s) found; nothing was stored and "
                + "the revision in force is unchanged", errors);
        this.report = report;
    }

    public Map<String, Object> report() {
        return report;
    }
}
