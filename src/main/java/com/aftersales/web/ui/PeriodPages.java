package com.aftersales.web.ui;

import jakarta.annotation.security.RolesAllowed;
import com.aftersales.access.Roles;
import com.aftersales.explain.Explanation;
import com.aftersales.explain.ExplanationService;
import com.aftersales.payroll.RunService;
import com.aftersales.payroll.RunStore;
import com.aftersales.payroll.RunView;
import com.aftersales.payroll.StatementService;
import com.aftersales.payroll.StatementViews.LineView;
import com.aftersales.payroll.StatementViews.Statement;
import com.aftersales.payroll.StatementViews.Summary;
import com.aftersales.policy.PolicyQueries;
import com.aftersales.problem.PathParams;
import com.aftersales.problem.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * HR's and supervisors' pages: the months, a month's employees with the run button, an employee's
 * statement (on screen and printable), a line's explanation. Every URL names what it shows, so it can be
 * shared and bookmarked: {@code /periods/2024-11}, {@code /periods/2024-11/employees/WANG},
 * {@code /lines/{lineId}}.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PeriodPages {

    private final Ui ui;
    private final UiAccess access;
    private final UiQueries queries;
    private final StatementService statements;
    private final ExplanationService explanations;
    private final RunService runService;
    private final RunStore runs;
    private final PolicyQueries policies;
    private final com.aftersales.payroll.PeriodService periodService;
    private final com.aftersales.access.Access who;
    private final com.aftersales.payroll.ExportService exports;

    public PeriodPages(Ui ui, UiAccess access, UiQueries queries, StatementService statements,
            ExplanationService explanations, RunService runService, RunStore runs, PolicyQueries policies,
            com.aftersales.payroll.PeriodService periodService, com.aftersales.access.Access who,
            com.aftersales.payroll.ExportService exports) {
        this.exports = exports;
        this.periodService = periodService;
        this.who = who;
        this.ui = ui;
        this.access = access;
        this.queries = queries;
        this.statements = statements;
        this.explanations = explanations;
        this.runService = runService;
        this.runs = runs;
        this.policies = policies;
    }

    @GET
    public TemplateInstance home() {
        return ui.page(Pages.home());
    }

    @RolesAllowed({Roles.HR, Roles.SUPERVISOR, Roles.AUDITOR})
    @GET
    @Path("periods")
    public TemplateInstance periods() {
        return ui.page(Pages.periods(queries.months(access.branches())));
    }

    @RolesAllowed({Roles.HR, Roles.SUPERVISOR, Roles.AUDITOR})
    @GET
    @Path("periods/{period}")
    public TemplateInstance period(@PathParam("period") String period, @QueryParam("branch") String branch,
            @QueryParam("run") String runId) {
        YearMonth p = PathParams.period(period);
        String b = blankToNull(branch);
        Set<String> allowed = access.branches();
        if (b != null) {
            access.branch(b);
        }
        List<Summary> rows = statements.list(p, b).stream()
                .filter(s -> allowed == null || allowed.contains(s.branch())).toList();
        RunView run = runId == null || runId.isBlank() ? null : runs.view(runId);
        List<UiQueries.Branch> branches = queries.branches().stream()
                .filter(x -> allowed == null || allowed.contains(x.id())).toList();
        return ui.page(Pages.period(p.toString(), b, branches, rows, total(rows), run, runs.list(p), access.mayRun(),
                periodService.view(p), who.has(Roles.HR) || who.has(Roles.AUDITOR), null));
    }

    /** 考勤月报: the attendance monthly report of the employees the reader may see (a supervisor's branches). */
    @RolesAllowed({Roles.HR, Roles.SUPERVISOR, Roles.AUDITOR})
    @GET
    @Path("periods/{period}/attendance")
    public TemplateInstance attendance(@PathParam("period") String period) {
        YearMonth p = PathParams.period(period);
        Set<String> allowed = access.branches();
        return ui.page(Pages.attendance(p.toString(), exports.attendanceReport(p, ui.english(),
                s -> allowed == null || allowed.contains(s.branch()))));
    }

    /** The run button without script: starts the run and shows its progress on the month's page. */
    @POST
    @Path("periods/{period}/run")
    @RolesAllowed(Roles.HR)
    public Response run(@PathParam("period") String period, @org.jboss.resteasy.reactive.RestForm("branch") String branch) {
        if (!access.mayRun()) {
            throw new ProblemException(403, "Forbidden", "only HR runs a month", List.of());
        }
        YearMonth p = PathParams.period(period);
        RunView run = runService.start(p, blankToNull(branch));
        String q = "?run=" + Ui.enc(run.runId()) + (blankToNull(branch) == null ? "" : "&branch=" + Ui.enc(branch));
        return Response.seeOther(URI.create("/periods/" + p + q)).build();
    }

    /** Closes the month (statements frozen), or reopens it with a reason; back to the month's page. */
    @POST
    @Path("periods/{period}/{action: close|reopen}")
    @RolesAllowed(Roles.HR)
    public Response closeOrReopen(@PathParam("period") String period, @PathParam("action") String action,
            @org.jboss.resteasy.reactive.RestForm("reason") String reason) {
        YearMonth p = PathParams.period(period);
        try {
            if ("close".equals(action)) {
                periodService.close(p, blankToNull(reason), who.actor());
            } else {
                periodService.reopen(p, blankToNull(reason), who.actor());
            }
        } catch (ProblemException e) {
            if (e.status() >= 500) {
                throw e;
            }
            List<Summary> rows = statements.list(p, null);
            String html = ui.page(Pages.period(p.toString(), null, queries.branches(), rows, total(rows), null,
                    runs.list(p), access.mayRun(), periodService.view(p), true, ui.detail(e))).render();
            return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
        }
        return Response.seeOther(URI.create("/periods/" + p)).build();
    }

    @RolesAllowed({Roles.HR, Roles.SUPERVISOR, Roles.AUDITOR})
    @GET
    @Path("periods/{period}/employees/{employeeId}")
    public TemplateInstance statement(@PathParam("period") String period, @PathParam("employeeId") String employeeId) {
        return statementPage(period, employeeId, false);
    }

    /** The A4 statement to hand to the employee, every line with its explanation. */
    @RolesAllowed({Roles.HR, Roles.SUPERVISOR, Roles.AUDITOR})
    @GET
    @Path("periods/{period}/employees/{employeeId}/print")
    public TemplateInstance print(@PathParam("period") String period, @PathParam("employeeId") String employeeId) {
        return statementPage(period, employeeId, true);
    }

    @RolesAllowed({Roles.HR, Roles.SUPERVISOR, Roles.AUDITOR})
    @GET
    @Path("lines/{lineId}")
    public TemplateInstance explanation(@PathParam("lineId") String lineId) {
        Explanation e = explanations.explain(lineId);
        access.employee(e.employeeId());
        Statement s = statements.get(YearMonth.parse(e.period()), e.employeeId(), ui.english());
        return ui.page(Pages.explanation(e, records(e), s.name()));
    }

    private TemplateInstance statementPage(String period, String employeeId, boolean print) {
        YearMonth p = PathParams.period(period);
        access.employee(employeeId);
        Statement s = statements.get(p, employeeId, ui.english());
        List<Explanation> ex = new ArrayList<>();
        if (print) {
            for (LineView l : s.lines()) {
                ex.add(explanations.explain(l.lineId()));
            }
        }
        return ui.page(Pages.statement(s, groups(s), print, ex));
    }

    /** The lines by policy, in the catalogue's order of policies, each group with its totals. */
    private List<Views.PolicyGroup> groups(Statement s) {
        Map<String, String> titles = new LinkedHashMap<>();
        policies.policies(LocalDate.now()).forEach(pv -> titles.put(pv.policyId(),
                ui.english() && pv.titleEn() != null ? pv.titleEn() : pv.title()));
        Map<String, List<LineView>> by = new LinkedHashMap<>();
        titles.keySet().forEach(k -> by.put(k, new ArrayList<>()));
        for (LineView l : s.lines()) {
            by.computeIfAbsent(l.policy(), k -> new ArrayList<>()).add(l);
        }
        List<Views.PolicyGroup> out = new ArrayList<>();
        by.forEach((policy, lines) -> {
            if (!lines.isEmpty()) {
                BigDecimal d = BigDecimal.ZERO;
                BigDecimal pay = BigDecimal.ZERO;
                for (LineView l : lines) {
                    if ("DEDUCT".equals(l.direction())) {
                        d = d.add(new BigDecimal(l.amount()));
                    } else {
                        pay = pay.add(new BigDecimal(l.amount()));
                    }
                }
                out.add(new Views.PolicyGroup(policy, titles.getOrDefault(policy, policy), lines,
                        UiQueries.money(d), UiQueries.money(pay)));
            }
        });
        return out;
    }

    private static List<Views.RecordRow> records(Explanation e) {
        List<Views.RecordRow> out = new ArrayList<>();
        for (Explanation.RecordValues r : e.records()) {
            List<Views.Field> fields = new ArrayList<>();
            JsonNode v = r.values();
            if (v != null && v.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = it.next();
                    if (!f.getValue().isNull()) {
                        fields.add(new Views.Field(f.getKey(), f.getValue().isValueNode() ? f.getValue().asText()
                                : f.getValue().toString()));
                    }
                }
            }
            out.add(new Views.RecordRow(r.type(), r.id(), fields));
        }
        return out;
    }

    private static UiQueries.BranchTotals total(List<Summary> rows) {
        BigDecimal d = BigDecimal.ZERO;
        BigDecimal p = BigDecimal.ZERO;
        BigDecimal n = BigDecimal.ZERO;
        int flagged = 0;
        for (Summary s : rows) {
            d = d.add(new BigDecimal(s.deduct()));
            p = p.add(new BigDecimal(s.pay()));
            n = n.add(new BigDecimal(s.net()));
            flagged += s.flags().isEmpty() ? 0 : 1;
        }
        return new UiQueries.BranchTotals(null, null, rows.size(), UiQueries.money(d), UiQueries.money(p),
                UiQueries.money(n), flagged);
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return ErrorPages.of(ui, e);
    }

    /** Nobody signed in: to the login page, which returns here afterwards. */
    @ServerExceptionMapper({io.quarkus.security.UnauthorizedException.class,
            io.quarkus.security.AuthenticationFailedException.class})
    public Response signIn(RuntimeException e, io.vertx.core.http.HttpServerRequest request) {
        return ErrorPages.signIn(request);
    }

    /** Signed in without the role: a page saying so. */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return ErrorPages.forbidden(ui);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
