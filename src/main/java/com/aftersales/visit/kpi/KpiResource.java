package com.aftersales.visit.kpi;

import com.aftersales.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import com.aftersales.problem.PathParams;
import com.aftersales.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * GET /api/periods/{period}/kpi: the visit KPI of each branch (or one, with ?branch=), as of a day;
 * {@code ?findings=issues} lists only the findings that need someone to act.
 */
@Path("/api/periods/{period}/kpi")
public class KpiResource {

    private final KpiService kpi;

    public KpiResource(KpiService kpi) {
        this.kpi = kpi;
    }

    @GET
    @RolesAllowed({Roles.HR, Roles.AUDITOR, Roles.SUPERVISOR})
    public List<KpiView> get(@PathParam("period") String period, @QueryParam("branch") String branch,
            @QueryParam("asOf") String asOf, @QueryParam("findings") String findings) {
        boolean issuesOnly = findings != null && !findings.isBlank() && !"all".equals(findings);
        if (issuesOnly && !"issues".equals(findings)) {
            throw ProblemException.badRequest("findings", com.aftersales.problem.Text.of("kpi.findings", findings));
        }
        return kpi.kpi(PathParams.period(period), branch == null || branch.isBlank() ? null : branch,
                asOf == null || asOf.isBlank() ? null : PathParams.date("asOf", asOf), issuesOnly);
    }
}
