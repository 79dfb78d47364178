package com.aftersales.leave;

import com.aftersales.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import com.aftersales.problem.PathParams;
import com.aftersales.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What a clerk asks before filing leave: GET /api/leave/routing (who approves) and GET
 * /api/leave/entitlements (paid leave). Leave itself is posted to /api/leave like every record kind
 * ({@code record.RecordResource}); this class shares its {@code /api} root so the two never compete.
 */
@Path("/api")
public class LeaveResource {

    private final LeaveRouting routing;
    private final LeaveEntitlements entitlements;

    public LeaveResource(LeaveRouting routing, LeaveEntitlements entitlements) {
        this.routing = routing;
        this.entitlements = entitlements;
    }

    @GET
    @Path("/leave/routing")
    @Produces("application/json")
    public LeaveViews.Routing routing(@QueryParam("type") String leaveType, @QueryParam("days") String days,
            @QueryParam("restBlockDays") String restBlockDays, @QueryParam("start") String start,
            @QueryParam("end") String end, @QueryParam("date") String date) {
        return routing.route(LeaveRouting.query(leaveType, days, restBlockDays, start, end, date));
    }

    @GET
    @Path("/leave/entitlements")
    @Produces("application/json")
    @RolesAllowed({Roles.HR, Roles.AUDITOR, Roles.SUPERVISOR, Roles.CLERK})
    public LeaveViews.Entitlements entitlements(@QueryParam("employeeId") String employeeId,
            @QueryParam("date") String date, @QueryParam("type") String leaveType) {
        if (employeeId == null || employeeId.isBlank()) {
            throw ProblemException.badRequest("employeeId", com.aftersales.problem.Text.of("entitlement.employee"));
        }
        LocalDate on = date == null || date.isBlank() ? LocalDate.now() : PathParams.date("date", date);
        return entitlements.of(employeeId.trim(), on, leaveType == null || leaveType.isBlank() ? null : leaveType(leaveType));
    }

    private static LeaveType leaveType(String text) {
        try {
            return LeaveType.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("type", com.aftersales.problem.Text.of("entitlement.unknownType", text));
        }
    }
}
