package com.aftersales.workorder;

import com.aftersales.policy.RuleCatalogue;
import com.aftersales.record.Party;
import com.aftersales.record.RecordType;
import com.aftersales.record.ReferenceChecks;
import com.aftersales.record.References;
import com.aftersales.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The incident record kind: its code must be a rule id of the catalogue, its employee and the work
 * order it names must exist.
 */
@ApplicationScoped
public class IncidentRecordType implements RecordType<IncidentRecord> {

    private final RuleCatalogue catalogue;

    public IncidentRecordType(RuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String name() {
        return "incident";
    }

    @Override
    public Class<IncidentRecord> javaType() {
        return IncidentRecord.class;
    }

    @Override
    public String id(IncidentRecord r) {
        return r.id();
    }

    @Override
    public List<Party> parties(IncidentRecord r) {
        return List.of(Party.on(r.employeeId(), r.date()));
    }

    @Override
    public void checkReferences(List<IncidentRecord> rs, List<String> at, References refs,
            Consumer<ApiError> problems) {
        ReferenceChecks.employeesExist(rs, at, r -> List.of(r.employeeId()), "employeeId", refs, problems);
        // the order an incident names may be imported later: resolved at run time (payroll/DataProblems)
        Set<String> known = catalogue.ruleIds();
        for (int i = 0; i < rs.size(); i++) {
            if (!known.contains(rs.get(i).code())) {
                problems.accept(ApiError.of(ReferenceChecks.field(at.get(i), "code"), "occurrence.ruleId", rs.get(i).code()));
            }
        }
    }
}
