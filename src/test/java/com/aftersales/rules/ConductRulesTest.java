package com.aftersales.rules;

import static com.aftersales.rules.RuleHarness.month;
import static com.aftersales.support.WorkOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.aftersales.facts.result.Component;
import com.aftersales.facts.input.RecordRef;
import com.aftersales.scoring.ScoredMonth;
import com.aftersales.workorder.IncidentRecord;
import com.aftersales.workorder.WorkOrderDeriver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The conduct penalties of 奖惩办法 from work-order flags and incidents, with the real conduct revision. */
class ConductRulesTest {

    static final RuleHarness RULES = RuleHarness.of("conduct").withDerivers(List.of(new WorkOrderDeriver()));

    static ScoredMonth score(Object... records) {
        Object[] recs = java.util.Arrays.stream(records)
                .map(r -> r instanceof com.aftersales.support.WorkOrders.Order o ? o.record() : r).toArray();
        return RULES.score(month(Staff.WANG, "2024-11").add(recs));
    }

    static List<String> charges(ScoredMonth m) {
        return m.lines().stream().map(l -> l.line().getRuleId() + " " + l.line().getComponent() + " "
                + l.line().getAmount()).toList();
    }

    static IncidentRecord incident(String id, String date, String code) {
        return new IncidentRecord(id, "WANG", LocalDate.parse(date), code, null, null, null, null, null, null, null,
                null, null, null);
    }

    @Nested
    class Height {

        @ParameterizedTest(name = "{0} m without a belt: {1}")
        @CsvSource({"1.9, ''", "2.0, PEN-LIVE-WORK-HEIGHT FINE 50.00", "2.5, PEN-LIVE-WORK-HEIGHT FINE 50.00"})
        void chargesFiftyFromTwoMetresWithoutABelt(String height, String expected) {
            ScoredMonth m = score(order("O1", "WANG").set("heightM", height));
            assertThat(charges(m)).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
        }

        @Test
        void aBeltAtHeightIsCompliant() {
            assertThat(score(order("O1", "WANG").set("heightM", "3").flag("beltOrRopeUsed")).lines()).isEmpty();
        }

        @Test
        void outdoorWorkBelowTwoMetresWithoutABeltIsReviewedNotFined() {
            ScoredMonth m = score(order("O1", "WANG").set("heightM", "1.8").flag("outdoor"));
            assertThat(m.lines()).isEmpty();
            assertThat(m.flags()).extracting(f -> f.flag().getRuleId(), f -> f.flag().getCode())
                    .containsExactly(tuple("PEN-LIVE-WORK-HEIGHT", "REVIEW"));
        }

        @Test
        void liveWorkAndHeightOnOneOrderAreOneOccurrence() {
            ScoredMonth m = score(order("O1", "WANG").flag("liveWorking").set("heightM", "2.5"));
            assertThat(charges(m)).containsExactly("PEN-LIVE-WORK-HEIGHT FINE 50.00");
            assertThat(m.lines().get(0).line().getNote()).startsWith("G-7");
        }
    }

    @Nested
    class Drinking {

        @Test
        void twoOrdersOfOneDayAreOneOccurrence() {
            ScoredMonth m = score(order("O1", "WANG").on("2024-11-21").flag("drinking"),
                    order("O2", "WANG").on("2024-11-21").flag("drinking"));
            assertThat(charges(m)).containsExactly("PEN-DRINKING FINE 50.00");
            assertThat(m.lines().get(0).line().getRecords())
                    .containsExactly(RecordRef.of("workOrder", "O1"), RecordRef.of("workOrder", "O2"));
        }

        @Test
        void twoDaysAreTwoOccurrences() {
            ScoredMonth m = score(order("O1", "WANG").on("2024-11-21").flag("drinking"),
                    order("O2", "WANG").on("2024-11-22").flag("drinking"));
            assertThat(charges(m)).containsExactly("PEN-DRINKING FINE 50.00", "PEN-DRINKING FINE 50.00");
        }

        @Test
        void anIncidentAndAnOrderOfTheSameDayAreOneOccurrence() {
            ScoredMonth m = score(order("O1", "WANG").on("2024-11-21").flag("drinking"),
                    incident("I1", "2024-11-21", "PEN-DRINKING"));
            assertThat(charges(m)).containsExactly("PEN-DRINKING FINE 50.00");
        }
    }

    @Nested
    class Overcharge {

        @Test
        void chargingAboveTheStandardIsFinedAndTheExcessRefunded() {
            ScoredMonth m = score(order("O1", "WANG").set("feeStandard", "150").set("feeCharged", "230")
                    .set("feeHandedOver", "150"));
            assertThat(charges(m)).containsExactlyInAnyOrder("PEN-OVERCHARGE FINE 100.00",
                    "PEN-OVERCHARGE REFUND 80.00");
        }

        @Test
        void keepingTheFeeIsFinedAndTheFeeConfiscated() {
            ScoredMonth m = score(order("O1", "WANG").set("feeStandard", "150").set("feeCharged", "150")
                    .set("feeHandedOver", "0"));
            assertThat(charges(m)).containsExactlyInAnyOrder("PEN-OVERCHARGE FINE 100.00",
                    "PEN-OVERCHARGE CONFISCATE 150.00");
        }

