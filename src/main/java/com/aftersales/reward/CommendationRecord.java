package com.aftersales.reward;

import com.aftersales.record.RecordId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A deed that may earn a reward (RULES.md §0.3 and §0.4 Commendation, API.md /api/commendations):
 * a media report, a prevented loss, help given to colleagues, a top ranking, an outstanding
 * contribution. {@code date} is the day HR approved it (the pay month), {@code month} the month a
 * monthly commendation is for; at least one is given.
 */
public record CommendationRecord(
        @RecordId String id,
        @RecordId String employeeId,
        @NotNull Kind kind,
        LocalDate date,
        YearMonth month,
        MediaType mediaType,
        MediaLevel mediaLevel,
        @Size(max = 200) String outlet,
        @Size(max = 64) String deedId,
        Boolean underCompanyName,
        Boolean factsVerified,
        Boolean duringWork,
        @Min(1) @Max(1000) Integer count,
        Boolean managerStatementSubmitted,
        @Min(1) @Max(100_000) Integer completionRank,
        @Min(1) @Max(100_000) Integer qualityRank,
        Boolean tiedForFirst,
        @Size(max = 2000) String note) {

    /** What was commended (一、奖励 序1–5). */
    public enum Kind { MEDIA, LOSS_PREVENTED, PEER_HELP, TOP_PERFORMER, OUTSTANDING }

    /** 平面媒体 or 电视媒体; online and other channels are not in the table. */
    public enum MediaType { PRINT, TV, ONLINE, OTHER }

    /** 市级, 省级, 国家级. */
    public enum MediaLevel { CITY, PROVINCE, NATIONAL }

    /** The day the reward is paid on: the approval date, or the last day of the month it is for. */
    public LocalDate effectiveDate() {
        return date != null ? date : month.atEndOfMonth();
    }

    /** The calendar month the commendation counts in. */
    public YearMonth monthOf() {
        return month != null ? month : YearMonth.from(date);
    }

    static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
