package com.aftersales.policy;

import com.aftersales.problem.ApiError;
import java.util.List;

/** A revision that does not compile, with every error located at its file line or sheet cell. */
public class RuleCompileException extends RuntimeException {

    private final transient List<ApiError> errors;

    public RuleCompileException(String message, List<ApiError> errors) {
        super(message + ": " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<ApiError> errors() {
        return errors;
    }
}
