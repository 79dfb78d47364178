package com.aftersales.web.ui;

import jakarta.annotation.security.RolesAllowed;
import com.aftersales.access.Roles;
import com.aftersales.policy.PolicyQueries;
import com.aftersales.policy.PolicyQueries.PolicyView;
import com.aftersales.policy.PolicyQueries.RevisionView;
import com.aftersales.policy.PolicyRevision;
import com.aftersales.policy.PolicyStore;
import com.aftersales.policy.admin.Preview;
import com.aftersales.policy.admin.RevisionDiff;
import com.aftersales.policy.admin.RevisionLifecycle;
import com.aftersales.policy.admin.RevisionUploads;
import com.aftersales.policy.scenario.Scenarios;
import com.aftersales.problem.ApiError;
import com.aftersales.problem.PathParams;
import com.aftersales.problem.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The policy admins' pages: policies and their revisions, upload with the validation report as the
 * sheet's grid, a revision's report and test scenarios, preview, cell diff and activation.
 */
@Path("/policies")
@Produces(MediaType.TEXT_HTML)
public class PolicyPages {

    private final Ui ui;
    private final PolicyQueries queries;
    private final PolicyStore store;
    private final RevisionUploads uploads;
    private final RevisionLifecycle lifecycle;
    private final Scenarios scenarios;
    private final Preview preview;
    private final UiQueries ui2;

    public PolicyPages(Ui ui, PolicyQueries queries, PolicyStore store, RevisionUploads uploads,
            RevisionLifecycle lifecycle, Scenarios scenarios, Preview preview, UiQueries ui2) {
        this.ui = ui;
        this.queries = queries;
        this.store = store;
        this.uploads = uploads;
        this.lifecycle = lifecycle;
        this.scenarios = scenarios;
        this.preview = preview;
        this.ui2 = ui2;
    }

    @RolesAllowed({Roles.POLICY_ADMIN, Roles.AUDITOR})
    @GET
    public TemplateInstance list() {
        return ui.page(Pages.policies(queries.policies(LocalDate.now())));
    }

    @RolesAllowed({Roles.POLICY_ADMIN, Roles.AUDITOR})
    @GET
    @Path("{policyId}")
    public TemplateInstance policy(@PathParam("policyId") String policyId) {
        return ui.page(Pages.policy(view(policyId), queries.revisions(policyId), LocalDate.now().toString()));
    }

