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
            problems.accept(new ApiError("/note", "请填写说明或凭证编号 / give the note or the document reference "
                    + "(documentRef) the occurrence is taken from"));
        }
        if (r.date() != null && r.date().isAfter(LocalDate.now())) {
            problems.accept(new ApiError("/date", "历史记录的日期不能晚于今天 / an earlier occurrence cannot be dated "
                    + "after today (" + r.date() + ")"));
        }
    }

    @Override
    public void checkReferences(List<OccurrenceRecord> rs, List<String> at, References refs,
            Consumer<ApiError> problems) {
        ReferenceChecks.employeesExist(rs, at, r -> List.of(r.employeeId()), "employeeId", refs, problems);
        Set<String> known = catalogue.ruleIds();
        for (int i = 0; i < rs.size(); i++) {
            if (!known.contains(rs.get(i).ruleId())) {
                problems.accept(new ApiError(ReferenceChecks.field(at.get(i), "ruleId"), "\"" + rs.get(i).ruleId()
                        + "\" 不是规则目录中的规则编号 / is not a rule id of the catalogue"));
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
