package com.aftersales.workorder;

import static com.aftersales.workorder.WorkOrderRecord.yes;

import com.aftersales.facts.input.WorkOrder;
import com.aftersales.scoring.EmployeeMonth;
import com.aftersales.scoring.FactDeriver;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Consumer;

/** Work-order records → {@link WorkOrder} facts, one per order the scored installer worked on. */
@ApplicationScoped
public class WorkOrderDeriver implements FactDeriver {

    @Override
    public void derive(EmployeeMonth month, Consumer<Object> facts) {
        for (WorkOrderRecord r : month.records(WorkOrderRecord.class)) {
            facts.accept(fact(r, month));
        }
    }

    static WorkOrder fact(WorkOrderRecord r, EmployeeMonth month) {
        WorkOrder.Conduct conduct = new WorkOrder.Conduct(yes(r.drinking()), yes(r.usedCustomerItemsWithoutConsent()),
                yes(r.liveWorking()), r.heightM(), yes(r.beltOrRopeUsed()), yes(r.outdoor()), yes(r.damageCaused()),
                yes(r.damageHandled()), yes(r.complaintEscalated()), yes(r.returnExchangeCausedByWork()),
                yes(r.qualityReturn()), yes(r.repeatVisitsComplaint()),
                r.onsiteVisitCount() == null ? 0 : r.onsiteVisitCount(), yes(r.misleadingRepairCallNoGuidance()),
                yes(r.cardFillingDefect()), yes(r.cardLostPersonalFault()), yes(r.customerComplainedToCompany()),
                yes(r.specialSituationReported()), r.specialSituationReportedAt());
        WorkOrderRecord.ManagementDecision decision = r.managementDecision();
        WorkOrder.Data data = new WorkOrder.Data(r.key(), r.branch(), List.copyOf(r.installerIds()),
                name(r.productCategory()), name(r.serviceType()), name(r.serviceMode()), r.dispatchedAt(),
                r.acceptedAt(), r.appointmentCallAt(), r.agreedVisitTime(), r.arrivedAt(), r.completedAt(),
                r.distanceKm(), yes(r.customerDeferred()), r.feeStandard(), r.feeCharged(), r.feeHandedOver(),
                r.rework(), r.reworkOfOrderId(), r.manufacturerFee(), conduct, name(r.complaintType()),
                r.compensationAssessed(), decision == null ? null : decision.overchargeMultiplier(),
                decision != null && yes(decision.severe()), name(r.detectedBy()), month.asOf().atStartOfDay(),
                month.period());
        return WorkOrder.of(data);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
