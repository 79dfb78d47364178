package com.aftersales.rules;

import static com.aftersales.rules.VisitRecords.delivery;
import static com.aftersales.rules.VisitRecords.visit;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.facts.input.Profile;
import com.aftersales.reward.CommendationDeriver;
import com.aftersales.scoring.ScoredLine;
import com.aftersales.scoring.ScoredMonth;
import com.aftersales.visit.DeliveryRecord.Zone;
import com.aftersales.visit.Rating;
import com.aftersales.visit.VisitDeriver;
import com.aftersales.visit.VisitKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** VISIT-PEN-SALES-*, VISIT-PEN-LOG-* and VISIT-PEN-FUNC on the staff member assessed (EX-37, C-7, C-10, A-21). */
class VisitPenaltyRulesTest {

    private static final RuleHarness RULES = RuleHarness.of("visits", "conduct")
            .withDerivers(List.of(new VisitDeriver(), new CommendationDeriver()));

    static final Profile QIAN = new Profile("QIAN", "钱", "MIANXIAN", "门店", false, false, false, false, true,
            LocalDate.of(2020, 1, 1), LocalDate.of(2008, 1, 1), null, null);
    static final Profile MA = new Profile("MA", "马", "MIANXIAN", "物流", false, false, false, false, true,
            LocalDate.of(2020, 1, 1), LocalDate.of(2008, 1, 1), null, null);

    private static ScoredMonth score(Profile p, Object... records) {
        return RULES.score(RuleHarness.month(p, "2024-11").add(records));
    }

