package com.aftersales.rules;

import static com.aftersales.rules.RuleHarness.month;
import static com.aftersales.support.WorkOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.aftersales.facts.input.Profile;
import com.aftersales.scoring.ScoredMonth;
import com.aftersales.support.WorkOrders;
import com.aftersales.workorder.WorkOrderDeriver;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The leader's joint penalty, dispatch responsibility and the complaint rules, with the real revisions. */
class WorkOrderConsequencesTest {

    static final RuleHarness RULES = RuleHarness.of("conduct", "visits", "complaints", "commission")
            .withDerivers(List.of(new WorkOrderDeriver()));

    static ScoredMonth score(Profile who, WorkOrders.Order... orders) {
        return RULES.score(month(who, "2024-11").add(Arrays.stream(orders).map(WorkOrders.Order::record).toArray()));
    }

    @Test
    void theDirectLeaderIsChargedTheSameForEachPenaltyItemOfAnEscalatedOrder() {
        ScoredMonth m = score(Staff.WANG, order("O1", "WANG").flag("damageCaused").flag("complaintEscalated")
                .flag("usedCustomerItemsWithoutConsent").set("compensationAssessed", "300"));
        assertThat(m.lines()).filteredOn(l -> l.line().getDirection().name().equals("DEDUCT"))
                .extracting(l -> l.employeeId(), l -> l.line().getRuleId(), l -> l.line().getAmount().toPlainString())
                .containsExactlyInAnyOrder(
                        tuple("WANG", "PEN-DAMAGE-ESCALATION", "50.00"),
                        tuple("WANG", "PEN-CUSTOMER-ITEMS", "20.00"),
                        tuple("LI", "VISIT-LEADER-JOINT", "50.00"),
                        tuple("LI", "VISIT-LEADER-JOINT", "20.00"));
        assertThat(m.flags()).extracting(f -> f.flag().getCode()).containsExactly("COMPENSATION");
    }

    @Test
    void noLeaderIsChargedWhenTheComplaintDidNotEscalate() {
        ScoredMonth m = score(Staff.WANG, order("O1", "WANG").flag("usedCustomerItemsWithoutConsent"));
        assertThat(m.lines()).extracting(l -> l.employeeId()).containsOnly("WANG");
    }

    @Test
    void anInstallerWithoutALeaderOnRecordIsReviewed() {
        ScoredMonth m = score(Staff.CHEN, order("O1", "CHEN").flag("damageCaused").flag("complaintEscalated"));
        assertThat(m.flags()).extracting(f -> f.flag().getRuleId(), f -> f.flag().getCode())
                .contains(tuple("VISIT-LEADER-JOINT", "REVIEW"));
    }

    @Test
    void anOverdueJobIsChargedToTheDispatchedPersonAndReviewed() {
        ScoredMonth m = score(Staff.WANG, order("O1", "WANG").distance("1").called("2024-11-05T09:30")
                .agreed(null).arrived(null).completed("2024-11-06T10:00"));
        assertThat(m.lines()).extracting(l -> l.employeeId(), l -> l.line().getRuleId())
                .contains(tuple("WANG", "PEN-JOB-OVERDUE"));
        assertThat(m.flags()).extracting(f -> f.flag().getRuleId(), f -> f.flag().getCode())
                .containsExactly(tuple("VISIT-DISPATCH-RESP", "REVIEW"));
    }

    @Test
    void theThirdReworkVisitOfAnOrderExceedsTheLimit() {
        ScoredMonth m = score(Staff.WANG, order("A", "WANG").on("2024-11-04"),
                order("R1", "WANG").reworkOf("A", "2024-11-08T10:00"),
                order("R2", "WANG").reworkOf("A", "2024-11-12T10:00"),
                order("R3", "WANG").reworkOf("A", "2024-11-15T10:00"));
        assertThat(m.flags()).singleElement().satisfies(f -> {
            assertThat(f.flag().getCode()).isEqualTo("REWORK_LIMIT_EXCEEDED");
            assertThat(f.flag().getDate()).hasToString("2024-11-15");
        });
        assertThat(m.lines()).filteredOn(l -> l.line().getRuleId().equals("COMM-REWORK-NONE"))
                .extracting(l -> l.line().getAmount().toPlainString()).containsExactly("0.00", "0.00", "0.00");
    }

    @Test
    void aSevereOverchargeRaisesDismissalAndNeverRehire() {
        ScoredMonth m = score(Staff.WANG, order("O1", "WANG").set("feeStandard", "150").set("feeCharged", "230")
                .set("feeHandedOver", "150").set("managementDecision", java.util.Map.of("overchargeMultiplier", 2,
                        "severe", true)));
        assertThat(m.flags()).extracting(f -> f.flag().getCode()).containsExactlyInAnyOrder("DISMISSAL", "NEVER_REHIRE");
    }
}
