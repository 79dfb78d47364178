package com.aftersales.visit.kpi;

import com.aftersales.web.PathParams;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** GET /api/periods/{period}/kpi: the visit KPI of each branch (or one, with ?branch=), as of a day. */
@Path("/api/periods/{period}/kpi")
public class KpiResource {

    private final KpiService kpi;

    public KpiResource(KpiService kpi) {
        this.kpi = kpi;
    }

    @GET
    public List<KpiView> get(@PathParam("period") String period, @QueryParam("branch") String branch,
            @QueryParam("asOf") String asOf) {
        return kpi.kpi(PathParams.period(period), branch == null || branch.isBlank() ? null : branch,
                asOf == null || asOf.isBlank() ? null : PathParams.date("asOf", asOf));
    }
}