    /** The upload form's target: a stored candidate goes to its page (303), a refused one shows its grid (422). */
    @POST
    @Path("{policyId}/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    @RolesAllowed(Roles.POLICY_ADMIN)
    public Response upload(@PathParam("policyId") String policyId, @RestForm("file") List<FileUpload> parts,
            @RestForm("effectiveFrom") String effectiveFrom, @RestForm("note") String note) {
        PolicyView policy = view(policyId);
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<RevisionUploads.Upload> list = new ArrayList<>();
        for (FileUpload p : parts == null ? List.<FileUpload>of() : parts) {
            if (p.fileName() == null || p.fileName().isBlank() || p.size() == 0) {
                continue;
            }
            try {
                byte[] bytes = Files.readAllBytes(p.uploadedFile());
                files.put(p.fileName(), bytes);
                list.add(new RevisionUploads.Upload(p.fileName(), bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<ApiError> missing = new ArrayList<>();
        if (list.isEmpty()) {
            missing.add(new ApiError("file", ui.english() ? "choose at least one file" : "请至少选择一个文件"));
        }
        if (effectiveFrom == null || effectiveFrom.isBlank()) {
            missing.add(new ApiError("effectiveFrom", ui.english() ? "the effective date is required" : "请填写生效日期"));
        }
        if (!missing.isEmpty()) {
            return page(422, Pages.uploaded(policy, null, ui.english() ? "the upload is incomplete" : "上传内容不完整",
                    missing, List.of(), List.of(), List.of()));
        }
        try {
            PolicyRevision r = uploads.upload(policyId, list, PathParams.date("effectiveFrom", effectiveFrom.trim()),
                    Ui.blankToNull(note), ui.chrome().user());
            return Response.seeOther(URI.create("/policies/" + policyId + "/revisions/" + Ui.enc(r.revision)
                    + "?uploaded=1")).build();
        } catch (ProblemException e) {
            if (e.status() != 422 && e.status() != 400 && e.status() != 409 && e.status() != 413) {
                throw e;
            }
            List<ApiError> warnings = reportList(e.extensions().get("report"), "warnings");
            List<ApiError> errors = ui.localized(e.errors());
            return page(e.status(), Pages.uploaded(policy, null, ui.detail(e), errors, warnings,
                    Grids.of(files, errors, warnings), List.of()));
        }
    }

    @RolesAllowed({Roles.POLICY_ADMIN, Roles.AUDITOR})
    @GET
    @Path("{policyId}/revisions/{revision}")
    public TemplateInstance revision(@PathParam("policyId") String policyId, @PathParam("revision") String revision,
            @QueryParam("tests") String runTests, @QueryParam("uploaded") String uploaded,
            @QueryParam("activated") String activated) {
        String notice = uploaded != null ? "uploaded" : activated != null ? "activated" : null;
        return revisionPage(policyId, revision, "1".equals(runTests), notice, null, List.of());
    }

    @POST
    @Path("{policyId}/revisions/{revision}/activate")
    @RolesAllowed(Roles.POLICY_ADMIN)
    public Response activate(@PathParam("policyId") String policyId, @PathParam("revision") String revision,
            @RestForm("note") String note) {
        try {
            lifecycle.activate(policyId, revision, null, Ui.blankToNull(note), ui.chrome().user());
        } catch (ProblemException e) {
            if (e.status() >= 500) {
                throw e;
            }
            String html = revisionPage(policyId, revision, false, null, ui.detail(e), ui.localized(e.errors())).render();
            return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
        }
        return Response.seeOther(URI.create("/policies/" + policyId + "/revisions/" + Ui.enc(revision)
                + "?activated=1")).build();
    }

    @RolesAllowed({Roles.POLICY_ADMIN, Roles.AUDITOR})
    @GET
    @Path("{policyId}/revisions/{revision}/preview")
    public TemplateInstance preview(@PathParam("policyId") String policyId, @PathParam("revision") String revision,
            @QueryParam("period") String period) {
        PolicyRevision r = queries.revisionOf(policyId, revision);
        return ui.page(Pages.preview(view(policyId), preview.preview(r, PathParams.period(period))));
    }

    @RolesAllowed({Roles.POLICY_ADMIN, Roles.AUDITOR})
    @GET
    @Path("{policyId}/revisions/{revision}/diff")
    public TemplateInstance diff(@PathParam("policyId") String policyId, @PathParam("revision") String revision,
            @QueryParam("against") String against) {
        PolicyRevision r = queries.revisionOf(policyId, revision);
        if (against == null || against.isBlank()) {
            throw ProblemException.badRequest("against", "against is required: the revision to compare with");
        }
        PolicyRevision other = queries.revisionOf(policyId, against.trim());
        return ui.page(Pages.diff(view(policyId), RevisionDiff.diff(policyId, r.revision, other.revision,
                store.load(other).files(), store.load(r).files())));
    }

    private TemplateInstance revisionPage(String policyId, String revision, boolean runTests, String notice,
            String problem, List<ApiError> problemErrors) {
        RevisionView r = queries.revision(policyId, revision);
        List<ApiError> errors = reportList(r.report(), "errors");
        List<ApiError> warnings = reportList(r.report(), "warnings");
        Scenarios.TestRun tests = runTests ? scenarios.run(queries.revisionOf(policyId, revision)) : storedTests(r.report());
        List<RevisionView> others = queries.revisions(policyId).stream().filter(o -> !o.revision().equals(revision))
                .toList();
        List<UiQueries.Month> months = ui2.months(null);
        String period = months.isEmpty() ? YearMonth.now().minusMonths(1).toString() : months.get(0).period();
        return ui.page(Pages.revision(view(policyId), r, errors, warnings, tests, others, notice, problem,
                problemErrors, period));
    }

    /** The tests of the upload's report: failures as located messages. */
    private static Scenarios.TestRun storedTests(JsonNode report) {
        JsonNode t = report == null ? null : report.get("tests");
        if (t == null || t.isNull()) {
            return null;
        }
        List<ApiError> failures = reportList(t, "failures");
        return new Scenarios.TestRun(t.path("total").asInt(), t.path("passed").asInt(), List.of(), failures);
    }

    private static List<ApiError> reportList(Object report, String field) {
        List<ApiError> out = new ArrayList<>();
        if (report instanceof JsonNode n) {
            for (JsonNode e : n.path(field)) {
                out.add(new ApiError(e.path("location").asText(""), e.path("message").asText(e.asText())));
            }
        } else if (report instanceof Map<?, ?> m && m.get(field) instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof ApiError a) {
                    out.add(a);
                } else if (o instanceof Map<?, ?> x) {
                    out.add(new ApiError(String.valueOf(x.get("location")), String.valueOf(x.get("message"))));
                }
            }
        }
        return out;
    }

    private PolicyView view(String policyId) {
        queries.policy(policyId);
        return queries.policies(LocalDate.now()).stream().filter(p -> p.policyId().equals(policyId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound(com.aftersales.problem.Text.of("notFound.policy", policyId)));
    }

    private Response page(int status, TemplateInstance t) {
        String html = ui.page(t).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
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
