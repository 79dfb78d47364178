package com.aftersales.visit;

import static com.aftersales.support.Visits.visit;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Api;
import com.aftersales.support.Company;
import com.aftersales.support.StoredWorkOrders;
import com.aftersales.support.TestDatabase;
import com.aftersales.support.Visits;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Visits, deliveries and commendations in: JSON and CSV, idempotent, all or nothing, bad rows located. */
@QuarkusTest
class VisitInputTest {

    @Inject
    TestDatabase db;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
        new StoredWorkOrders(dataSource).completed("O1", "MIANXIAN", "ONSITE", "2024-11-08T15:00");
    }

    private static JsonPath problem(String path, List<Map<String, Object>> body) {
        return Api.post(path, body).statusCode(400).contentType("application/problem+json").extract().jsonPath();
    }

    /** CSV in UTF-8, said so in the Content-Type (RestAssured would send text/* as ISO-8859-1). */
    private static io.restassured.response.ValidatableResponse csv(String body) {
        return io.restassured.RestAssured.given().contentType("text/csv; charset=UTF-8")
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/api/visits").then();
    }

    private static int firstVisitsCounted() {
        return Api.get("/api/periods/2024-11/kpi?branch=MIANXIAN&asOf=2024-12-31").statusCode(200).extract()
                .jsonPath().getInt("[0].visits");
    }

    @Test
    void aVisitForAnOrderNotStoredYetIsAcceptedToBeResolvedWhenTheMonthIsRun() {
        // records in any order (issue 11): record/RecordsInAnyOrderTest runs the month over such visits
        Api.post("/api/visits", List.of(visit("V1", "AS_ONSITE", "2024-11-12T10:00").order("O1").json(),
                visit("V2", "AS_ONSITE", "2024-11-12T10:00").order("NO-SUCH-ORDER").json())).statusCode(200);
    }

    @Test
    void aRatingOutsideTheScaleIsRefusedWithItsLocation() {
        JsonPath p = problem("/api/visits", List.of(visit("V1", "AS_ONSITE", "2024-11-12T10:00").order("O1")
                .rated("服务态度", "EXCELLENT").json(), visit("V2", "AS_ONSITE", "2024-11-12T10:00").order("O1")
                .result("6").json()));
        assertThat(p.getList("errors.location", String.class)).containsExactly("/0/itemRatings/服务态度", "/1/result");
        assertThat(p.getString("errors[0].message")).contains("VS", "VD");
    }

    @Test
    void aRatingOutsideTheScaleInCsvIsLocatedByRowAndColumn() {
        String csv = "id,branch,visitKind,visitNo,attemptAt,outcome,result,orderId,itemRatings.服务态度\n"
                + "V1,MIANXIAN,AS_ONSITE,1,2024-11-12T10:00,COMPLETED,S,O1,S\n"
                + "V2,MIANXIAN,AS_ONSITE,1,2024-11-12T10:00,COMPLETED,S,O1,7\n";
        JsonPath p = csv(csv).statusCode(400).extract().jsonPath();
        assertThat(p.getList("errors.location", String.class)).containsExactly("row 3, column itemRatings.服务态度");
    }

    @Test
    void anUnknownRatingItemAResultOnARefusalAndAReplyBeforeTheFormAreRefused() {
        var unknownItem = visit("V1", "AS_ONSITE", "2024-11-12T10:00").order("O1").rated("颜值", "S").json();
        var refusedWithResult = visit("V2", "AS_ONSITE", "2024-11-12T10:00").order("O1").refused().json();
        refusedWithResult.put("result", "D");
        var replyFirst = visit("V3", "AS_ONSITE", "2024-11-12T10:00").order("O1").result("D")
                .liaison("2024-11-13T10:00", "2024-11-12T16:00", null).json();
        var salesWithoutStaff = visit("V4", "SALES", "2024-11-12T10:00").json();
        JsonPath p = problem("/api/visits", List.of(unknownItem, refusedWithResult, replyFirst, salesWithoutStaff));
        assertThat(p.getList("errors.location", String.class)).containsExactly("/0/itemRatings/颜值", "/1/result",
                "/2/branchReplyAt", "/3/responsibleEmployeeId");
    }

    @Test
    void visitsInCsvWithChineseRatingsAreStoredAndPostingThemAgainChangesNothing() {
        String csv = "id,branch,visitKind,visitNo,attemptAt,outcome,result,orderId,status\n"
                + "V1,MIANXIAN,AS_ONSITE,1,2024-11-12T10:00,COMPLETED,一般,O1,已回访|已完成\n";
        JsonPath first = csv(csv).statusCode(200).extract().jsonPath();
        assertThat(first.getInt("created")).isEqualTo(1);
        JsonPath again = csv(csv).statusCode(200).extract().jsonPath();
        assertThat(again.getInt("unchanged")).isEqualTo(1);
        assertThat(firstVisitsCounted()).isEqualTo(1);
    }

    @Test
    void aDeliveryBeforeItsPaymentOrWithAnUnknownCrewMemberIsRefused() {
        var early = Visits.delivery("D1", "LOCAL", "2024-11-05T09:00", "2024-11-04T09:00", "WANG");
        var stranger = Visits.delivery("D2", "LOCAL", "2024-11-05T09:00", "2024-11-05T19:00", "NOBODY");
        JsonPath p = problem("/api/deliveries", List.of(early, stranger));
        assertThat(p.getList("errors.location", String.class)).containsExactly("/0/deliveredAt", "/1/crewEmployeeIds");
    }

    @Test
    void aLogisticsVisitWithoutItsDeliveryIsRefusedAndOneForADeliveryNotStoredYetIsAccepted() {
        JsonPath p = problem("/api/visits", List.of(visit("V1", "LOGISTICS", "2024-11-12T10:00").by("ZHAO").json()));
        assertThat(p.getList("errors.location", String.class)).containsExactly("/0/deliveryId");
        Api.post("/api/visits", List.of(visit("V1", "LOGISTICS", "2024-11-12T10:00").delivery("D-404").by("ZHAO")
                .json())).statusCode(200);
    }

    @Test
    void aMediaCommendationWithoutItsOutletAndOneForAnUnknownEmployeeAreRefused() {
        JsonPath p = problem("/api/commendations", List.of(
                Map.of("id", "C1", "employeeId", "WANG", "kind", "MEDIA", "date", "2024-11-05", "mediaType", "TV",
                        "mediaLevel", "CITY"),
                Map.of("id", "C2", "employeeId", "NOBODY", "kind", "PEER_HELP", "month", "2024-11")));
        assertThat(p.getList("errors.location", String.class)).containsExactly("/0/outlet", "/1/employeeId");
    }

    @Test
    void theKpiOfAnUnknownBranchOrABadPeriodIsABadRequest() {
        Api.get("/api/periods/2024-11/kpi?branch=NOWHERE").statusCode(400);
        Api.get("/api/periods/2024-13/kpi").statusCode(400);
        Api.get("/api/periods/2024-11/kpi?asOf=tomorrow").statusCode(400);
        Api.get("/api/periods/2024-11/kpi?findings=some").statusCode(400);
    }

    @Test
    void deliveriesAndCommendationsComeInAsCsvToo() {
        String deliveries = "id,branch,zone,paidAt,deliveredAt,crewEmployeeIds,goodsDamaged\n"
                + "D1,MIANXIAN,LOCAL,2024-11-05T09:00,2024-11-06T10:00,WANG|ZHAO,false\n";
        JsonPath d = post("/api/deliveries", deliveries).statusCode(200).extract().jsonPath();
        assertThat(d.getInt("created")).isEqualTo(1);
        String commendations = "id,employeeId,kind,date,mediaType,mediaLevel,outlet,deedId,underCompanyName,"
                + "factsVerified,duringWork\n"
                + "C1,WANG,MEDIA,2024-11-15,TV,NATIONAL,中央电视台,DEED-9,true,true,true\n";
        JsonPath c = post("/api/commendations", commendations).statusCode(200).extract().jsonPath();
        assertThat(c.getInt("created")).isEqualTo(1);
        Api.run("2024-11");
        assertThat(Api.statement("2024-11", "WANG").jsonPath().getList("lines.ruleId", String.class))
                .contains("VISIT-PEN-LOG-TIME", "BONUS-MEDIA-NATIONAL-TV");
        assertThat(Api.statement("2024-11", "ZHAO").jsonPath().getList("lines.ruleId", String.class))
                .contains("VISIT-PEN-LOG-TIME");
    }

    private static io.restassured.response.ValidatableResponse post(String path, String body) {
        return io.restassured.RestAssured.given().contentType("text/csv; charset=UTF-8")
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post(path).then();
    }
}
