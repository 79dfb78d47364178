package com.aftersales.policy.scenario;

import com.aftersales.problem.ApiError;
import java.util.List;

/** The outcome of one scenario: passed, or the located differences between expected and scored. */
public record ScenarioResult(String scenario, String title, boolean passed, List<ApiError> failures) {
}
