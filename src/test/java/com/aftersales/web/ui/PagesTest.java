package com.aftersales.web.ui;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pages over plain HTTP (the browser tests, -Pbrowser, click through them): Chinese by default, English on
 * request and kept, refusals as pages with their locations.
 */
@QuarkusTest
class PagesTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void empty() {
        db.reset();
    }

    @Test
    void pagesAreChineseByDefaultAndEnglishWhenAskedAndTheChoiceIsKeptInACookie() {
        String zh = given().get("/policies").then().statusCode(200).contentType("text/html").extract().asString();
        assertThat(zh).contains("<html lang=\"zh-CN\">", "政策与修订版", "考勤管理制度", "href=\"/policies?lang=en\"");
        var en = given().get("/policies?lang=en").then().statusCode(200).extract();
        assertThat(en.asString()).contains("<html lang=\"en\">", "Policies and revisions", "href=\"/policies?lang=zh\"");
        assertThat(en.cookie("lang")).isEqualTo("en");
        String kept = given().cookie("lang", "en").get("/policies/attendance").then().statusCode(200).extract().asString();
        assertThat(kept).contains("Upload a new revision", "2024-01-01", "in force");
    }

    @Test
    void anUnknownEmployeeOrMonthIsAPageSayingWhatIsMissingNotProblemJson() {
        String page = given().get("/periods/2024-11/employees/NOBODY").then().statusCode(404).contentType("text/html")
                .extract().asString();
        assertThat(page).contains("页面未找到", "NOBODY");
        String bad = given().get("/periods/2024-13").then().statusCode(400).contentType("text/html").extract().asString();
        assertThat(bad).contains("请求有误", "2024-13");
    }

    @Test
    void anUploadWithoutAnEffectiveDateIsRefusedOnThePageNamingTheField() {
        String page = given().multiPart("file", "attendance.drl.xlsx", new byte[] {1, 2, 3}).multiPart("effectiveFrom", "")
                .post("/policies/attendance/upload").then().statusCode(422).contentType("text/html").extract().asString();
        assertThat(page).contains("校验未通过", "effectiveFrom", "请填写生效日期");
    }

    @Test
    void aCsvOfPunchesWithABadTimeIsRefusedWithItsRowInATableAndNothingStored() {
        byte[] csv = "id,employeeId,at,source\nP-1,WANG,2024-11-2x 08:31,FINGERPRINT\n".getBytes(StandardCharsets.UTF_8);
        String page = given().multiPart("kind", "punches").multiPart("file", "punches.csv", csv, "text/csv")
                .post("/records/import").then().statusCode(400).contentType("text/html").extract().asString();
        assertThat(page).contains("id=\"import-errors\"", "row 2");
    }

    @Test
    void theMonthsPageSaysWhenNoMonthHasBeenLoaded() {
        String page = given().get("/periods").then().statusCode(200).extract().asString();
        assertThat(page).contains("<h1>月份</h1>", "还没有任何月份").doesNotContain("<section");
    }

    @Test
    void aLinkOpenedWithoutSigningInOpensAfterTheLoginNotTheLandingPage() {
        io.restassured.response.Response page = given().auth().none().redirects().follow(false)
                .get("/periods/2024-11?branch=MIANXIAN");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.header("Location")).endsWith("/login");
        String remembered = page.getCookie("quarkus-redirect-location");
        assertThat(remembered).startsWith("http://").endsWith("/periods/2024-11?branch=MIANXIAN");
        io.restassured.response.Response login = given().auth().none().redirects().follow(false)
                .cookie("quarkus-redirect-location", remembered).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", com.aftersales.support.AuthenticatedTests.USER)
                .formParam("j_password", com.aftersales.support.AuthenticatedTests.PASSWORD).post("/j_security_check");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.header("Location")).isEqualTo(remembered);
        // a form posted without a user is not remembered: after the login, its URL would be a GET of a POST
        io.restassured.response.Response post = given().auth().none().redirects().follow(false)
                .post("/periods/2024-11/run");
        assertThat(post.statusCode()).isEqualTo(303);
        assertThat(post.getCookie("quarkus-redirect-location")).isNull();
    }
}
