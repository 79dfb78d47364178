package com.aftersales.rules;

import static com.aftersales.rules.RuleHarness.month;

import com.aftersales.facts.input.Profile;
import com.aftersales.leave.LeaveRecord;
import com.aftersales.leave.LeaveType;
import com.aftersales.reward.CommendationDeriver;
import com.aftersales.scoring.ScoredMonth;
import com.aftersales.visit.VisitDeriver;
import com.aftersales.workorder.IncidentRecord;
import com.aftersales.workorder.WorkOrderDeriver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the flag audit tests share (docs/decisions.md, "Flags: where the handbook needs a person"): the shipped
 * rule book, the same with every flag switch on and modes no DRL knows, compiled once for all of them,
 * and small builders. Each flag is tested raised inside its condition and not outside it; a switched flag
 * not raised by default; a removed flag not raised, with the finding it repeated still there.
 */
final class FlagAudit {

    private static final List<com.aftersales.scoring.FactDeriver> MORE = List.of(new WorkOrderDeriver(),
            new VisitDeriver(), new CommendationDeriver());

    /** The shipped revisions. */
    static final RuleHarness SHIPPED = RuleHarness.of("attendance", "conduct", "visits", "complaints", "commission")
            .withDerivers(MORE);

    /** The shipped revisions with every flag switch on, and modes no DRL knows (an undeclared manifest). */
    static final RuleHarness SWITCHED = RuleHarness.of(
            RevisionEdits.latest("attendance").parameter("P_REVIEW_FILING_MISSING", "true").revision(),
            RevisionEdits.latest("conduct").parameter("P_FLAG_CONDUCT_COLLISION", "true")
                    .parameter("P_REVIEW_STATEMENT_MISSING", "true").parameter("P_MEDIA_STACKING", "BY_OUTLET")
                    .revision(),
            RevisionEdits.latest("visits").parameter("P_SALES_ITEMS_MODE", "BY_ITEM_COUNT").revision(),
            RevisionEdits.latest("complaints").revision(),
            RevisionEdits.latest("commission").parameter("P_REVIEW_EXTERNAL_GATE", "true").revision())
            .withDerivers(MORE);

    static final Profile EXTERNAL = new Profile("WAI", "外援", "MIANXIAN", "售后", true, true, false, false, false,
            LocalDate.of(2023, 1, 1), LocalDate.of(2008, 1, 1), null, "LI");
    static final Profile QIAN = VisitPenaltyRulesTest.QIAN;
    static final Profile MA = VisitPenaltyRulesTest.MA;

    static RuleHarness.Month wang() {
        return month(Staff.WANG, "2024-11").wage("2024-11", "180");
    }

    static RuleHarness.Month of(Profile p) {
        return month(p, "2024-11").wage("2024-11", "150");
    }

    /** The codes of the flags a rule raised, e.g. ["REVIEW"]. */
    static List<String> flags(ScoredMonth m, String ruleId) {
        return m.flags().stream().filter(f -> f.flag().getRuleId().equals(ruleId)).map(f -> f.flag().getCode()).toList();
    }

    static IncidentRecord conductIncident(String employee, String code, String location, String metres,
            IncidentRecord.Sanction sanction, Boolean severe, String amount) {
        return new IncidentRecord("I-" + code + "-" + location + "-" + sanction + "-" + severe + "-" + amount, employee,
                LocalDate.of(2024, 11, 6), code, null, amount == null ? null : new BigDecimal(amount), null, null, null,
                null, location, metres == null ? null : new BigDecimal(metres), sanction, severe);
    }

    static LeaveRecord leave(String employee, LeaveType type, String start, String end) {
        return LeaveRecords.days(employee, type, start, end).chain("DIRECT_SUPERIOR", "INDIRECT_SUPERIOR",
                "BRANCH_MANAGER", "HQ_HR", "GENERAL_MANAGER", "COMPANY", "BRANCH_FINANCE").build();
    }

    private FlagAudit() {
    }
}
