package com.aftersales.rules;

import static com.aftersales.reward.CommendationRecord.MediaLevel.CITY;
import static com.aftersales.reward.CommendationRecord.MediaLevel.NATIONAL;
import static com.aftersales.reward.CommendationRecord.MediaLevel.PROVINCE;
import static com.aftersales.reward.CommendationRecord.MediaType.ONLINE;
import static com.aftersales.reward.CommendationRecord.MediaType.PRINT;
import static com.aftersales.reward.CommendationRecord.MediaType.TV;
import static com.aftersales.rules.VisitRecords.media;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.facts.result.Line;
import com.aftersales.reward.CommendationDeriver;
import com.aftersales.scoring.FactDeriver;
import com.aftersales.scoring.ScoredLine;
import com.aftersales.scoring.ScoredMonth;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * P_MEDIA_STACKING, a cell of the conduct revision's Parameters-rewards sheet: PER_EXPOSURE (shipped)
 * rewards every outlet's report of a deed; HIGHEST_ONLY rewards a deed its highest report once.
 */
class MediaStackingRulesTest {

    private static final List<FactDeriver> DERIVERS = List.of(new CommendationDeriver());
    private static final RuleHarness PER_EXPOSURE = RuleHarness.of("conduct").withDerivers(DERIVERS).only("BONUS-");
    private static final RuleHarness HIGHEST_ONLY = stacking("HIGHEST_ONLY");

    private static RuleHarness stacking(String value) {
        return RuleHarness.of(RevisionEdits.latest("conduct").parameter("P_MEDIA_STACKING", value).revision())
                .withDerivers(DERIVERS).only("BONUS-");
    }

    private static ScoredMonth wang(RuleHarness rules, Object... records) {
        return rules.score(RuleHarness.month(Staff.WANG, "2024-11").add(records));
    }

    private static List<String> lines(ScoredMonth m) {
        return m.lines().stream().map(ScoredLine::line)
                .map(l -> l.getRuleId() + " " + l.getAmount() + " " + l.getDate()).toList();
    }

