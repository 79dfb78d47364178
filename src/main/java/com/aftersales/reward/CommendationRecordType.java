package com.aftersales.reward;

import com.aftersales.record.Party;
import com.aftersales.record.RecordType;
import com.aftersales.record.ReferenceChecks;
import com.aftersales.record.References;
import com.aftersales.facts.input.Params;
import com.aftersales.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

/**
 * The commendation record kind: dated by a day or a month, a media report names its medium, level
 * and outlet, a ranking names both ranks, and the employee exists.
 */
@ApplicationScoped
public class CommendationRecordType implements RecordType<CommendationRecord> {

    /**
     * The parameter of the conduct revision that says how many months back a month still sees earlier
     * media reports, so that the same outlet repeating the same story is recognised and not paid again
     * (A-25).
     */
    public static final String MEDIA_REPEAT_MONTHS = "P_MEDIA_REPEAT_MONTHS";

    @Override
    public String name() {
        return "commendation";
    }

    @Override
    public Class<CommendationRecord> javaType() {
        return CommendationRecord.class;
    }

    @Override
    public String id(CommendationRecord r) {
        return r.id();
    }

    @Override
    public List<Party> parties(CommendationRecord r) {
        return List.of(Party.on(r.employeeId(), r.effectiveDate()));
    }

    /** A month also loads the media reports of the {@value #MEDIA_REPEAT_MONTHS} months before it. */
    @Override
    public LocalDate loadFrom(YearMonth period, LocalDate margin, Params params) {
        if (!params.has(MEDIA_REPEAT_MONTHS)) {
            return margin;
        }
        LocalDate back = period.atDay(1).minusMonths(params.integer(MEDIA_REPEAT_MONTHS));
        return back.isBefore(margin) ? back : margin;
    }

    @Override
    public void check(CommendationRecord r, Consumer<ApiError> problems) {
        if (r.date() == null && r.month() == null) {
            problems.accept(ApiError.of("/date", "commendation.date"));
        } else if (r.date() != null && r.month() != null && !YearMonth.from(r.date()).equals(r.month())) {
            problems.accept(ApiError.of("/month", "commendation.month", r.month(), r.date()));
        }
        if (r.kind() == CommendationRecord.Kind.MEDIA) {
            require(r.mediaType(), "/mediaType", "commendation.medium", problems);
            require(r.mediaLevel(), "/mediaLevel", "commendation.level",
                    problems);
            require(r.outlet() == null || r.outlet().isBlank() ? null : r.outlet(), "/outlet",
                    "commendation.outlet", problems);
        }
        if (r.kind() == CommendationRecord.Kind.TOP_PERFORMER) {
            require(r.completionRank(), "/completionRank", "commendation.completionRank", problems);
            require(r.qualityRank(), "/qualityRank", "commendation.qualityRank", problems);
        }
    }

    private static void require(Object value, String at, String message, Consumer<ApiError> problems) {
        if (value == null) {
            problems.accept(ApiError.of(at, message));
        }
    }

    @Override
    public void checkReferences(List<CommendationRecord> rs, List<String> at, References refs,
            Consumer<ApiError> problems) {
        ReferenceChecks.employeesExist(rs, at, r -> List.of(r.employeeId()), "employeeId", refs, problems);
    }
}
