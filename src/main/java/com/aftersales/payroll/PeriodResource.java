package com.aftersales.payroll;

import com.aftersales.payroll.StatementViews.Statement;
import com.aftersales.payroll.StatementViews.Summary;
import com.aftersales.problem.PathParams;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Monthly runs and statements (API.md). */
@Path("/api")
public class PeriodResource {

    private final RunService runService;
    private final RunStore runs;
    private final StatementService statements;

    public PeriodResource(RunService runService, RunStore runs, StatementService statements) {
        this.runService = runService;
        this.runs = runs;
        this.statements = statements;
    }

    /** Starts a run: 202 with the run, whose progress {@code GET /api/runs/{runId}} tells. */
    @POST
    @Path("/periods/{period}/runs")
    public Response run(@PathParam("period") String period, @QueryParam("branch") String branch) {
        RunView run = runService.start(PathParams.period(period), blankToNull(branch));
        return Response.status(202).location(URI.create("/api/runs/" + run.runId())).entity(run).build();
    }

    @GET
    @Path("/periods/{period}/runs")
    public List<RunView> runs(@PathParam("period") String period) {
        return runs.list(PathParams.period(period));
    }

    @GET
    @Path("/runs/{runId}")
    public RunView run(@PathParam("runId") String runId) {
        return runs.view(runId);
    }

    @GET
    @Path("/periods/{period}/statements")
    public List<Summary> statements(@PathParam("period") String period, @QueryParam("branch") String branch) {
        return statements.list(PathParams.period(period), blankToNull(branch));
    }

    @GET
    @Path("/periods/{period}/statements/{employeeId}")
    public Statement statement(@PathParam("period") String period, @PathParam("employeeId") String employeeId,
            @QueryParam("lang") String lang,
            @jakarta.ws.rs.HeaderParam(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return statements.get(PathParams.period(period), employeeId, "en".equalsIgnoreCase(lang),
                com.aftersales.problem.Languages.of(lang, language));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
