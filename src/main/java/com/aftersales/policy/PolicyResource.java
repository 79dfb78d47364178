package com.aftersales.policy;

import com.aftersales.policy.admin.AuditLog;
import com.aftersales.policy.admin.Preview;
import com.aftersales.policy.admin.PreviewViews;
import com.aftersales.policy.admin.RevisionDiff;
import com.aftersales.policy.admin.RevisionLifecycle;
import com.aftersales.policy.admin.RevisionUploads;
import com.aftersales.policy.scenario.Scenarios;
import com.aftersales.web.ApiError;
import com.aftersales.web.PathParams;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import com.aftersales.web.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Policies, their revisions and the files of a revision (API.md "Policies and revisions"). */
@Path("/api/policies")
public class PolicyResource {

    private final RuleBooks ruleBooks;
    private final ObjectMapper json;
    private final Scenarios scenarios;
    private final RevisionUploads uploads;
    private final RevisionLifecycle lifecycle;
    private final AuditLog audit;
    private final Preview preview;
    private final PolicyStore store;

    public PolicyResource(RuleBooks ruleBooks, ObjectMapper json, Scenarios scenarios, RevisionUploads uploads,
            RevisionLifecycle lifecycle, AuditLog audit, Preview preview, PolicyStore store) {
        this.preview = preview;
        this.store = store;
        this.ruleBooks = ruleBooks;
        this.json = json;
        this.scenarios = scenarios;
        this.uploads = uploads;
        this.lifecycle = lifecycle;
        this.audit = audit;
    }

    /** The optional body of activate and retire. */
    public record ActionRequest(String effectiveFrom, String note) {
    }