        @Test
        void managementsDoublingDoublesTheFine() {
            ScoredMonth m = score(order("O1", "WANG").set("feeStandard", "150").set("feeCharged", "230")
                    .set("feeHandedOver", "150").set("managementDecision", java.util.Map.of("overchargeMultiplier", 2)));
            assertThat(charges(m)).containsExactlyInAnyOrder("PEN-OVERCHARGE FINE 200.00",
                    "PEN-OVERCHARGE REFUND 80.00");
            assertThat(m.lines()).filteredOn(l -> l.line().getComponent() == Component.FINE).singleElement()
                    .satisfies(l -> assertThat(l.line().getArithmetic()).isEqualTo("100.00 × 2 = 200.00"));
        }

        @Test
        void chargingTheStandardAndHandingItOverIsNothing() {
            assertThat(score(order("O1", "WANG").set("feeStandard", "150").set("feeCharged", "150")
                    .set("feeHandedOver", "150")).lines()).isEmpty();
        }
    }

    @Nested
    class Incidents {

        @Test
        void aUniformTwiceInADayIsOneOccurrence() {
            ScoredMonth m = score(incident("I1", "2024-11-04", "PEN-UNIFORM"), incident("I2", "2024-11-04", "PEN-UNIFORM"),
                    incident("I3", "2024-11-05", "PEN-UNIFORM"));
            assertThat(charges(m)).containsExactly("PEN-UNIFORM FINE 10.00", "PEN-UNIFORM FINE 10.00");
        }

        @Test
        void smokingWithinFiveMetresOfFlammablesCostsTenAndFurtherAwayNothing() {
            IncidentRecord near = new IncidentRecord("I1", "WANG", LocalDate.parse("2024-11-04"), "PEN-SMOKING", null,
                    null, null, null, null, null, null, new BigDecimal("5"), null, null);
            IncidentRecord far = new IncidentRecord("I2", "WANG", LocalDate.parse("2024-11-05"), "PEN-SMOKING", null,
                    null, null, null, null, null, null, new BigDecimal("5.5"), null, null);
            assertThat(charges(score(near, far))).containsExactly("PEN-SMOKING FINE 10.00");
        }

        @Test
        void insubordinationWithSuspensionInsteadIsNotFined() {
            IncidentRecord suspended = new IncidentRecord("I1", "WANG", LocalDate.parse("2024-11-04"),
                    "PEN-INSUBORDINATION", null, null, null, null, null, null, null, null,
                    IncidentRecord.Sanction.SUSPENSION, null);
            ScoredMonth m = score(suspended);
            assertThat(m.lines()).isEmpty();
            assertThat(m.flags()).extracting(f -> f.flag().getCode()).containsExactly("REVIEW");
        }

        @Test
        void aSevereReputationCaseIsReferredToHr() {
            IncidentRecord severe = new IncidentRecord("I1", "WANG", LocalDate.parse("2024-11-04"), "PEN-REPUTATION",
                    null, null, null, null, null, null, null, null, null, true);
            ScoredMonth m = score(severe);
            assertThat(charges(m)).containsExactly("PEN-REPUTATION FINE 100.00");
            assertThat(m.flags()).extracting(f -> f.flag().getCode()).containsExactly("HR_REFERRAL");
        }

        @Test
        void anIncidentOnAnOrderAndTheOrdersFlagAreOneOccurrence() {
            IncidentRecord onOrder = new IncidentRecord("I1", "WANG", LocalDate.parse("2024-11-05"),
                    "PEN-CUSTOMER-ITEMS", "O1", null, null, null, null, null, null, null, null, null);
            ScoredMonth m = score(order("O1", "WANG").flag("usedCustomerItemsWithoutConsent"), onOrder);
            assertThat(charges(m)).containsExactly("PEN-CUSTOMER-ITEMS FINE 20.00");
        }

        @Test
        void aLostCardCostsTheManufacturerFeeEntered() {
            IncidentRecord lost = new IncidentRecord("I1", "WANG", LocalDate.parse("2024-11-04"), "PEN-CARD-LOST",
                    null, new BigDecimal("60"), null, null, null, null, null, null, null, null);
            assertThat(charges(score(lost))).containsExactly("PEN-CARD-LOST FINE 60.00");
        }
    }

    @Test
    void damageNotHandledIsFinedAndTheCompensationIsAnItemWithNoPayer() {
        ScoredMonth m = score(order("O1", "WANG").flag("damageCaused").flag("complaintEscalated")
                .set("compensationAssessed", "300"));
        assertThat(charges(m)).containsExactly("PEN-DAMAGE-ESCALATION FINE 50.00");
        assertThat(m.flags()).singleElement().satisfies(f -> {
            assertThat(f.flag().getCode()).isEqualTo("COMPENSATION");
            assertThat(f.flag().getDetail()).contains("300.00");
        });
    }

    @Test
    void aQualityReturnIsNoStaffFault() {
        ScoredMonth m = score(order("O1", "WANG").flag("returnExchangeCausedByWork").flag("qualityReturn"));
        assertThat(m.lines()).isEmpty();
    }

    @Test
    void repeatedRepairVisitsNeedTwoVisitsAndAComplaint() {
        assertThat(charges(score(order("O1", "WANG").repair("FRIDGE_WASHER").flag("repeatVisitsComplaint")
                .set("onsiteVisitCount", 1)))).isEmpty();
        assertThat(charges(score(order("O1", "WANG").repair("FRIDGE_WASHER").flag("repeatVisitsComplaint")
                .set("onsiteVisitCount", 2)))).containsExactly("PEN-REPEAT-VISIT-COMPLAINT FINE 20.00");
    }
}
