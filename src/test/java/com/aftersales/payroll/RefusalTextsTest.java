package com.aftersales.payroll;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Attendance;
import com.aftersales.support.Company;
import com.aftersales.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The refusals of closed periods, other branches, runs and exports are bundle texts: Chinese for a zh reader,
 * English for an en one, each language alone (no "English / 中文" strings), the place unchanged.
 */
@QuarkusTest
class RefusalTextsTest {

    static final String PASSWORD = "a-good-password";

    @Inject
    TestDatabase db;

    @BeforeEach
    void novemberRunAndClosed() {
        db.reset();
        Company.examples("2024-11");
        Attendance.of("WANG").worked("2024-11-20", "08:36", "17:30").post();
        Api.run("2024-11");
        Api.post("/api/periods/2024-11/close", Map.of("reason", "paid")).statusCode(200);
    }

    static JsonPath in(String language, io.restassured.specification.RequestSpecification request, String method,
            String path, int status) {
        var r = request.header("Accept-Language", language);
        var response = method.equals("GET") ? r.get(path) : r.post(path);
        return response.then().statusCode(status).contentType("application/problem+json").extract().jsonPath();
    }

    static io.restassured.specification.RequestSpecification shift() {
        return given().contentType("application/json").body(List.of(Map.of("id", "WANG-S-2024-11-05",
                "employeeId", "WANG", "date", "2024-11-05", "start", "08:30", "end", "17:30")));
    }

    @Test
    void aRecordInAClosedPeriodIsRefusedInTheReadersLanguage() {
        JsonPath zh = in("zh-CN", shift(), "POST", "/api/shifts", 409);
        assertThat(zh.getString("detail")).isEqualTo("月份 2024-11 已结账：其中 1 条记录被拒绝，未保存任何记录");
        assertThat(zh.getString("errors[0].message")).isEqualTo("记录 WANG-S-2024-11-05 属于已结账的月份 2024-11，请人事先重新开启");
        assertThat(zh.getString("errors[0].location")).isEqualTo("/0");
        JsonPath en = in("en", shift(), "POST", "/api/shifts", 409);
        assertThat(en.getString("detail")).isEqualTo("period 2024-11 is closed: 1 record(s) dated in it were refused; "
                + "nothing was stored");
        assertThat(en.getString("errors[0].message")).isEqualTo("record WANG-S-2024-11-05 is dated in the closed "
                + "period 2024-11; HR reopens it first");
    }

    @Test
    void runsClosesReopensAndExportsAreRefusedInTheReadersLanguage() {
        assertThat(in("zh-CN", given(), "POST", "/api/periods/2024-11/runs", 409).getString("detail"))
                .isEqualTo("月份 2024-11 已结账，不能重新计算；请人事先重新开启（POST /api/periods/2024-11/reopen）");
        assertThat(in("zh-CN", given().contentType("application/json").body(Map.of()), "POST",
                "/api/periods/2024-11/close", 409).getString("detail")).isEqualTo("月份 2024-11 已结账");
        JsonPath noReason = in("zh-CN", given().contentType("application/json").body(Map.of()), "POST",
                "/api/periods/2024-11/reopen", 400);
        assertThat(noReason.getString("errors[0].message")).isEqualTo("重新开启需要说明原因");
        assertThat(noReason.getString("errors[0].location")).isEqualTo("/reason");
        assertThat(in("en", given().contentType("application/json").body(Map.of("reason", 5)), "POST",
                "/api/periods/2024-11/reopen", 400).getString("errors[0].message")).isEqualTo("reason is a text");
        JsonPath export = in("zh-CN", given(), "GET", "/api/periods/2024-11/export?format=pdf&lang=fr", 400);
        assertThat(export.getString("detail")).isEqualTo("无法按此要求导出");
        assertThat(export.getList("errors.location", String.class)).containsExactly("format", "lang");
        assertThat(export.getString("errors[0].message")).startsWith("未知的导出格式 pdf，可用：");
    }

    @Test
    void aClerkOfAnotherBranchIsRefusedInTheReadersLanguage() {
        given().contentType("application/json").body(Map.of("password", PASSWORD, "roles", List.of("clerk"),
                "branches", List.of("CHENGGU"))).put("/api/users/clerk.chenggu").then().statusCode(
                org.hamcrest.Matchers.oneOf(200, 201));
        var request = given().auth().preemptive().basic("clerk.chenggu", PASSWORD).contentType("application/json")
                .body(List.of(Map.of("id", "WANG-S-2024-12-05", "employeeId", "WANG", "date", "2024-12-05",
                        "start", "08:30", "end", "17:30")));
        JsonPath zh = in("zh-CN", request, "POST", "/api/shifts", 403);
        assertThat(zh.getString("detail")).isEqualTo("1 条记录不属于您的网点 [CHENGGU]，未保存");
        assertThat(zh.getString("errors[0].message")).isEqualTo("记录 WANG-S-2024-12-05 属于其他网点 [MIANXIAN]，不是您的网点 [CHENGGU]");
        assertThat(zh.getString("errors[0].location")).isEqualTo("/0");
    }
}