    private static BigDecimal deducted(ScoredMonth m) {
        return m.lines().stream().map(ScoredLine::line).map(l -> l.signedAmount().negate())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Nested
    class Sales {

        @Test
        void aNeutralAttitudeCostsTheCashierTwenty() {
            var m = score(QIAN, visit(VisitKind.SALES, "2024-11-05T10:00").by("QIAN")
                    .rated("服务态度", Rating.N).rated("用户满意度", Rating.S).build());
            assertThat(m.lines()).extracting(l -> l.line().getRuleId()).containsExactly("VISIT-PEN-SALES-ATTITUDE");
            assertThat(deducted(m)).isEqualByComparingTo("20.00");
            assertThat(m.lines().get(0).line().getDate()).hasToString("2024-11-05");
        }

        @Test
        void bothItemsDissatisfiedCostForty() {
            var m = score(QIAN, visit(VisitKind.SALES, "2024-11-05T10:00").by("QIAN")
                    .rated("SERVICE_ATTITUDE", Rating.D).rated("SATISFACTION", Rating.D).build());
            assertThat(m.lines()).extracting(l -> l.line().getRuleId())
                    .containsExactly("VISIT-PEN-SALES-ATTITUDE", "VISIT-PEN-SALES-SAT");
            assertThat(deducted(m)).isEqualByComparingTo("40.00");
        }

        @Test
        void satisfiedRatingsCostNothingAndEarnNothing() {
            var m = score(QIAN, visit(VisitKind.SALES, "2024-11-05T10:00").by("QIAN")
                    .rated("服务态度", Rating.VS).rated("用户满意度", Rating.S).build());
            assertThat(m.lines()).isEmpty();
        }

        @Test
        void aVisitOutsideTheMonthIsChargedInItsOwnMonth() {
            var m = score(QIAN, visit(VisitKind.SALES, "2024-10-28T10:00").by("QIAN")
                    .rated("服务态度", Rating.VD).build());
            assertThat(m.lines()).isEmpty();
        }
    }

    @Nested
    class Logistics {

        @Test
        void aLocalDelivery30HoursAfterPaymentCostsTwentyEvenRatedSatisfied() {
            var m = score(MA, delivery("D1", Zone.LOCAL, "2024-11-04T09:00", "2024-11-05T15:00", "MA"),
                    visit(VisitKind.LOGISTICS, "2024-11-06T10:00").delivery("D1").by("MA")
                            .rated("配送时效", Rating.S).build());
            assertThat(m.lines()).extracting(l -> l.line().getRuleId()).containsExactly("VISIT-PEN-LOG-TIME");
            assertThat(deducted(m)).isEqualByComparingTo("20.00");
            assertThat(m.flags()).extracting(f -> f.flag().getRuleId() + " " + f.flag().getCode())
                    .as("R-7: charged to the crew, dispatch responsibility reviewed")
                    .containsExactly("VISIT-DISPATCH-RESP REVIEW");
        }

        @Test
        void anOtherCountyDeliveryIn70HoursRatedVerySatisfiedCostsNothing() {
            var m = score(MA, delivery("D1", Zone.OTHER_COUNTY, "2024-11-04T09:00", "2024-11-07T07:00", "MA"),
                    visit(VisitKind.LOGISTICS, "2024-11-08T10:00").delivery("D1").by("MA")
                            .rated("配送时效", Rating.VS).build());
            assertThat(m.lines()).isEmpty();
        }

        @Test
        void lateAndRatedDissatisfiedIsChargedOnce() {
            var m = score(MA, delivery("D1", Zone.LOCAL, "2024-11-04T09:00", "2024-11-05T15:00", "MA"),
                    visit(VisitKind.LOGISTICS, "2024-11-06T10:00").delivery("D1").by("MA")
                            .rated("配送时效", Rating.D).build());
            assertThat(m.lines()).singleElement().satisfies(l -> {
                assertThat(l.line().getRuleId()).isEqualTo("VISIT-PEN-LOG-TIME");
                assertThat(l.line().getAmount()).isEqualByComparingTo("20.00");
                assertThat(l.line().getDate()).hasToString("2024-11-05");
                assertThat(l.line().getRecords()).extracting(r -> r.toString()).contains("delivery:D1");
            });
        }

        @Test
        void exactly24HoursLocallyIsOnTime() {
            var m = score(MA, delivery("D1", Zone.LOCAL, "2024-11-04T09:00:59", "2024-11-05T09:00:10", "MA"),
                    visit(VisitKind.LOGISTICS, "2024-11-06T10:00").delivery("D1").by("MA")
                            .rated("配送时效", Rating.S).build());
            assertThat(m.lines()).isEmpty();
        }

        @Test
        void twentyFourHoursAndOneMinuteLocallyIsLate() {
            var m = score(MA, delivery("D1", Zone.LOCAL, "2024-11-04T09:00", "2024-11-05T09:01", "MA"));
            assertThat(m.lines()).extracting(l -> l.line().getRuleId()).containsExactly("VISIT-PEN-LOG-TIME");
        }

        @Test
        void underTheRatingOnlyReadingASlowDeliveryRatedSatisfiedCostsNothing() throws Exception {
            var book = KpiRulesTest.visitsRevisionWith("P_LOG_TIME_TRIGGER", "RATING_ONLY");
            var month = RuleHarness.month(MA, "2024-11").add(
                    delivery("D1", Zone.LOCAL, "2024-11-04T09:00", "2024-11-05T15:00", "MA"),
                    visit(VisitKind.LOGISTICS, "2024-11-06T10:00").delivery("D1").by("MA")
                            .rated("配送时效", Rating.S).build()).build(book);
            List<com.aftersales.scoring.FactDeriver> derivers = new java.util.ArrayList<>(RuleHarness.defaultDerivers());
            derivers.add(new VisitDeriver());
            var scored = new com.aftersales.scoring.EmployeeMonthScorer(derivers).score(month, List.of(
                    new com.aftersales.policy.RuleBookWindow(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30), book)));
            assertThat(scored.lines()).isEmpty();
        }

        @Test
        void everyCrewMemberOfALateDeliveryIsCharged() {
            var d = delivery("D1", Zone.LOCAL, "2024-11-04T09:00", "2024-11-05T15:00", "MA", "QIAN");
            assertThat(deducted(score(MA, d))).isEqualByComparingTo("20.00");
            assertThat(deducted(score(QIAN, d))).isEqualByComparingTo("20.00");
        }

        @Test
        void deliverySatisfactionAndConditionAreAssessedApart() {
            var m = score(MA, visit(VisitKind.LOGISTICS, "2024-11-06T10:00").delivery("D9").by("MA")
                    .rated("用户满意度", Rating.N).rated("商品完好率", Rating.D).build());
            assertThat(m.lines()).extracting(l -> l.line().getRuleId()).containsExactly("VISIT-PEN-LOG-SAT");
            assertThat(m.flags()).extracting(f -> f.flag().getRuleId(), f -> f.flag().getCode())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("VISIT-PEN-LOG-INTACT", "REVIEW"));
        }
    }

    @Test
    void aStaffSurveyComplaintAboutAFunctionalDepartmentIsReviewed() {
        var m = score(QIAN, visit(VisitKind.INTERNAL, "2024-11-20T10:00").by("QIAN").result(Rating.VD).build());
        assertThat(m.lines()).isEmpty();
        assertThat(m.flags()).extracting(f -> f.flag().getRuleId()).containsExactly("VISIT-PEN-FUNC");
    }

    @Test
    void recordedComplaintsAboutFunctionalDepartmentsOrNotInTheTableAreReviewed() {
        var m = score(QIAN, Records.incident("QIAN", "2024-11-12", "VISIT-PEN-FUNC", null),
                Records.incident("QIAN", "2024-11-13", "VISIT-UNLISTED", null));
        assertThat(m.lines()).isEmpty();
        assertThat(m.flags()).extracting(f -> f.flag().getRuleId() + " " + f.flag().getCode() + " " + f.flag().getDate())
                .containsExactly("VISIT-PEN-FUNC REVIEW 2024-11-12", "VISIT-UNLISTED REVIEW 2024-11-13");
    }

    @Test
    void goodsDamagedOnADeliveryAreReviewedForEveryCrewMember() {
        var d = new com.aftersales.visit.DeliveryRecord("D1", "MIANXIAN", Zone.LOCAL,
                java.time.LocalDateTime.parse("2024-11-04T09:00"), java.time.LocalDateTime.parse("2024-11-04T15:00"),
                List.of("MA", "QIAN"), true, null);
        for (Profile p : List.of(MA, QIAN)) {
            var m = score(p, d);
            assertThat(m.lines()).isEmpty();
            assertThat(m.flags()).extracting(f -> f.flag().getRuleId()).containsExactly("VISIT-PEN-LOG-INTACT");
        }
    }
}
