package com.aftersales.rules;

import static com.aftersales.rules.Records.incident;
import static com.aftersales.rules.FlagAudit.*;
import static com.aftersales.rules.RuleHarness.month;
import static com.aftersales.rules.VisitRecords.delivery;
import static com.aftersales.rules.VisitRecords.visit;
import static com.aftersales.support.WorkOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.visit.DeliveryRecord;
import com.aftersales.visit.Rating;
import com.aftersales.visit.VisitKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The flags of the complaint, commission and visit rules (the flag audit of docs/decisions.md): see {@link FlagAudit}. */
class ComplaintVisitCommissionFlagsRulesTest {

    @Nested
    class ComplaintsAndCommission {

        @Test
        void compReworkLimitEscalatesTheThirdReworkVisit() {
            var original = order("A", "WANG").on("2024-11-04").record();
            assertThat(flags(SHIPPED.score(wang().add(original, order("R1", "WANG").reworkOf("A", "2024-11-08T10:00")
                    .record(), order("R2", "WANG").reworkOf("A", "2024-11-12T10:00").record(),
                    order("R3", "WANG").reworkOf("A", "2024-11-15T10:00").record())), "COMP-REWORK-LIMIT"))
                    .containsExactly("REWORK_LIMIT_EXCEEDED");
            assertThat(flags(SHIPPED.score(wang().add(original, order("R1", "WANG").reworkOf("A", "2024-11-08T10:00")
                    .record(), order("R2", "WANG").reworkOf("A", "2024-11-12T10:00").record())), "COMP-REWORK-LIMIT"))
                    .isEmpty();
        }

