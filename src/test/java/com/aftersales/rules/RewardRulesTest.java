package com.aftersales.rules;

import static com.aftersales.reward.CommendationRecord.Kind.LOSS_PREVENTED;
import static com.aftersales.reward.CommendationRecord.Kind.OUTSTANDING;
import static com.aftersales.reward.CommendationRecord.Kind.PEER_HELP;
import static com.aftersales.reward.CommendationRecord.MediaLevel.CITY;
import static com.aftersales.reward.CommendationRecord.MediaLevel.NATIONAL;
import static com.aftersales.reward.CommendationRecord.MediaLevel.PROVINCE;
import static com.aftersales.reward.CommendationRecord.MediaType.ONLINE;
import static com.aftersales.reward.CommendationRecord.MediaType.PRINT;
import static com.aftersales.reward.CommendationRecord.MediaType.TV;
import static com.aftersales.rules.VisitRecords.commendation;
import static com.aftersales.rules.VisitRecords.media;
import static com.aftersales.rules.VisitRecords.ranking;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.facts.result.Component;
import com.aftersales.facts.result.Direction;
import com.aftersales.reward.CommendationDeriver;
import com.aftersales.reward.CommendationRecord;
import com.aftersales.scoring.ScoredLine;
import com.aftersales.scoring.ScoredMonth;
import com.aftersales.visit.VisitDeriver;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rewards of 售后作业人员奖惩办法 一、奖励 (BONUS-*): EX-47, EX-48 and their boundaries. */
class RewardRulesTest {

    private static final RuleHarness RULES = RuleHarness.of("visits", "conduct")
            .withDerivers(List.of(new VisitDeriver(), new CommendationDeriver()));

    private static ScoredMonth score(Object... records) {
        return RULES.score(RuleHarness.month(Staff.WANG, "2024-11").add(records));
    }

