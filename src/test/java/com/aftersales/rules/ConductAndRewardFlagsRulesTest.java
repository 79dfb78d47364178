package com.aftersales.rules;

import static com.aftersales.rules.FlagAudit.*;
import static com.aftersales.rules.RuleHarness.month;
import static com.aftersales.rules.VisitRecords.commendation;
import static com.aftersales.rules.VisitRecords.media;
import static com.aftersales.rules.VisitRecords.ranking;
import static com.aftersales.support.WorkOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.reward.CommendationRecord;
import com.aftersales.workorder.IncidentRecord;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The flags of the conduct penalties and the rewards (the flag audit of docs/decisions.md): see {@link FlagAudit}. */
class ConductAndRewardFlagsRulesTest {

    @Nested
    class Conduct {

        @Test
        void penLiveWorkHeightReviewsOutdoorWorkBelowTwoMetresWithoutABelt() {
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").flag("outdoor").set("heightM", "1.5").record())),
                    "PEN-LIVE-WORK-HEIGHT")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").flag("outdoor").flag("beltOrRopeUsed")
                    .set("heightM", "1.5").record())), "PEN-LIVE-WORK-HEIGHT")).isEmpty();
        }

        @Test
        void penJobOverdueReviewsAnOnSiteOrderBeyondThirtyKilometres() {
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").distance("35").record())), "PEN-JOB-OVERDUE"))
                    .containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").distance("25").record())), "PEN-JOB-OVERDUE"))
                    .isEmpty();
        }

        @Test
        void penSmokingReviewsAnIncidentWithoutThePlace() {
            assertThat(flags(SHIPPED.score(wang().add(conductIncident("WANG", "PEN-SMOKING", null, null, null, null, null))),
                    "PEN-SMOKING")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(conductIncident("WANG", "PEN-SMOKING", "WORKSHOP", null, null, null, null))),
                    "PEN-SMOKING")).isEmpty();
        }

        @Test
        void penInsubordinationReviewsASuspensionChosenInsteadOfTheFine() {
            assertThat(flags(SHIPPED.score(wang().add(conductIncident("WANG", "PEN-INSUBORDINATION", null, null,
                    IncidentRecord.Sanction.SUSPENSION, null, null))), "PEN-INSUBORDINATION")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(conductIncident("WANG", "PEN-INSUBORDINATION", null, null,
                    IncidentRecord.Sanction.FINE, null, null))), "PEN-INSUBORDINATION")).isEmpty();
        }

        @Test
        void penOverchargeReviewsAnIncidentWithoutTheFeesOnTheOrder() {
            assertThat(flags(SHIPPED.score(wang().add(conductIncident("WANG", "PEN-OVERCHARGE", null, null, null, null, null))),
                    "PEN-OVERCHARGE")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").set("feeStandard", "150").set("feeCharged", "200")
                    .set("feeHandedOver", "150").record())), "PEN-OVERCHARGE")).isEmpty();
        }

        @Test
        void penReputationRefersASevereCaseToHr() {
            assertThat(flags(SHIPPED.score(wang().add(conductIncident("WANG", "PEN-REPUTATION", null, null, null, true, null))),
                    "PEN-REPUTATION")).containsExactly("HR_REFERRAL");
            assertThat(flags(SHIPPED.score(wang().add(conductIncident("WANG", "PEN-REPUTATION", null, null, null, false, null))),
                    "PEN-REPUTATION")).isEmpty();
        }

        @Test
        void penCardLostReviewsALostCardWithoutTheManufacturerFee() {
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").flag("cardLostPersonalFault").record())),
                    "PEN-CARD-LOST")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").flag("cardLostPersonalFault")
                    .set("manufacturerFee", "45").record())), "PEN-CARD-LOST")).isEmpty();
            assertThat(flags(SHIPPED.score(wang().add(conductIncident("WANG", "PEN-CARD-LOST", null, null, null, null, null))),
                    "PEN-CARD-LOST")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(conductIncident("WANG", "PEN-CARD-LOST", null, null, null, null, "45"))),
                    "PEN-CARD-LOST")).isEmpty();
        }

        @Test
        void penDamageEscalationRecordsTheCompensationItem() {
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").flag("damageCaused").flag("complaintEscalated")
                    .record())), "PEN-DAMAGE-ESCALATION")).containsExactly("COMPENSATION");
            assertThat(flags(SHIPPED.score(wang().add(order("O1", "WANG").flag("damageCaused").flag("damageHandled")
                    .flag("complaintEscalated").record())), "PEN-DAMAGE-ESCALATION")).isEmpty();
        }
    }

    @Nested
    class Rewards {

        private CommendationRecord unstated(CommendationRecord.Kind kind, int count) {
            var c = commendation("WANG", kind, "2024-11", count);
            return new CommendationRecord(c.id(), "WANG", kind, null, c.month(), null, null, null, null, null, null, null,
                    count, false, null, null, null, null);
        }

        @Test
        void bonusTopPerformerReviewsATieForFirstPlace() {
            assertThat(flags(SHIPPED.score(wang().add(ranking("WANG", "2024-11", 1, 1, true))), "BONUS-TOP-PERFORMER"))
                    .containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(ranking("WANG", "2024-11", 1, 1, false))), "BONUS-TOP-PERFORMER"))
                    .isEmpty();
        }

        @Test
        void bonusMediaUnlistedReviewsMediaTheTableDoesNotList() {
            assertThat(flags(SHIPPED.score(wang().add(media("WANG", "2024-11-12", "d1", CommendationRecord.MediaType.ONLINE,
                    CommendationRecord.MediaLevel.NATIONAL, "微博"))), "BONUS-MEDIA-UNLISTED")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(media("WANG", "2024-11-12", "d1", CommendationRecord.MediaType.PRINT,
                    CommendationRecord.MediaLevel.CITY, "汉中日报"))), "BONUS-MEDIA-UNLISTED")).isEmpty();
        }

        @Test
        void bonusOutstandingReviewsAContributionRewardedUnderAnAbsentScheme() {
            assertThat(flags(SHIPPED.score(wang().add(commendation("WANG", CommendationRecord.Kind.OUTSTANDING, "2024-11",
                    1))), "BONUS-OUTSTANDING")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(commendation("WANG", CommendationRecord.Kind.LOSS_PREVENTED,
                    "2024-11", 1))), "BONUS-OUTSTANDING")).isEmpty();
        }

        @Test
        void bonusMediaStackingReviewsAWayOfStackingTheRulesDoNotKnow() {
            CommendationRecord report = media("WANG", "2024-11-12", "d1", CommendationRecord.MediaType.PRINT,
                    CommendationRecord.MediaLevel.CITY, "汉中日报");
            assertThat(flags(SWITCHED.score(wang().add(report)), "BONUS-MEDIA-STACKING")).containsExactly("REVIEW");
            assertThat(flags(SHIPPED.score(wang().add(report)), "BONUS-MEDIA-STACKING")).isEmpty();
        }

        @Test
        void switchedRewardsWaitingForTheManagersStatementAreReviewedOnlyWithTheSwitchOn() {
            for (var c : List.of(unstated(CommendationRecord.Kind.PEER_HELP, 3),
                    unstated(CommendationRecord.Kind.LOSS_PREVENTED, 1))) {
                String rule = c.kind() == CommendationRecord.Kind.PEER_HELP ? "BONUS-PEER-HELP" : "BONUS-LOSS-PREVENTED";
                assertThat(flags(SHIPPED.score(wang().add(c)), rule)).isEmpty();
                assertThat(flags(SWITCHED.score(wang().add(c)), rule)).containsExactly("REVIEW");
            }
            var first = ranking("WANG", "2024-11", 1, 1, false);
            var firstUnstated = new CommendationRecord(first.id(), "WANG", first.kind(), null, first.month(), null, null,
                    null, null, null, null, null, null, false, 1, 1, false, null);
            assertThat(flags(SHIPPED.score(wang().add(firstUnstated)), "BONUS-TOP-PERFORMER")).isEmpty();
            assertThat(flags(SWITCHED.score(wang().add(firstUnstated)), "BONUS-TOP-PERFORMER")).containsExactly("REVIEW");
            // outside the condition: the statement is there, the reward is paid and nothing is flagged
            assertThat(flags(SWITCHED.score(wang().add(commendation("WANG", CommendationRecord.Kind.PEER_HELP, "2024-11",
                    3))), "BONUS-PEER-HELP")).isEmpty();
            assertThat(flags(SWITCHED.score(wang().add(first)), "BONUS-TOP-PERFORMER")).isEmpty();
        }
    }
}
