package com.aftersales.payroll;

import jakarta.annotation.security.RolesAllowed;
import com.aftersales.access.Roles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;

/** {@code GET /api/runs/{runId}/problems}: the data problems of a run (records naming records not stored). */
@Path("/api")
public class RunProblemsResource {

    private final DataProblems problems;
    private final RunStore runs;

    public RunProblemsResource(DataProblems problems, RunStore runs) {
        this.problems = problems;
        this.runs = runs;
    }

    @GET
    @Path("/runs/{runId}/problems")
    @RolesAllowed({Roles.HR, Roles.AUDITOR, Roles.SUPERVISOR})
    public List<DataProblems.Problem> problems(@PathParam("runId") String runId) {
        runs.view(runId); // 404 for an unknown run
        return problems.of(runId);
    }
}
