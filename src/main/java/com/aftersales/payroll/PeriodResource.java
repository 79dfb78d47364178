package com.aftersales.payroll;

import com.aftersales.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import com.aftersales.payroll.StatementViews.Statement;
import com.aftersales.payroll.StatementViews.Summary;
import com.aftersales.access.Access;
import com.aftersales.problem.PathParams;
import com.aftersales.problem.ApiError;
import com.aftersales.problem.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.YearMonth;
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
    private final PeriodService periods;
    private final Access access;
    private final ObjectMapper json;
    private final ExportService exports;

    public PeriodResource(RunService runService, RunStore runs, StatementService statements, PeriodService periods,
            Access access, ObjectMapper json, ExportService exports) {
        this.exports = exports;
        this.periods = periods;
        this.access = access;
        this.json = json;
        this.runService = runService;
        this.runs = runs;
        this.statements = statements;
    }

    /** Starts a run: 202 with the run, whose progress {@code GET /api/runs/{runId}} tells. */
    @POST
    @Path("/periods/{period}/runs")
    @RolesAllowed(Roles.HR)
    public Response run(@PathParam("period") String period, @QueryParam("branch") String branch) {
        RunView run = runService.start(PathParams.period(period), blankToNull(branch));
        return Response.status(202).location(URI.create("/api/runs/" + run.runId())).entity(run).build();
    }

    @GET
    @Path("/periods/{period}/runs")
    @RolesAllowed({Roles.HR, Roles.AUDITOR, Roles.SUPERVISOR})
    public List<RunView> runs(@PathParam("period") String period) {
        return runs.list(PathParams.period(period));
    }

    @GET
    @Path("/runs/{runId}")
    @RolesAllowed({Roles.HR, Roles.AUDITOR, Roles.SUPERVISOR})
    public RunView run(@PathParam("runId") String runId) {
        return runs.view(runId);
    }

    @GET
    @Path("/periods/{period}/statements")
    @RolesAllowed({Roles.HR, Roles.AUDITOR, Roles.SUPERVISOR})
    public List<Summary> statements(@PathParam("period") String period, @QueryParam("branch") String branch) {
        return statements.list(PathParams.period(period), blankToNull(branch));
    }

    @GET
    @Path("/periods/{period}/statements/{employeeId}")
    @RolesAllowed({Roles.HR, Roles.AUDITOR, Roles.SUPERVISOR})
    public Statement statement(@PathParam("period") String period, @PathParam("employeeId") String employeeId,
            @QueryParam("lang") String lang,
            @jakarta.ws.rs.HeaderParam(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return statements.get(PathParams.period(period), employeeId, "en".equalsIgnoreCase(lang),
                com.aftersales.problem.Languages.of(lang, language));
    }

    /** The period's status (OPEN, CLOSED), statements' totals and history: runs, closes, reopens (who, when, why). */
    @GET
    @Path("/periods/{period}")
    @RolesAllowed({Roles.HR, Roles.AUDITOR, Roles.SUPERVISOR})
    public PeriodService.PeriodView period(@PathParam("period") String period) {
        return periods.view(PathParams.period(period));
    }

    /** Closes the period (optional body {@code {reason}}): its statements are frozen; 409 when closed already. */
    @POST
    @Path("/periods/{period}/close")
    @RolesAllowed(Roles.HR)
    public PeriodService.PeriodView close(@PathParam("period") String period, String body) {
        return periods.close(PathParams.period(period), reason(body), access.actor());
    }

    /** Reopens a closed period; the body {@code {reason}} is required. */
    @POST
    @Path("/periods/{period}/reopen")
    @RolesAllowed(Roles.HR)
    public PeriodService.PeriodView reopen(@PathParam("period") String period, String body) {
        YearMonth p = PathParams.period(period);
        return periods.reopen(p, reason(body), access.actor());
    }

    /**
     * The payroll export: {@code format} csv (UTF-8 with BOM) or xlsx (lines, totals, 考勤月报), {@code lang} zh or en;
     * a period not closed is marked 草稿/draft in every row.
     */
    @GET
    @Path("/periods/{period}/export")
    @RolesAllowed({Roles.HR, Roles.AUDITOR})
    public Response export(@PathParam("period") String period, @QueryParam("format") String format,
            @QueryParam("lang") String lang) {
        String f = format == null || format.isBlank() ? "csv" : format.trim().toLowerCase(java.util.Locale.ROOT);
        String l = lang == null || lang.isBlank() ? "zh" : lang.trim().toLowerCase(java.util.Locale.ROOT);
        ExportService.check(f, l);
        ExportService.File file = exports.export(PathParams.period(period), f, l);
        return Response.ok(file.bytes(), file.mediaType()).header("Content-Disposition", "attachment; filename=\""
                + file.name() + "\"").build();
    }

    /** The {@code reason} of a close or reopen body, or null when there is no body. */
    private String reason(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode n = json.readTree(body);
            if (n == null || !n.isObject()) {
                throw ProblemException.badRequest(ApiError.of("/", "refusal.reasonBody"));
            }
            JsonNode r = n.get("reason");
            if (r != null && !r.isNull() && !r.isTextual()) {
                throw ProblemException.badRequest(ApiError.of("/reason", "refusal.reasonText"));
            }
            return r == null || r.isNull() ? null : r.asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ProblemException.badRequest("body", com.aftersales.problem.Text.of("period.notJson", e.getOriginalMessage()));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
