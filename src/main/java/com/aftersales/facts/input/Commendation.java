package com.aftersales.facts.input;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A commended deed (RULES.md §0.3, §0.4 Commendation): kind MEDIA, LOSS_PREVENTED, PEER_HELP,
 * TOP_PERFORMER or OUTSTANDING. Java marks the first report of a deed by an outlet
 * ({@code firstReport}), since the same outlet repeating the same story earns nothing more.
 */
public final class Commendation {

    private final String id;
    private final String kind;
    private final LocalDate date;
    private final YearMonth month;
    private final String mediaType;
    private final String mediaLevel;
    private final String outlet;
    private final String deedId;
    private final boolean underCompanyName;
    private final boolean factsVerified;
    private final boolean duringWork;
    private final int count;
    private final boolean statementSubmitted;
    private final int completionRank;
    private final int qualityRank;
    private final boolean tiedForFirst;
    private final boolean firstReport;

    /** The commendation's data; ranks are 0 when not given. */
    public record Data(String id, String kind, LocalDate date, YearMonth month, String mediaType, String mediaLevel,
            String outlet, String deedId, boolean underCompanyName, boolean factsVerified, boolean duringWork,
            int count, boolean statementSubmitted, int completionRank, int qualityRank, boolean tiedForFirst) {
    }

    public Commendation(Data d, boolean firstReport) {
        this.id = d.id();
        this.kind = d.kind();
        this.date = d.date();
        this.month = d.month();
        this.mediaType = d.mediaType();
        this.mediaLevel = d.mediaLevel();
        this.outlet = d.outlet();
        this.deedId = d.deedId();
        this.underCompanyName = d.underCompanyName();
        this.factsVerified = d.factsVerified();
        this.duringWork = d.duringWork();
        this.count = d.count();
        this.statementSubmitted = d.statementSubmitted();
        this.completionRank = d.completionRank();
        this.qualityRank = d.qualityRank();
        this.tiedForFirst = d.tiedForFirst();
        this.firstReport = firstReport;
    }

    public String getId() { return id; }
    public String getKind() { return kind; }
    /** The day a reward for it is paid on (the approval date, or the last day of its month). */
    public LocalDate getDate() { return date; }
    public YearMonth getMonth() { return month; }
    /** PRINT, TV, ONLINE or OTHER. */
    public String getMediaType() { return mediaType; }
    /** CITY, PROVINCE or NATIONAL. */
    public String getMediaLevel() { return mediaLevel; }
    public String getOutlet() { return outlet; }
    public String getDeedId() { return deedId; }
    public boolean isUnderCompanyName() { return underCompanyName; }
    public boolean isFactsVerified() { return factsVerified; }
    public boolean isDuringWork() { return duringWork; }
    /** How many occurrences (helps, prevented losses) the record stands for; at least 1. */
    public int getOccurrences() { return count; }
    /** 网点经理提交事件情况说明给人资部 (rewards 2–4). */
    public boolean isStatementSubmitted() { return statementSubmitted; }
    public int getCompletionRank() { return completionRank; }
    public int getQualityRank() { return qualityRank; }
    public boolean isTiedForFirst() { return tiedForFirst; }
    public boolean isFirstReport() { return firstReport; }

    public RecordRef getRef() {
        return RecordRef.of("commendation", id);
    }

    public List<RecordRef> getRecords() {
        return List.of(getRef());
    }

    @Override
    public String toString() {
        return "Commendation " + id + " " + kind + " " + date;
    }
}
