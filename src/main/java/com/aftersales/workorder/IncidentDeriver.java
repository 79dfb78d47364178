package com.aftersales.workorder;

import jakarta.enterprise.context.ApplicationScoped;
import com.aftersales.facts.input.Incident;
import com.aftersales.scoring.EmployeeMonth;
import com.aftersales.scoring.FactDeriver;
import java.util.function.Consumer;

/**
 * Incident records → {@link Incident} facts. First stage: the rules decide from an incident whether a
 * day's punches are the employee's (ATT-PROXY-2) before the attendance days are derived.
 */
@ApplicationScoped
public class IncidentDeriver implements FactDeriver {

    @Override
    public boolean firstStage() {
        return true;
    }

    @Override
    public void derive(EmployeeMonth month, Consumer<Object> facts) {
        for (IncidentRecord r : month.records(IncidentRecord.class)) {
            facts.accept(new Incident(r.id(), r.employeeId(), r.date(), r.code(), r.orderId(), r.amount(),
                    IncidentRecord.yes(r.verified()), IncidentRecord.yes(r.reportedImmediately()),
                    IncidentRecord.yes(r.formalitiesCompleted()), r.location(), r.distanceToFlammablesM(),
                    r.sanction() == null ? null : r.sanction().name(), IncidentRecord.yes(r.severe()), r.note(),
                    month.inPeriod(r.date())));
        }
    }
}