        @Test
        void compOverchargeSevereRaisesDismissalAndNeverRehire() {
            var overcharged = order("O1", "WANG").set("feeStandard", "150").set("feeCharged", "200");
            assertThat(flags(SHIPPED.score(wang().add(overcharged.set("managementDecision", Map.of("severe", true))
                    .record())), "COMP-OVERCHARGE-SEVERE")).containsExactlyInAnyOrder("DISMISSAL", "NEVER_REHIRE");
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").set("feeStandard", "150").set("feeCharged", "200")
                    .record())), "COMP-OVERCHARGE-SEVERE")).isEmpty();
        }

        @Test
        void compPoorWorkSevereReviewsACaseNoInstallerPenaltyMatchesAndRecordsTheCompensation() {
            var severe = order("O1", "WANG").set("complaintType", "POOR_WORK")
                    .set("managementDecision", Map.of("severe", true)).set("compensationAssessed", "300");
            assertThat(flags(SHIPPED.score(wang().add(severe.record())), "COMP-POOR-WORK-SEVERE"))
                    .containsExactlyInAnyOrder("REVIEW", "COMPENSATION");
            var fined = order("O1", "WANG").set("complaintType", "POOR_WORK").set("managementDecision",
                    Map.of("severe", true)).flag("usedCustomerItemsWithoutConsent");
            assertThat(flags(SHIPPED.score(wang().add(fined.record())), "COMP-POOR-WORK-SEVERE")).isEmpty();
        }

        @Test
        void commIllusRateReviewsAProductWithoutAPlaceholderRate() {
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").install("OTHER").record())), "COMM-ILLUS-RATE"))
                    .containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").install("AC_WALL").record())),
                    "COMM-ILLUS-RATE")).isEmpty();
        }

        @Test
        void switchedCommExternalGateIsReviewedOnlyWithTheSwitchOn() {
            RuleHarness.Month external = of(EXTERNAL).add(order("O1", "WAI").record());
            assertThat(flags(SHIPPED.score(external), "COMM-EXTERNAL-GATE")).isEmpty();
            assertThat(flags(SWITCHED.score(of(EXTERNAL).add(order("O1", "WAI").record())), "COMM-EXTERNAL-GATE"))
                    .containsExactly("REVIEW");
            assertThat(flags(SWITCHED.score(wang().add(order("O1", "WANG").record())), "COMM-EXTERNAL-GATE")).isEmpty();
        }
    }

    @Nested
    class Visits {

        @Test
        void visitPenLogIntactReviewsGoodsDamagedOrRatedPoorly() {
            var damaged = new DeliveryRecord("D1", "MIANXIAN", DeliveryRecord.Zone.LOCAL,
                    java.time.LocalDateTime.parse("2024-11-05T10:00"), java.time.LocalDateTime.parse("2024-11-05T15:00"),
                    List.of("MA"), true, null);
            assertThat(flags(SHIPPED.score(of(MA).add(damaged)), "VISIT-PEN-LOG-INTACT")).containsExactly("REVIEW");
            var rated = visit(VisitKind.LOGISTICS, "2024-11-06T10:00").by("MA").rated("GOODS_INTACT", Rating.N).build();
            assertThat(flags(SHIPPED.score(of(MA).add(rated)), "VISIT-PEN-LOG-INTACT")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(of(MA).add(delivery("D1", DeliveryRecord.Zone.LOCAL, "2024-11-05T10:00",
                    "2024-11-05T15:00", "MA"))), "VISIT-PEN-LOG-INTACT")).isEmpty();
        }

        @Test
        void visitPenFuncReviewsAStaffComplaintAboutAFunctionalDepartment() {
            assertThat(flags(SHIPPED.score(of(QIAN).add(incident("QIAN", "2024-11-06", "VISIT-PEN-FUNC", null))),
                    "VISIT-PEN-FUNC")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(of(QIAN).add(visit(VisitKind.INTERNAL, "2024-11-06T10:00").by("QIAN")
                    .result(Rating.D).build())), "VISIT-PEN-FUNC")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(of(QIAN).add(visit(VisitKind.INTERNAL, "2024-11-06T10:00").by("QIAN")
                    .result(Rating.S).build())), "VISIT-PEN-FUNC")).isEmpty();
        }

        @Test
        void visitUnlistedReviewsAComplaintTheTableDoesNotList() {
            assertThat(flags(SHIPPED.score(of(QIAN).add(incident("QIAN", "2024-11-06", "VISIT-UNLISTED", null))),
                    "VISIT-UNLISTED")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(of(QIAN).add(incident("QIAN", "2024-11-06", "PEN-UNIFORM", null))),
                    "VISIT-UNLISTED")).isEmpty();
        }

        @Test
        void visitPenSalesItemsReviewsAModeTheRulesDoNotKnow() {
            var rated = visit(VisitKind.SALES, "2024-11-05T10:00").by("QIAN").rated("SERVICE_ATTITUDE", Rating.D).build();
            assertThat(flags(SWITCHED.score(of(QIAN).add(rated)), "VISIT-PEN-SALES-ITEMS")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(of(QIAN).add(rated)), "VISIT-PEN-SALES-ITEMS")).isEmpty();
        }

        @Test
        void visitLeaderJointReviewsAnEscalatedPenaltyOfAnInstallerWithoutALeaderOnRecord() {
            assertThat(flags(SHIPPED.score(month(Staff.CHEN, "2024-11").wage("2024-11", "150").add(order("O1", "CHEN")
                    .flag("usedCustomerItemsWithoutConsent").flag("complaintEscalated").record())), "VISIT-LEADER-JOINT"))
                    .containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").flag("usedCustomerItemsWithoutConsent")
                    .flag("complaintEscalated").record())), "VISIT-LEADER-JOINT")).isEmpty();
        }

        @Test
        void visitDispatchRespReviewsATimelinessPenaltyWhileTheDispatchDeadlineIsUnknown() {
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").called("2024-11-05T09:30").agreed(null)
                    .arrived(null).completed("2024-11-06T10:00").record())), "VISIT-DISPATCH-RESP")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").record())), "VISIT-DISPATCH-RESP")).isEmpty();
        }
    }

    @Nested
    class Kpi {

        private final KpiHarness kpi = new KpiHarness(SHIPPED);

        @Test
        void removedVisitLiaisonReviewLeavesTheNotSentFinding() {
            var v = visit(VisitKind.AS_ONSITE, "2024-11-12T10:00").order("O1").result(Rating.D).build();
            var r = kpi.month("2024-11").visits(v).score();
            assertThat(r.findings("VISIT-LIAISON")).extracting(f -> f.getStatus()).containsExactly("NOT_SENT");
            assertThat(r.flags("REVIEW")).isEmpty();
        }

        @Test
        void removedVisitStatusReviewLeavesTheInconsistentFinding() {
            var v = visit(VisitKind.AS_ONSITE, "2024-11-12T10:00").order("O1").result(Rating.VD)
                    .status(com.aftersales.visit.VisitState.VISITED, com.aftersales.visit.VisitState.COMPLETED)
                    .liaison("2024-11-12T11:00", null, null).build();
            var r = kpi.month("2024-11").visits(v).score();
            assertThat(r.scored().results(com.aftersales.facts.result.VisitStatusFinding.class))
                    .extracting(com.aftersales.facts.result.VisitStatusFinding::isConsistent).contains(false);
            assertThat(r.flags("REVIEW")).isEmpty();
        }
    }
}
