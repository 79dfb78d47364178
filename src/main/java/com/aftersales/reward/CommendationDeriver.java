package com.aftersales.reward;

import com.aftersales.facts.input.Commendation;
import com.aftersales.scoring.EmployeeMonth;
import com.aftersales.scoring.FactDeriver;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Commendation records → {@link Commendation} facts, marking the first report of each deed by each
 * outlet (earliest date, then id), since the same outlet repeating a story earns nothing more.
 */
@ApplicationScoped
public class CommendationDeriver implements FactDeriver {

    @Override
    public void derive(EmployeeMonth month, Consumer<Object> facts) {
        List<CommendationRecord> records = month.records(CommendationRecord.class);
        Set<String> seen = new HashSet<>();
        Set<CommendationRecord> first = new HashSet<>();
        records.stream().filter(r -> r.kind() == CommendationRecord.Kind.MEDIA)
                .sorted(Comparator.comparing(CommendationRecord::effectiveDate).thenComparing(CommendationRecord::id))
                .forEach(r -> {
                    if (seen.add(deed(r) + "|" + r.outlet().trim())) {
                        first.add(r);
                    }
                });
        for (CommendationRecord r : records) {
            facts.accept(new Commendation(data(r), r.kind() != CommendationRecord.Kind.MEDIA || first.contains(r)));
        }
    }

    private static String deed(CommendationRecord r) {
        return r.deedId() == null || r.deedId().isBlank() ? "record:" + r.id() : r.deedId().trim();
    }

    private static Commendation.Data data(CommendationRecord r) {
        return new Commendation.Data(r.id(), r.kind().name(), r.effectiveDate(), r.monthOf(),
                r.mediaType() == null ? null : r.mediaType().name(), r.mediaLevel() == null ? null : r.mediaLevel().name(),
                r.outlet(), r.deedId(), CommendationRecord.yes(r.underCompanyName()),
                CommendationRecord.yes(r.factsVerified()), CommendationRecord.yes(r.duringWork()),
                r.count() == null ? 1 : r.count(), CommendationRecord.yes(r.managerStatementSubmitted()),
                r.completionRank() == null ? 0 : r.completionRank(), r.qualityRank() == null ? 0 : r.qualityRank(),
                CommendationRecord.yes(r.tiedForFirst()));
    }
}
