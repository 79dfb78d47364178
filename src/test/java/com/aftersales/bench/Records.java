package com.aftersales.bench;

import com.aftersales.attendance.PunchRecord;
import com.aftersales.attendance.ShiftRecord;
import com.aftersales.leave.LeaveRecord;
import com.aftersales.reward.CommendationRecord;
import com.aftersales.visit.DeliveryRecord;
import com.aftersales.visit.SalesVolumeRecord;
import com.aftersales.visit.VisitRecord;
import com.aftersales.workorder.IncidentRecord;
import com.aftersales.workorder.WorkOrderRecord;
import java.util.ArrayList;
import java.util.List;

/** The records of a company being generated, by kind. */
final class Records {
    final List<ShiftRecord> shifts = new ArrayList<>();
    final List<PunchRecord> punches = new ArrayList<>();
    final List<LeaveRecord> leave = new ArrayList<>();
    final List<WorkOrderRecord> orders = new ArrayList<>();
    final List<DeliveryRecord> deliveries = new ArrayList<>();
    final List<VisitRecord> visits = new ArrayList<>();
    final List<SalesVolumeRecord> sales = new ArrayList<>();
    final List<IncidentRecord> incidents = new ArrayList<>();
    final List<CommendationRecord> commendations = new ArrayList<>();

    /** The lists in the order of {@link GeneratedCompany#KINDS}. */
    List<List<?>> inKindOrder() {
        return List.of(shifts, punches, leave, orders, deliveries, visits, sales, incidents, commendations);
    }
}
