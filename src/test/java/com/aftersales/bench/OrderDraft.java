package com.aftersales.bench;

import com.aftersales.workorder.WorkOrderRecord;
import com.aftersales.workorder.WorkOrderRecord.ComplaintType;
import com.aftersales.workorder.WorkOrderRecord.DetectedBy;
import com.aftersales.workorder.WorkOrderRecord.ProductCategory;
import com.aftersales.workorder.WorkOrderRecord.ServiceMode;
import com.aftersales.workorder.WorkOrderRecord.ServiceType;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** A work order being generated: the fields a generated order sets, the rest left empty as clients leave them. */
final class OrderDraft {
    String id;
    String branch;
    List<String> installers;
    ProductCategory category;
    ServiceType serviceType;
    ServiceMode mode;
    LocalDateTime dispatched;
    LocalDateTime accepted;
    LocalDateTime called;
    LocalDateTime agreed;
    LocalDateTime arrived;
    LocalDateTime completed;
    BigDecimal distanceKm;
    BigDecimal feeStandard;
    BigDecimal feeCharged;
    BigDecimal feeHandedOver;
    Boolean rework;
    String reworkOf;
    BigDecimal manufacturerFee;
    Boolean drinking;
    Boolean customerItems;
    Boolean liveWorking;
    BigDecimal heightM;
    Boolean belt;
    Boolean damageCaused;
    Boolean damageHandled;
    Boolean complaintEscalated;
    Boolean returnExchange;
    Boolean noGuidance;
    Boolean cardDefect;
    Boolean complained;
    ComplaintType complaintType;
    DetectedBy detectedBy;

    WorkOrderRecord build() {
        return new WorkOrderRecord(id, null, branch, installers, category, serviceType, mode, dispatched, accepted,
                called, agreed, arrived, completed, distanceKm, null, feeStandard, feeCharged, feeHandedOver, rework,
                reworkOf, manufacturerFee, drinking, customerItems, liveWorking, heightM, belt, null, damageCaused,
                damageHandled, complaintEscalated, returnExchange, null, null, null, noGuidance, cardDefect, null,
                complained, null, null, complaintType, null, null, detectedBy, null);
    }
}
