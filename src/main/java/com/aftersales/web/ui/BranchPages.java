package com.aftersales.web.ui;

import com.aftersales.problem.PathParams;
import com.aftersales.problem.ProblemException;
import com.aftersales.visit.kpi.KpiService;
import com.aftersales.visit.kpi.KpiView;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateInstance;
import com.aftersales.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A branch's visit satisfaction over the twelve months up to {@code to} (default: the newest month with
 * wages or runs) as a chart with the target line, and the same figures as a table.
 */
@Path("/branches/{branch}")
@Produces(MediaType.TEXT_HTML)
public class BranchPages {

    private final Ui ui;
    private final UiAccess access;
    private final UiQueries queries;
    private final KpiService kpi;
    private final ObjectMapper json;

    public BranchPages(Ui ui, UiAccess access, UiQueries queries, KpiService kpi, ObjectMapper json) {
        this.ui = ui;
        this.access = access;
        this.queries = queries;
        this.kpi = kpi;
        this.json = json;
    }

    @RolesAllowed({Roles.HR, Roles.SUPERVISOR, Roles.AUDITOR})
    @GET
    @Path("satisfaction")
    public TemplateInstance satisfaction(@PathParam("branch") String branch, @QueryParam("to") String to) {
        UiQueries.Branch b = queries.branches().stream().filter(x -> x.id().equals(branch)).findFirst()
                .orElseThrow(() -> ProblemException.notFound(com.aftersales.problem.Text.of("notFound.branch", branch)));
        access.branch(branch);
        YearMonth last = to == null || to.isBlank() ? newest() : PathParams.period(to);
        List<Views.KpiMonth> months = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            YearMonth p = last.minusMonths(i);
            try {
                KpiView v = kpi.kpi(p, branch, null, true).get(0);
                months.add(new Views.KpiMonth(p.toString(), v.visits(), v.dissatisfied(), v.satisfactionRate(),
                        v.satisfactionTarget()));
            } catch (ProblemException e) {
                // no visits revision in force that month: no point on the chart
                months.add(new Views.KpiMonth(p.toString(), 0, 0, null, null));
            }
        }
        String target = months.stream().map(Views.KpiMonth::target).filter(t -> t != null).reduce((a, c) -> c)
                .orElse("95.00");
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("months", months.stream().map(m -> ui.chrome().month(m.period())).toList());
        chart.put("rates", months.stream().map(Views.KpiMonth::rate).toList());
        chart.put("target", target);
        chart.put("rateLabel", ui.english() ? "Satisfaction %" : "满意度 %");
        chart.put("targetLabel", (ui.english() ? "Target " : "目标 ") + target + "%");
        try {
            return ui.page(Pages.satisfaction(branch, b.name(), last.toString(), queries.branches(),
                    json.writeValueAsString(chart), months));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private YearMonth newest() {
        List<UiQueries.Month> m = queries.months(null);
        return m.isEmpty() ? YearMonth.now() : YearMonth.parse(m.get(0).period());
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
}
