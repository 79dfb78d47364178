package com.aftersales.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every shipped revision's scenarios pass in the running service, with every record kind and deriver. */
@QuarkusTest
class PolicyTestsEndpointTest {

    @Test
    void everyActivePolicyRevisionPassesItsOwnScenarios() {
        List<String> policies = Api.get("/api/policies").statusCode(200).extract().jsonPath()
                .getList("policyId", String.class);
        int scenarios = 0;
        for (String policy : policies) {
            String active = Api.get("/api/policies").extract().jsonPath()
                    .getString("find { it.policyId == '" + policy + "' }.activeRevision");
            if (active == null) {
                continue;
            }
            JsonPath run = Api.get("/api/policies/" + policy + "/revisions/" + active + "/tests").statusCode(200)
                    .extract().jsonPath();
            assertThat(run.getList("errors")).as(policy).isEmpty();
            assertThat(run.getList("results.failures.flatten()")).as(policy).isEmpty();
            assertThat(run.getInt("passed")).as(policy).isEqualTo(run.getInt("total"));
            scenarios += run.getInt("total");
            if (policy.equals("conduct")) {
                assertThat(run.getInt("total")).as("conduct scenarios").isGreaterThanOrEqualTo(2);
            }
        }
        assertThat(scenarios).isGreaterThanOrEqualTo(15);
    }

    @Test
    void anUnknownRevisionIsNotFound() {
        Api.get("/api/policies/attendance/revisions/1999-01-01/tests").statusCode(404);
    }
}
