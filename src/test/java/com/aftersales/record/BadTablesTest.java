package com.aftersales.record;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.aftersales.support.Company;
import com.aftersales.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What is ambiguous or unknown is refused, 400 naming the rows or the column, in English by default (the test
 * profile) and in Chinese with Accept-Language: zh-CN: unknown columns with the columns expected, a field given
 * in two columns, a record without id, two rows with one id, a date-time in no known form.
 */
@QuarkusTest
class BadTablesTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
    }

    private static JsonPath csv(String language, String path, String body) {
        RequestSpecification r = given().contentType("text/csv; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8));
        if (language != null) {
            r = r.header("Accept-Language", language);
        }
        return r.when().post(path).then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
    }

    private static JsonPath json(String language, String path, String body) {
        RequestSpecification r = given().contentType("application/json").body(body);
        if (language != null) {
            r = r.header("Accept-Language", language);
        }
        return r.when().post(path).then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
    }

    @Test
    void unknownColumnsAreNamedWithTheColumnsExpected() {
        JsonPath en = csv(null, "/api/punches", "工号,姓名,打卡时刻,机器\nWANG,王师傅,2024-12-02 17:35:02,1\n");
        assertThat(en.getString("title")).isEqualTo("Bad request");
        assertThat(en.getString("errors[0].location")).isEqualTo("row 1");
        assertThat(en.getString("errors[0].message")).contains("unknown column(s) 打卡时刻, 机器")
                .contains("at (打卡时间)").contains("employeeId (工号)").contains("id (编号)");
        JsonPath zh = csv("zh-CN,zh;q=0.9", "/api/punches", "工号,姓名,打卡时刻,机器\nWANG,王师傅,2024-12-02 17:35:02,1\n");
        assertThat(zh.getString("title")).isEqualTo("请求有误");
        assertThat(zh.getString("detail")).startsWith("无法识别的列：打卡时刻, 机器");
        assertThat(zh.getString("errors[0].message")).contains("打卡记录的列为").contains("at (打卡时间)");
    }

    @Test
    void aFieldInTwoColumnsIsRefusedNamingTheColumn() {
        String body = "编号,工号,employeeId,打卡时间,打卡方式\nP1,WANG,CHEN,2024-12-02 17:35,指纹\n";
        JsonPath en = csv(null, "/api/punches", body);
        assertThat(en.getString("errors[0].location")).isEqualTo("row 1, column employeeId");
        assertThat(en.getString("errors[0].message")).contains("names field employeeId, as column \"工号\" does");
        JsonPath zh = csv("zh-CN", "/api/punches", body);
        assertThat(zh.getString("errors[0].message")).isEqualTo("列“employeeId”与列“工号”都对应字段 employeeId：每个字段只能有一列");
        JsonPath same = csv(null, "/api/punches", "id,employeeId,at,at,source\nP1,WANG,2024-12-02 08:30,2024-12-02 17:35,指纹\n");
        assertThat(same.getString("errors[0].location")).isEqualTo("row 1, column at");
    }

    @Test
    void aRecordWithoutIdIsRefusedAtItsRowInBothLanguages() {
        String delivery = "[{\"branch\":\"MIANXIAN\",\"zone\":\"LOCAL\",\"paidAt\":\"2024-11-04 10:00\"}]";
        JsonPath en = json(null, "/api/deliveries", delivery);
        assertThat(en.getList("errors.location")).contains("/0/id");
        assertThat(en.getString("errors[0].message")).isEqualTo("must not be null");
        JsonPath zh = json("zh-CN", "/api/deliveries", delivery);
        assertThat(zh.getString("errors[0].message")).isEqualTo("必须填写");
        assertThat(zh.getString("detail")).isEqualTo("配送单中有 1 处问题；未保存任何记录");
        JsonPath table = csv("zh-CN", "/api/punches", "工号,打卡时间,打卡方式\nWANG,2024-12-02 17:35,指纹\n");
        assertThat(table.getString("errors[0].location")).isEqualTo("row 2, column id");
    }

    @Test
    void twoRowsWithOneIdAreRefusedNamingBothRows() {
        String body = "编号,工号,打卡时间,打卡方式\nP1,WANG,2024-12-02 08:30,指纹\nP1,WANG,2024-12-02 17:35,指纹\n";
        JsonPath en = csv(null, "/api/punches", body);
        assertThat(en.getString("errors[0].location")).isEqualTo("row 3");
        assertThat(en.getString("errors[0].message")).isEqualTo("id P1 appears twice in the request (also at row 2)");
        JsonPath zh = csv("zh-CN", "/api/punches", body);
        assertThat(zh.getString("errors[0].message")).isEqualTo("编号 P1 在本次请求中出现两次（另见 row 2）");
        JsonPath jsonBody = json(null, "/api/deliveries", "[{\"id\":\"D1\",\"branch\":\"MIANXIAN\",\"zone\":\"外县\","
                + "\"paidAt\":\"2024-11-04 10:00\"},{\"deliveryId\":\"D1\",\"branch\":\"MIANXIAN\",\"zone\":\"LOCAL\","
                + "\"paidAt\":\"2024-11-04 11:00\"}]");
        assertThat(jsonBody.getString("errors[0].location")).isEqualTo("/1");
    }

    @Test
    void aBadDateTimeOrLabelIsLocatedByTheColumnAsTheSheetNamesIt() {
        String body = "编号,工号,打卡时间,打卡方式\nP1,WANG,2024-12-02 8h30,指纹\nP2,NOBODY,2024-12-02 17:35,刷脸\n";
        JsonPath zh = csv("zh-CN", "/api/punches", body);
        assertThat(zh.getList("errors.location")).containsExactly("row 2, column 打卡时间", "row 3, column 打卡方式");
        assertThat(zh.getString("errors[0].message")).startsWith("不是有效的日期时间：“2024-12-02 8h30”");
        assertThat(zh.getString("errors[1].message")).contains("“刷脸”").contains("指纹、签到").doesNotContain("FINGERPRINT");
        JsonPath unknown = csv("zh-CN", "/api/punches", "编号,工号,打卡时间,打卡方式\nP2,NOBODY,2024-12-02 17:35,指纹\n");
        assertThat(unknown.getString("errors[0].location")).isEqualTo("row 2, column 工号");
    }

    @Test
    void aBodyWithoutAcceptLanguageIsAnsweredInTheConfiguredDefault() {
        given().contentType("application/json").body("[{\"id\":\"P1\"}]").header("Accept-Language", "fr-FR")
                .when().post("/api/punches").then().statusCode(400).body("title", is("Bad request"))
                .body("errors.location", hasItem("/0/at"));
        given().contentType("application/json").body("{").header("Accept-Language", "zh")
                .when().post("/api/punches").then().statusCode(400).body("title", is("请求有误"))
                .body("detail", containsString("无法读取 JSON"));
        given().header("Accept-Language", "zh-CN").when().get("/api/periods/2024-13/statements").then()
                .statusCode(400).body("title", is("请求有误"));
    }
}
