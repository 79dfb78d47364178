package com.aftersales.workorder;

import static com.aftersales.support.Statements.flags;
import static com.aftersales.support.Statements.lines;
import static com.aftersales.support.WorkOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.support.Company;
import com.aftersales.support.Rosters;
import com.aftersales.support.Statements;
import com.aftersales.support.TestDatabase;
import com.aftersales.support.WorkOrders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Examples EX-38 and EX-39 of handbook/examples.md through the HTTP API: post orders, run, read the statement. */
@QuarkusTest
class TimelinessExamplesTest {

    @Inject
    TestDatabase db;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
        Rosters.oneOnTimeDay("2024-11-01", "WANG");
    }

    private static JsonPath wang(WorkOrders.Order... orders) {
        WorkOrders.post(orders);
        return Statements.runAndRead("2024-11", "WANG");
    }

    private static WorkOrders.Order job(String id, String km, String called, String completed) {
        return order(id, "WANG").distance(km).accepted(called).called(called).agreed(null).arrived(null)
                .completed(completed);
    }

    @Test
    void ex38a_aCallAt30MinutesIsInTimeAndAt31MinutesCostsFive() {
        JsonPath s = wang(order("A30", "WANG").accepted("2024-11-05T09:00").called("2024-11-05T09:30"),
                order("A31", "WANG").accepted("2024-11-05T09:00").called("2024-11-05T09:31"));
        assertThat(s.getString("deduct")).isEqualTo("5.00");
        assertThat(lines(s)).filteredOn(l -> l.contains("DEDUCT")).containsExactly("PEN-APPT-CALL-30MIN DEDUCT FINE 5.00");
        assertThat(s.getList("lines.findAll { it.direction == 'DEDUCT' }.collect { it.records[0].id }", String.class))
                .containsExactly("A31");
    }

    @Test
    void ex38b_24HoursAt1point8KmIsInTimeAnd24h01CostsTen() {
        JsonPath s = wang(job("B0", "1.8", "2024-11-05T09:30", "2024-11-06T09:30"),
                job("B1", "1.8", "2024-11-05T09:30", "2024-11-06T09:31"));
        assertThat(s.getString("deduct")).isEqualTo("10.00");
        assertThat(lines(s)).filteredOn(l -> l.contains("DEDUCT")).containsExactly("PEN-JOB-OVERDUE DEDUCT FINE 10.00");
        assertThat(flags(s)).containsExactly("REVIEW VISIT-DISPATCH-RESP");
    }

    @Test
    void ex38c_72HoursAt25KmIsInTimeAnd72h01CostsTen() {
        JsonPath s = wang(job("C0", "25", "2024-11-05T10:00", "2024-11-08T10:00"),
                job("C1", "25", "2024-11-05T10:00", "2024-11-08T10:01"));
        assertThat(s.getString("deduct")).isEqualTo("10.00");
        assertThat(lines(s)).filteredOn(l -> l.contains("DEDUCT")).containsExactly("PEN-JOB-OVERDUE DEDUCT FINE 10.00");
    }

    @Test
    void ex38d_2KmUsesThe24hBand2point1KmThe72hBandAnd35KmIsReviewed() {
        JsonPath s = wang(job("D20", "2.0", "2024-11-05T09:30", "2024-11-06T12:00"),
                job("D21", "2.1", "2024-11-05T09:30", "2024-11-06T12:00"),
                job("D35", "35", "2024-11-05T09:30", "2024-11-06T12:00"));
        assertThat(s.getString("deduct")).isEqualTo("10.00");
        assertThat(s.getList("lines.findAll { it.direction == 'DEDUCT' }.collect { it.records[0].id }", String.class))
                .containsExactly("D20");
        assertThat(flags(s)).contains("REVIEW PEN-JOB-OVERDUE");
    }

    @Test
    void ex38e_aCustomerWhoDeferredTheVisitCostsNothing() {
        JsonPath s = wang(job("E", "1", "2024-11-05T09:30", "2024-11-10T15:00").set("customerDeferred", true));
        assertThat(s.getString("deduct")).isEqualTo("0.00");
    }

    @Test
    void ex39_arrivingLateWithAComplaintCostsTenUnlessReportedInTime() {
        JsonPath s = wang(order("L", "WANG").agreed("2024-11-05T14:00").arrived("2024-11-05T14:20")
                        .flag("customerComplainedToCompany"),
                order("R", "WANG").on("2024-11-06").agreed("2024-11-06T14:00").arrived("2024-11-06T14:20")
                        .flag("customerComplainedToCompany").flag("specialSituationReported")
                        .set("specialSituationReportedAt", "2024-11-06T13:40"),
                order("N", "WANG").on("2024-11-07").agreed("2024-11-07T14:00").arrived("2024-11-07T14:20"));
        assertThat(s.getString("deduct")).isEqualTo("10.00");
        assertThat(lines(s)).filteredOn(l -> l.contains("DEDUCT")).containsExactly("PEN-LATE-ARRIVAL DEDUCT FINE 10.00");
        assertThat(s.getList("lines.findAll { it.direction == 'DEDUCT' }.collect { it.records[0].id }", String.class))
                .containsExactly("L");
    }
}