    private static BigDecimal paid(ScoredMonth m) {
        return m.lines().stream().map(l -> l.line().signedAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Line line(ScoredMonth m, String ruleId) {
        return m.lines().stream().map(ScoredLine::line).filter(l -> l.getRuleId().equals(ruleId)).findFirst()
                .orElseThrow();
    }

    @Nested
    class PerExposure {

        @Test
        void aCityPaperAndProvincialTelevisionStackTo530() {
            ScoredMonth m = wang(PER_EXPOSURE, media("WANG", "2024-11-12", "deed-1", PRINT, CITY, "汉中日报"),
                    media("WANG", "2024-11-14", "deed-1", TV, PROVINCE, "XX电视台"));
            assertThat(lines(m)).containsExactly("BONUS-MEDIA-CITY-PRINT 30.00 2024-11-12",
                    "BONUS-MEDIA-PROV-TV 500.00 2024-11-14");
            assertThat(line(m, "BONUS-MEDIA-PROV-TV").getArithmetic()).isEqualTo("1 × 500.00 = 500.00");
        }
    }

    @Nested
    class HighestOnly {

        @Test
        void aHigherLaterReportPaysTheDifferenceSoTheDeedEarnsItsHighestOnce() {
            ScoredMonth m = wang(HIGHEST_ONLY, media("WANG", "2024-11-12", "deed-1", PRINT, CITY, "汉中日报"),
                    media("WANG", "2024-11-14", "deed-1", TV, PROVINCE, "XX电视台"));
            assertThat(lines(m)).containsExactly("BONUS-MEDIA-CITY-PRINT 30.00 2024-11-12",
                    "BONUS-MEDIA-PROV-TV 470.00 2024-11-14");
            assertThat(paid(m)).isEqualByComparingTo("500.00");
            Line tv = line(m, "BONUS-MEDIA-PROV-TV");
            assertThat(tv.getArithmetic()).isEqualTo("500.00 − 30.00 = 470.00");
            assertThat(tv.getNote()).contains("HIGHEST_ONLY", "A-25", "BONUS-MEDIA-CITY-PRINT", "汉中日报");
            assertThat(tv.getValues()).extracting(v -> v.name() + "=" + v.value())
                    .contains("mediaStacking=HIGHEST_ONLY", "paidBefore=30.00", "outlet=XX电视台");
        }

        @Test
        void aLowerLaterReportPaysZeroSayingWhy() {
            ScoredMonth m = wang(HIGHEST_ONLY, media("WANG", "2024-11-12", "deed-1", TV, NATIONAL, "中央电视台"),
                    media("WANG", "2024-11-14", "deed-1", PRINT, PROVINCE, "华商报"));
            assertThat(lines(m)).containsExactly("BONUS-MEDIA-NATIONAL-TV 1000.00 2024-11-12",
                    "BONUS-MEDIA-PROV-PRINT 0.00 2024-11-14");
            assertThat(line(m, "BONUS-MEDIA-PROV-PRINT").getArithmetic()).contains("0.00", "1000.00");
        }

        @Test
        void anEqualReportOnTheSameDayPaysZero() {
            ScoredMonth m = wang(HIGHEST_ONLY, media("WANG", "2024-11-12", "deed-1", PRINT, PROVINCE, "华商报"),
                    media("WANG", "2024-11-12", "deed-1", PRINT, PROVINCE, "XX日报"));
            assertThat(paid(m)).isEqualByComparingTo("50.00");
            assertThat(m.lines()).extracting(l -> l.line().getAmount().toPlainString())
                    .containsExactlyInAnyOrder("50.00", "0.00");
        }

        @Test
        void aReportAloneIsPaidInFull() {
            ScoredMonth m = wang(HIGHEST_ONLY, media("WANG", "2024-11-12", "deed-1", TV, CITY, "汉中电视台"));
            assertThat(lines(m)).containsExactly("BONUS-MEDIA-CITY-TV 200.00 2024-11-12");
            assertThat(line(m, "BONUS-MEDIA-CITY-TV").getArithmetic()).isEqualTo("1 × 200.00 = 200.00");
        }

        @Test
        void differentDeedsAreRewardedEachAtTheirHighest() {
            ScoredMonth m = wang(HIGHEST_ONLY, media("WANG", "2024-11-12", "deed-1", PRINT, CITY, "汉中日报"),
                    media("WANG", "2024-11-13", "deed-2", PRINT, CITY, "汉中日报"));
            assertThat(paid(m)).isEqualByComparingTo("60.00");
        }

        @Test
        void aReportPaidInAnEarlierMonthIsNotPaidAgainAndOnlyTheDifferenceFollows() {
            ScoredMonth m = wang(HIGHEST_ONLY, media("WANG", "2024-10-25", "deed-1", TV, CITY, "汉中电视台"),
                    media("WANG", "2024-11-14", "deed-1", TV, PROVINCE, "XX电视台"));
            assertThat(lines(m)).containsExactly("BONUS-MEDIA-PROV-TV 300.00 2024-11-14");
        }

        @Test
        void anUnlistedOutletIsStillReviewedAndCountsForNothing() {
            ScoredMonth m = wang(HIGHEST_ONLY, media("WANG", "2024-11-12", "deed-1", ONLINE, CITY, "某网站"),
                    media("WANG", "2024-11-14", "deed-1", PRINT, CITY, "汉中日报"));
            assertThat(lines(m)).containsExactly("BONUS-MEDIA-CITY-PRINT 30.00 2024-11-14");
            assertThat(m.flags()).extracting(f -> f.flag().getRuleId()).containsExactly("BONUS-MEDIA-UNLISTED");
        }
    }

    @Test
    void anUnknownWayOfStackingPaysNothingAndIsReviewed() {
        ScoredMonth m = wang(stacking("ALL_DOUBLE"), media("WANG", "2024-11-12", "deed-1", PRINT, CITY, "汉中日报"));
        assertThat(m.lines()).isEmpty();
        assertThat(m.flags()).extracting(f -> f.flag().getCode() + " " + f.flag().getRuleId())
                .containsExactly("REVIEW BONUS-MEDIA-STACKING");
    }
}
