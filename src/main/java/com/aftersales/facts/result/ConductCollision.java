package com.aftersales.facts.result;

import com.aftersales.facts.input.RecordRef;
import java.time.LocalDate;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Two documents charged the same conduct of one occurrence and the one-charge step (G-9) kept one. The
 * employee is charged once either way; a rule turns this into a CONDUCT_COLLISION flag for the policy admins
 * only where the conduct revision's P_FLAG_CONDUCT_COLLISION switch is on (the catalogue asks for no flag).
 */
public final class ConductCollision {

    private final String employeeId;
    private final LocalDate date;
    private final String detail;
    private final List<RecordRef> records;

    public ConductCollision(String employeeId, LocalDate date, String detail, List<RecordRef> records) {
        this.employeeId = employeeId;
        this.date = date;
        this.detail = detail;
        this.records = List.copyOf(records);
    }

    public String getEmployeeId() { return employeeId; }
    public LocalDate getDate() { return date; }
    public String getDetail() { return detail; }

    /** The CONDUCT_COLLISION flag, on the employee whose line was kept. */
    public Flag flag(RuleContext k) {
        return employeeId == null ? Flag.raise(k, Precedence.COLLISION, date, detail, records)
                : Flag.raiseFor(k, employeeId, Precedence.COLLISION, date, detail, records);
    }
}