    /**
     * Uploads a new revision: parts named {@code file}, a required {@code effectiveFrom} and an optional
     * {@code note}; files not uploaded are carried over from the revision in force on that date.
     */
    @POST
    @Path("/{policyId}/revisions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("policyId") String policyId, @RestForm(FileUpload.ALL) List<FileUpload> parts,
            @RestForm("effectiveFrom") String effectiveFrom, @RestForm("note") String note,
            @HeaderParam("X-User") String user) {
        List<RevisionUploads.Upload> files = new ArrayList<>();
        List<ApiError> errors = new ArrayList<>();
        for (FileUpload part : parts == null ? List.<FileUpload>of() : parts) {
            if (!"file".equals(part.name())) {
                errors.add(new ApiError(part.name(), "unexpected part \"" + part.name() + "\": files go in parts "
                        + "named \"file\""));
                continue;
            }
            try {
                files.add(new RevisionUploads.Upload(part.fileName(), Files.readAllBytes(part.uploadedFile())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (effectiveFrom == null || effectiveFrom.isBlank()) {
            errors.add(new ApiError("effectiveFrom", "effectiveFrom is required: the date the revision takes effect, "
                    + "yyyy-MM-dd"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("the upload is incomplete", errors);
        }
        PolicyRevision r = uploads.upload(policyId, files, PathParams.date("effectiveFrom", effectiveFrom.trim()),
                blankToNull(note), user);
        return Response.status(201).entity(view(r)).build();
    }

    /** Activates a revision from its effective date (the body's or query's {@code effectiveFrom}, else its own). */
    @POST
    @Path("/{policyId}/revisions/{revision}/activate")
    public RevisionView activate(@PathParam("policyId") String policyId, @PathParam("revision") String revision,
            @QueryParam("effectiveFrom") String effectiveFrom, @HeaderParam("X-User") String user, String text) {
        ActionRequest body = action(text);
        String date = effectiveFrom != null ? effectiveFrom : body == null ? null : body.effectiveFrom();
        PolicyRevision r = lifecycle.activate(policyId, revision,
                date == null || date.isBlank() ? null : PathParams.date("effectiveFrom", date.trim()),
                body == null ? null : body.note(), user);
        return view(r);
    }

    /** Takes a revision out of force (a candidate is withdrawn). */
    @POST
    @Path("/{policyId}/revisions/{revision}/retire")
    public RevisionView retire(@PathParam("policyId") String policyId, @PathParam("revision") String revision,
            @HeaderParam("X-User") String user, String text) {
        ActionRequest body = action(text);
        return view(lifecycle.retire(policyId, revision, body == null ? null : body.note(), user));
    }

    /** A past period scored with this revision in place of its policy's revisions in force; nothing stored. */
    @GET
    @Path("/{policyId}/revisions/{revision}/preview")
    public PreviewViews.Result preview(@PathParam("policyId") String policyId, @PathParam("revision") String revision,
            @QueryParam("period") String period) {
        return preview.preview(lookup(policyId, revision), PathParams.period(period));
    }

    /** Changed cells and lines between {@code against} (old) and this revision (new). */
    @GET
    @Path("/{policyId}/revisions/{revision}/diff")
    public RevisionDiff.Result diff(@PathParam("policyId") String policyId, @PathParam("revision") String revision,
            @QueryParam("against") String against) {
        PolicyRevision r = lookup(policyId, revision);
        if (against == null || against.isBlank()) {
            throw ProblemException.badRequest("against", "against is required: the revision to compare with");
        }
        PolicyRevision other = lookup(policyId, against.trim());
        return RevisionDiff.diff(policyId, r.revision, other.revision, store.load(other).files(), store.load(r).files());
    }

    /** Who uploaded, validated, activated or retired which revision, when, with which note. */
    @GET
    @Path("/{policyId}/audit")
    public List<AuditLog.Entry> audit(@PathParam("policyId") String policyId, @QueryParam("revision") String revision) {
        lookupPolicy(policyId);
        return audit.list(policyId, blankToNull(revision));
    }

    @Transactional
    void lookupPolicy(String policyId) {
        policy(policyId);
    }

    /** The optional JSON body of activate and retire; any content type, or none. */
    private ActionRequest action(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return json.readValue(text, ActionRequest.class);
        } catch (java.io.IOException e) {
            throw ProblemException.badRequest("body", "the body must be a JSON object {\"effectiveFrom\": "
                    + "\"yyyy-MM-dd\", \"note\": \"...\"}: " + e.getMessage());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** One policy with its revisions. */
    public record PolicyView(String policyId, String title, String titleEn, String documentNo, String activeRevision,
            List<String> revisions) {
    }

    /** One revision as API.md lists it. */
    public record RevisionView(String policyId, String revision, String status, LocalDate effectiveFrom, String sha256,
            List<String> files, String source, String createdBy, OffsetDateTime createdAt, OffsetDateTime activatedAt,
            String note, JsonNode report) {
    }

    @GET
    @Transactional
    public List<PolicyView> policies() {
        List<PolicyRevision> inForce = ruleBooks.inForce(LocalDate.now());
        return Policy.<Policy>listAll(io.quarkus.panache.common.Sort.by("policyId")).stream().map(p -> new PolicyView(
                p.policyId, p.titleZh, p.titleEn, p.documentNo,
                inForce.stream().filter(r -> r.policyId.equals(p.policyId)).map(r -> r.revision).findFirst().orElse(null),
                PolicyRevision.<PolicyRevision>list("policyId = ?1 order by effectiveFrom, id", p.policyId).stream()
                        .map(r -> r.revision).toList())).toList();
    }

    @GET
    @Path("/{policyId}/revisions")
    @Transactional
    public List<RevisionView> revisions(@PathParam("policyId") String policyId) {
        policy(policyId);
        return PolicyRevision.<PolicyRevision>list("policyId = ?1 order by effectiveFrom, id", policyId).stream()
                .map(this::view).toList();
    }

    @GET
    @Path("/{policyId}/revisions/{revision}")
    @Transactional
    public RevisionView revision(@PathParam("policyId") String policyId, @PathParam("revision") String revision) {
        return view(revisionOf(policyId, revision));
    }

    @GET
    @Path("/{policyId}/revisions/{revision}/files/{name}")
    @Transactional
    public Response file(@PathParam("policyId") String policyId, @PathParam("revision") String revision,
            @PathParam("name") String name) {
        PolicyRevision r = revisionOf(policyId, revision);
        RevisionFile f = RevisionFile.findById(new RevisionFile.Key(r.id, name));
        if (f == null) {
            throw ProblemException.notFound("revision " + revision + " of " + policyId + " has no file " + name);
        }
        String type = name.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : name.endsWith(".yaml") ? "application/yaml; charset=UTF-8" : "text/plain; charset=UTF-8";
        return Response.ok(f.content, type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("ETag", "\"" + f.sha256 + "\"").build();
    }

    /** Runs the revision's test scenarios now and answers with each one's outcome (nothing is stored). */
    @GET
    @Path("/{policyId}/revisions/{revision}/tests")
    public Scenarios.TestRun tests(@PathParam("policyId") String policyId, @PathParam("revision") String revision) {
        return scenarios.run(lookup(policyId, revision));
    }

    @Transactional
    PolicyRevision lookup(String policyId, String revision) {
        return revisionOf(policyId, revision);
    }

    static Policy policy(String policyId) {
        Policy p = Policy.findById(policyId);
        if (p == null) {
            throw ProblemException.notFound("no policy " + policyId);
        }
        return p;
    }

    static PolicyRevision revisionOf(String policyId, String revision) {
        policy(policyId);
        PolicyRevision r = PolicyRevision.find(policyId, revision);
        if (r == null) {
            throw ProblemException.notFound("policy " + policyId + " has no revision " + revision);
        }
        return r;
    }

    @Transactional
    RevisionView view(PolicyRevision r) {
        List<String> files = RevisionFile.<RevisionFile>list("revisionId = ?1 order by name", r.id).stream()
                .map(f -> f.name).toList();
        JsonNode report;
        try {
            report = r.report == null ? null : json.readTree(r.report);
        } catch (Exception e) {
            report = null;
        }
        return new RevisionView(r.policyId, r.revision, r.status.name(), r.effectiveFrom, r.sha256, files, r.source,
                r.createdBy, r.createdAt, r.activatedAt, r.note, report);
    }
}
