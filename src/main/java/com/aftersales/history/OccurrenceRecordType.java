package com.aftersales.history;

import com.aftersales.scoring.MonthLoader;
import com.aftersales.policy.RuleCatalogue;
import com.aftersales.record.Party;
import com.aftersales.record.RecordType;
import com.aftersales.record.ReferenceChecks;
import com.aftersales.record.References;
import com.aftersales.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The occurrence record kind (imported history): its rule id must be a rule id of the catalogue, its
 * employee must exist, it is earlier history (not after today), and it names its evidence (a note or a
 * document reference).
 */
@ApplicationScoped
public class OccurrenceRecordType implements RecordType<OccurrenceRecord> {

    public static final String KIND = MonthLoader.IMPORTED_OCCURRENCE;

    private final RuleCatalogue catalogue;

    public OccurrenceRecordType(RuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public Class<OccurrenceRecord> javaType() {
        return OccurrenceRecord.class;
    }

    @Override
    public String id(OccurrenceRecord r) {
        return r.id();
    }

    @Override
    public List<Party> parties(OccurrenceRecord r) {
        return List.of(Party.on(r.employeeId(), r.date()));
    }

    @Override
    public void check(OccurrenceRecord r, Consumer<ApiError> problems) {
        if (blank(r.note()) && blank(r.documentRef())) {
            problems.accept(ApiError.of("/note", "occurrence.evidence"));
        }
        if (r.date() != null && r.date().isAfter(LocalDate.now())) {
            problems.accept(ApiError.of("/date", "occurrence.future", r.date()));
        }
    }

    @Override
    public void checkReferences(List<OccurrenceRecord> rs, List<String> at, References refs,
            Consumer<ApiError> problems) {
        ReferenceChecks.employeesExist(rs, at, r -> List.of(r.employeeId()), "employeeId", refs, problems);
        Set<String> known = catalogue.ruleIds();
        for (int i = 0; i < rs.size(); i++) {
            if (!known.contains(rs.get(i).ruleId())) {
                problems.accept(ApiError.of(ReferenceChecks.field(at.get(i), "ruleId"), "occurrence.ruleId", rs.get(i).ruleId()));
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
