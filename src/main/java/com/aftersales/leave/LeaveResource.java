package com.aftersales.leave;

import com.aftersales.record.ImportSummary;
import com.aftersales.record.RecordImporter;
import com.aftersales.problem.PathParams;
import com.aftersales.problem.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.LocalDate;
import java.util.Locale;

/**
 * POST /api/leave: bulk upsert of leave requests, JSON or CSV, all or nothing; and what a clerk asks
 * before filing: GET /api/leave/routing (who approves) and GET /api/leave/entitlements (paid leave).
 */
@Path("/api/leave")
public class LeaveResource {

    private final RecordImporter importer;
    private final LeaveRecordType type;
    private final LeaveRouting routing;
    private final LeaveEntitlements entitlements;

    public LeaveResource(RecordImporter importer, LeaveRecordType type, LeaveRouting routing,
            LeaveEntitlements entitlements) {
        this.importer = importer;
        this.type = type;
        this.routing = routing;
        this.entitlements = entitlements;
    }

    @POST
    @Consumes({"application/json", "text/csv"})
    public ImportSummary post(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return importer.importBody(type, body, contentType);
    }

    @GET
    @Path("/routing")
    @Produces("application/json")
    public LeaveViews.Routing routing(@QueryParam("type") String leaveType, @QueryParam("days") String days,
            @QueryParam("restBlockDays") String restBlockDays, @QueryParam("start") String start,
            @QueryParam("end") String end, @QueryParam("date") String date) {
        return routing.route(LeaveRouting.query(leaveType, days, restBlockDays, start, end, date));
    }

    @GET
    @Path("/entitlements")
    @Produces("application/json")
    public LeaveViews.Entitlements entitlements(@QueryParam("employeeId") String employeeId,
            @QueryParam("date") String date, @QueryParam("type") String leaveType) {
        if (employeeId == null || employeeId.isBlank()) {
            throw ProblemException.badRequest("employeeId", "employeeId is required");
        }
        LocalDate on = date == null || date.isBlank() ? LocalDate.now() : PathParams.date("date", date);
        return entitlements.of(employeeId.trim(), on, leaveType == null || leaveType.isBlank() ? null : leaveType(leaveType));
    }

    private static LeaveType leaveType(String text) {
        try {
            return LeaveType.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("type", "unknown leave type \"" + text + "\"");
        }
    }
}
