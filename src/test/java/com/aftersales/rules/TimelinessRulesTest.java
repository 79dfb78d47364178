package com.aftersales.rules;

import static com.aftersales.rules.RuleHarness.month;
import static com.aftersales.support.WorkOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.aftersales.scoring.ScoredMonth;
import com.aftersales.support.WorkOrders;
import com.aftersales.workorder.WorkOrderDeriver;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PEN-APPT-CALL-30MIN, PEN-JOB-OVERDUE and PEN-LATE-ARRIVAL on each boundary, with the real conduct revision. */
class TimelinessRulesTest {

    static final RuleHarness RULES = RuleHarness.of("conduct").withDerivers(List.of(new WorkOrderDeriver()));

    static ScoredMonth score(WorkOrders.Order... orders) {
        return RULES.score(month(Staff.WANG, "2024-11").add(Arrays.stream(orders).map(WorkOrders.Order::record)
                .toArray()));
    }

    static List<String> charges(ScoredMonth m) {
        return m.lines().stream().map(l -> l.line().getRuleId() + " " + l.line().getAmount()).toList();
    }

    @Nested
    class AppointmentCall {

        @Test
        void aCallThirtyMinutesAfterAcceptingIsInTime() {
            ScoredMonth m = score(order("O1", "WANG").accepted("2024-11-05T09:00").called("2024-11-05T09:30"));
            assertThat(m.lines()).isEmpty();
        }

        @Test
        void aCallThirtyOneMinutesAfterAcceptingCostsFive() {
            ScoredMonth m = score(order("O1", "WANG").accepted("2024-11-05T09:00").called("2024-11-05T09:31:59"));
            assertThat(charges(m)).containsExactly("PEN-APPT-CALL-30MIN 5.00");
            assertThat(m.lines().get(0).line().getValues()).extracting(v -> v.name() + "=" + v.value())
                    .contains("appointmentCallMinutes=31", "limitMinutes=30");
        }

        @Test
        void aCustomerNeverCalledCostsFive() {
            ScoredMonth m = score(order("O1", "WANG").called(null));
            assertThat(charges(m)).containsExactly("PEN-APPT-CALL-30MIN 5.00");
        }

        @Test
        void aCarryInRepairNeedsNoAppointment() {
            assertThat(score(order("O1", "WANG").repair("TV").carryIn()).lines()).isEmpty();
        }

        @Test
        void aReworkVisitIsNotDispatchedSoNoCallIsDue() {
            ScoredMonth m = score(order("A", "WANG"), order("R1", "WANG").reworkOf("A", "2024-11-08T10:00"));
            assertThat(m.lines()).isEmpty();
        }
    }

    @Nested
    class JobOverdue {

        @ParameterizedTest(name = "{0} km, completed {1}: {2}")
        @CsvSource({
            "1.8, 2024-11-06T09:30, ''",
            "1.8, 2024-11-06T09:31, PEN-JOB-OVERDUE 10.00",
            "2.0, 2024-11-06T09:30, ''",
            "2.0, 2024-11-06T09:31, PEN-JOB-OVERDUE 10.00",
            "2.1, 2024-11-06T09:31, ''",
            "25, 2024-11-08T09:30, ''",
            "25, 2024-11-08T09:31, PEN-JOB-OVERDUE 10.00",
            "30, 2024-11-08T09:30, ''",
            "30, 2024-11-08T09:31, PEN-JOB-OVERDUE 10.00",
        })
        void chargesTenWhenTheLimitOfTheDistanceBandIsPassed(String km, String completed, String expected) {
            ScoredMonth m = score(order("O1", "WANG").distance(km).called("2024-11-05T09:30").arrived(null)
                    .agreed(null).completed(completed));
            assertThat(charges(m)).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
        }

        @Test
        void theClockStartsAtAcceptanceWhenNoCallWasMade() {
            ScoredMonth m = score(order("O1", "WANG").distance("1").accepted("2024-11-05T09:00").called(null)
                    .arrived(null).agreed(null).completed("2024-11-06T09:01"));
            assertThat(charges(m)).containsExactlyInAnyOrder("PEN-APPT-CALL-30MIN 5.00", "PEN-JOB-OVERDUE 10.00");
        }

        @Test
        void beyondThirtyKilometresIsForReviewWithNothingCharged() {
            ScoredMonth m = score(order("O1", "WANG").distance("35").called("2024-11-05T09:30")
                    .completed("2024-11-09T09:30"));
            assertThat(m.lines()).isEmpty();
            assertThat(m.flags()).extracting(f -> f.flag().getRuleId(), f -> f.flag().getCode())
                    .containsExactly(tuple("PEN-JOB-OVERDUE", "REVIEW"));
        }

        @Test
        void aCustomerWhoDeferredTheVisitExemptsIt() {
            ScoredMonth m = score(order("O1", "WANG").distance("1").set("customerDeferred", true)
                    .called("2024-11-05T09:30").agreed("2024-11-10T14:00").arrived("2024-11-10T14:00")
                    .completed("2024-11-10T15:00"));
            assertThat(m.lines()).isEmpty();
        }
    }

    @Nested
    class LateArrival {

        @Test
        void arrivingAfterTheAgreedTimeWithAComplaintCostsTen() {
            ScoredMonth m = score(order("O1", "WANG").agreed("2024-11-05T14:00").arrived("2024-11-05T14:20")
                    .flag("customerComplainedToCompany"));
            assertThat(charges(m)).containsExactly("PEN-LATE-ARRIVAL 10.00");
        }

        @Test
        void oneMinuteLateCountsBecauseThereIsNoGrace() {
            ScoredMonth m = score(order("O1", "WANG").agreed("2024-11-05T14:00").arrived("2024-11-05T14:01")
                    .flag("customerComplainedToCompany"));
            assertThat(charges(m)).containsExactly("PEN-LATE-ARRIVAL 10.00");
        }

        @Test
        void aSituationReportedBeforeTheAgreedTimeExemptsIt() {
            ScoredMonth m = score(order("O1", "WANG").agreed("2024-11-05T14:00").arrived("2024-11-05T14:20")
                    .flag("customerComplainedToCompany").flag("specialSituationReported")
                    .set("specialSituationReportedAt", "2024-11-05T13:40"));
            assertThat(m.lines()).isEmpty();
        }

        @Test
        void aSituationReportedAfterTheAgreedTimeDoesNotExemptIt() {
            ScoredMonth m = score(order("O1", "WANG").agreed("2024-11-05T14:00").arrived("2024-11-05T14:20")
                    .flag("customerComplainedToCompany").flag("specialSituationReported")
                    .set("specialSituationReportedAt", "2024-11-05T14:10"));
            assertThat(charges(m)).containsExactly("PEN-LATE-ARRIVAL 10.00");
        }

        @Test
        void withoutAComplaintNothingIsCharged() {
            ScoredMonth m = score(order("O1", "WANG").agreed("2024-11-05T14:00").arrived("2024-11-05T14:20"));
            assertThat(m.lines()).isEmpty();
        }
    }
}
