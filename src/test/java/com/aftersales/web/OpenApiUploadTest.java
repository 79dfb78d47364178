package com.aftersales.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes the revision upload so that Swagger UI's "Try it out" can send it. */
@QuarkusTest
class OpenApiUploadTest {

    @Test
    void theUploadOfARevisionIsAMultipartFormWithFilePartsAnEffectiveDateAndANote() {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> body = doc.getMap("paths.'/api/policies/{policyId}/revisions'.post.requestBody.content."
                + "'multipart/form-data'.schema");
        assertThat(body).isNotNull();
        String ref = (String) body.get("$ref");
        Map<String, Object> schema = ref == null ? body
                : doc.getMap("components.schemas." + ref.substring(ref.lastIndexOf('/') + 1));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> props = (Map<String, Map<String, Object>>) schema.get("properties");
        assertThat(props).containsOnlyKeys("file", "effectiveFrom", "note");
        assertThat(props.get("file").get("type")).isEqualTo("array");
        assertThat(String.valueOf(props.get("file").get("items"))).contains("binary");
        assertThat(props.get("effectiveFrom").get("format")).isEqualTo("date");
        assertThat(schema.get("required")).asList().contains("file", "effectiveFrom");
    }
}