    private static BigDecimal paid(ScoredMonth m) {
        return m.lines().stream().map(ScoredLine::line).map(l -> l.signedAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<String> flagRules(ScoredMonth m) {
        return m.flags().stream().map(f -> f.flag().getRuleId() + " " + f.flag().getCode()).toList();
    }

    @Nested
    class Media {

        @Test
        void reportsOfOneDeedByTwoOutletsStack() {
            var m = score(media("WANG", "2024-11-12", "deed-1", PRINT, CITY, "汉中日报"),
                    media("WANG", "2024-11-14", "deed-1", TV, PROVINCE, "XX电视台"));
            assertThat(paid(m)).isEqualByComparingTo("530.00");
            assertThat(m.lines()).extracting(l -> l.line().getRuleId())
                    .containsExactly("BONUS-MEDIA-CITY-PRINT", "BONUS-MEDIA-PROV-TV");
            assertThat(m.lines()).allSatisfy(l -> {
                assertThat(l.line().getDirection()).isEqualTo(Direction.PAY);
                assertThat(l.line().getComponent()).isEqualTo(Component.REWARD);
            });
        }

        @Test
        void nationalTelevisionPaysAThousand() {
            assertThat(paid(score(media("WANG", "2024-11-12", "deed-2", TV, NATIONAL, "中央电视台"))))
                    .isEqualByComparingTo("1000.00");
        }

        @Test
        void aProvincialNewspaperPaysFifty() {
            assertThat(paid(score(media("WANG", "2024-11-12", "deed-3", PRINT, PROVINCE, "华商报"))))
                    .isEqualByComparingTo("50.00");
        }

        @Test
        void theSameOutletRepeatingTheStoryEarnsNothingMore() {
            var m = score(media("WANG", "2024-11-12", "deed-1", PRINT, CITY, "汉中日报"),
                    media("WANG", "2024-11-20", "deed-1", PRINT, CITY, "汉中日报"));
            assertThat(paid(m)).isEqualByComparingTo("30.00");
        }

        @Test
        void aRepeatInALaterMonthEarnsNothingEither() {
            var m = score(media("WANG", "2024-10-25", "deed-1", PRINT, CITY, "汉中日报"),
                    media("WANG", "2024-11-20", "deed-1", PRINT, CITY, "汉中日报"));
            assertThat(m.lines()).isEmpty();
        }

        @Test
        void unverifiedFactsEarnNothing() {
            var r = media("WANG", "2024-11-12", "deed-4", TV, CITY, "汉中电视台");
            var unverified = new CommendationRecord(r.id(), "WANG", r.kind(), r.date(), null, TV, CITY, r.outlet(),
                    r.deedId(), true, false, true, null, null, null, null, null, null);
            assertThat(score(unverified).lines()).isEmpty();
        }

        @Test
        void onlineMediaAreReviewed() {
            var m = score(media("WANG", "2024-11-12", "deed-5", ONLINE, NATIONAL, "微博"));
            assertThat(m.lines()).isEmpty();
            assertThat(flagRules(m)).containsExactly("BONUS-MEDIA-UNLISTED REVIEW");
        }
    }

    @Nested
    class Monthly {

        @Test
        void fourHelpsALossPreventedAndSecondOnQualityPay80() {
            var m = score(commendation("WANG", PEER_HELP, "2024-11", 4), commendation("WANG", LOSS_PREVENTED, "2024-11", 1),
                    ranking("WANG", "2024-11", 1, 2, false));
            assertThat(paid(m)).isEqualByComparingTo("80.00");
            assertThat(m.lines()).extracting(l -> l.line().getRuleId())
                    .containsExactlyInAnyOrder("BONUS-PEER-HELP", "BONUS-LOSS-PREVENTED");
            assertThat(m.lines()).allSatisfy(l -> assertThat(l.line().getDate()).hasToString("2024-11-30"));
        }

        @Test
        void twoHelpsPayNothing() {
            assertThat(score(commendation("WANG", PEER_HELP, "2024-11", 1), commendation("WANG", PEER_HELP, "2024-11", 1))
                    .lines()).isEmpty();
        }

        @Test
        void threeHelpsInSeparateRecordsPayFiftyOnce() {
            var m = score(commendation("WANG", PEER_HELP, "2024-11", 1), commendation("WANG", PEER_HELP, "2024-11", 1),
                    commendation("WANG", PEER_HELP, "2024-11", 1));
            assertThat(paid(m)).isEqualByComparingTo("50.00");
            assertThat(m.lines()).singleElement().satisfies(l -> assertThat(l.line().getRecords()).hasSize(3));
        }

        @Test
        void sevenHelpsStillPayFifty() {
            assertThat(paid(score(commendation("WANG", PEER_HELP, "2024-11", 7)))).isEqualByComparingTo("50.00");
        }

        @Test
        void helpsWithoutTheManagersStatementAreNotPaidAndRaiseNothingByDefault() {
            var c = commendation("WANG", PEER_HELP, "2024-11", 3);
            var unstated = new CommendationRecord(c.id(), "WANG", PEER_HELP, null, c.month(), null, null, null, null,
                    null, null, null, 3, false, null, null, null, null);
            var m = score(unstated);
            assertThat(m.lines()).isEmpty();
            assertThat(flagRules(m)).isEmpty();
        }

        @Test
        void firstOnBothRankingsPaysFifty() {
            var m = score(ranking("WANG", "2024-11", 1, 1, false));
            assertThat(paid(m)).isEqualByComparingTo("50.00");
            assertThat(m.lines().get(0).line().getRuleId()).isEqualTo("BONUS-TOP-PERFORMER");
        }

        @Test
        void aTieForFirstIsReviewed() {
            var m = score(ranking("WANG", "2024-11", 1, 1, true));
            assertThat(m.lines()).isEmpty();
            assertThat(flagRules(m)).containsExactly("BONUS-TOP-PERFORMER REVIEW");
        }

        @Test
        void refusingAnAssignmentThatMonthForfeitsTheTopReward() {
            var m = score(ranking("WANG", "2024-11", 1, 1, false),
                    Records.incident("WANG", "2024-11-06", "PEN-INSUBORDINATION", null));
            assertThat(m.lines()).extracting(l -> l.line().getRuleId()).doesNotContain("BONUS-TOP-PERFORMER");
        }

        @Test
        void aPreventedLossWithoutTheStatementIsNotPaidAndRaisesNothingByDefault() {
            var c = commendation("WANG", LOSS_PREVENTED, "2024-11", 1);
            var unstated = new CommendationRecord(c.id(), "WANG", LOSS_PREVENTED, null, c.month(), null, null, null,
                    null, null, null, null, 1, false, null, null, null, null);
            var m = score(unstated);
            assertThat(m.lines()).isEmpty();
            assertThat(flagRules(m)).isEmpty();
        }

        @Test
        void anOutstandingContributionIsReviewed() {
            var m = score(commendation("WANG", OUTSTANDING, "2024-11", 1));
            assertThat(m.lines()).isEmpty();
            assertThat(flagRules(m)).containsExactly("BONUS-OUTSTANDING REVIEW");
        }
    }
}
