package com.aftersales.policy.admin;

import com.aftersales.access.Access;
import com.aftersales.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import com.aftersales.policy.PolicyQueries;
import com.aftersales.policy.PolicyQueries.RevisionView;
import com.aftersales.policy.PolicyRevision;
import com.aftersales.policy.PolicyStore;
import com.aftersales.policy.scenario.Scenarios;
import com.aftersales.problem.ApiError;
import com.aftersales.problem.PathParams;
import com.aftersales.problem.ProblemException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Policy administration over HTTP (API.md "Policies and revisions"): upload, activate, retire, test,
 * preview and compare revisions, and read the audit trail. The acting user is the logged-in user
 * (policy admins upload, activate and retire; with four eyes on, not the uploader activates).
 */
@Path("/api/policies/{policyId}")
public class PolicyAdminResource {

    private final ObjectMapper json;
    private final Scenarios scenarios;
    private final RevisionUploads uploads;
    private final RevisionLifecycle lifecycle;
    private final AuditLog audit;
    private final Preview preview;
    private final PolicyStore store;
    private final PolicyQueries queries;
    private final Access access;

    /** The request's headers: a revision's report is shown in the reader's language. */
    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    public PolicyAdminResource(ObjectMapper json, Scenarios scenarios, RevisionUploads uploads,
            RevisionLifecycle lifecycle, AuditLog audit, Preview preview, PolicyStore store, PolicyQueries queries,
            Access access) {
        this.access = access;
        this.json = json;
        this.scenarios = scenarios;
        this.uploads = uploads;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.preview = preview;
        this.store = store;
        this.queries = queries;
    }

    /** The optional body of activate and retire. */
    public record ActionRequest(String effectiveFrom, String note) {
    }

    /**
     * The multipart form of an upload as the OpenAPI document describes it (Swagger UI's "Try it out"):
     * the method itself reads every part, so that a part of another name is refused by name.
     */
    @Schema(name = "RevisionUpload", requiredProperties = {"file", "effectiveFrom"})
    public static class UploadForm {
        @Schema(description = "one or more files of the revision (*.drl, *.drl.xlsx, policy.yaml); files not "
                + "uploaded are carried over from the revision in force on effectiveFrom",
                type = SchemaType.ARRAY, implementation = FileUpload.class)
        public List<FileUpload> file;
        @Schema(description = "the date the revision takes effect", format = "date", example = "2024-12-16")
        public String effectiveFrom;
        @Schema(description = "why the revision was made", example = "ATT-LATE-2 becomes 15")
        public String note;
    }

    /**
     * Uploads a new revision: parts named {@code file}, a required {@code effectiveFrom} and an optional
     * {@code note}; files not uploaded are carried over from the revision in force on that date.
     */
    @POST
    @Path("/revisions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.POLICY_ADMIN)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForm.class)))
    public Response upload(@PathParam("policyId") String policyId, @RestForm(FileUpload.ALL) List<FileUpload> parts,
            @RestForm("effectiveFrom") String effectiveFrom, @RestForm("note") String note) {
        String user = access.actor();
        List<RevisionUploads.Upload> files = new ArrayList<>();
        List<ApiError> errors = new ArrayList<>();
        for (FileUpload part : parts == null ? List.<FileUpload>of() : parts) {
            if (!"file".equals(part.name())) {
                errors.add(ApiError.of(part.name(), "upload.unexpectedPart", part.name()));
                continue;
            }
            try {
                files.add(new RevisionUploads.Upload(part.fileName(), Files.readAllBytes(part.uploadedFile())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (effectiveFrom == null || effectiveFrom.isBlank()) {
            errors.add(ApiError.of("effectiveFrom", "upload.noDate"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(com.aftersales.problem.Text.of("upload.incomplete"), errors);
        }
        PolicyRevision r = uploads.upload(policyId, files, PathParams.date("effectiveFrom", effectiveFrom.trim()),
                blankToNull(note), user);
        return Response.status(201).entity(view(r)).build();
    }

    /** Activates a revision from its effective date (the body's or query's {@code effectiveFrom}, else its own). */
    @POST
    @Path("/revisions/{revision}/activate")
    @RolesAllowed(Roles.POLICY_ADMIN)
    public RevisionView activate(@PathParam("policyId") String policyId,
            @PathParam("revision") String revision,
            @QueryParam("effectiveFrom") String effectiveFrom, String text) {
        String user = access.actor();
        ActionRequest body = action(text);
        String date = effectiveFrom != null ? effectiveFrom : body == null ? null : body.effectiveFrom();
        PolicyRevision r = lifecycle.activate(policyId, revision,
                date == null || date.isBlank() ? null : PathParams.date("effectiveFrom", date.trim()),
                body == null ? null : body.note(), user);
        return view(r);
    }

    /** Takes a revision out of force (a candidate is withdrawn). */
    @POST
    @Path("/revisions/{revision}/retire")
    @RolesAllowed(Roles.POLICY_ADMIN)
    public RevisionView retire(@PathParam("policyId") String policyId,
            @PathParam("revision") String revision,
            String text) {
        String user = access.actor();
        ActionRequest body = action(text);
        return view(lifecycle.retire(policyId, revision, body == null ? null : body.note(), user));
    }

    /** A past period scored with this revision in place of its policy's revisions in force; nothing stored. */
    @GET
    @Path("/revisions/{revision}/preview")
    @RolesAllowed({Roles.POLICY_ADMIN, Roles.HR, Roles.AUDITOR})
    public PreviewViews.Result preview(@PathParam("policyId") String policyId, @PathParam("revision") String revision,
            @QueryParam("period") String period) {
        return preview.preview(lookup(policyId, revision), PathParams.period(period));
    }

    /** Changed cells and lines between {@code against} (old) and this revision (new). */
    @GET
    @Path("/revisions/{revision}/diff")
    @RolesAllowed({Roles.POLICY_ADMIN, Roles.HR, Roles.AUDITOR})
    public RevisionDiff.Result diff(@PathParam("policyId") String policyId, @PathParam("revision") String revision,
            @QueryParam("against") String against) {
        PolicyRevision r = lookup(policyId, revision);
        if (against == null || against.isBlank()) {
            throw ProblemException.badRequest("against", com.aftersales.problem.Text.of("diff.against"));
        }
        PolicyRevision other = lookup(policyId, against.trim());
        return RevisionDiff.diff(policyId, r.revision, other.revision, store.load(other).files(), store.load(r).files());
    }

    /** Who uploaded, validated, activated or retired which revision, when, with which note. */
    @GET
    @Path("/audit")
    @RolesAllowed({Roles.POLICY_ADMIN, Roles.HR, Roles.AUDITOR})
    public List<AuditLog.Entry> audit(@PathParam("policyId") String policyId, @QueryParam("revision") String revision) {
        queries.policy(policyId);
        return audit.list(policyId, blankToNull(revision));
    }

    private PolicyRevision lookup(String policyId, String revision) {
        return queries.revisionOf(policyId, revision);
    }

    private RevisionView view(PolicyRevision r) {
        return queries.view(r.id).in(com.aftersales.problem.Languages.of(
                headers == null ? null : headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE)));
    }

    /** The optional JSON body of activate and retire; any content type, or none. */
    private ActionRequest action(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return json.readValue(text, ActionRequest.class);
        } catch (java.io.IOException e) {
            throw ProblemException.badRequest("body", com.aftersales.problem.Text.of("revision.body", e.getMessage()));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }


    /** Runs the revision's test scenarios now and answers with each one's outcome (nothing is stored). */
    @GET
    @Path("/revisions/{revision}/tests")
    @RolesAllowed({Roles.POLICY_ADMIN, Roles.HR, Roles.AUDITOR})
    public Scenarios.TestRun tests(@PathParam("policyId") String policyId, @PathParam("revision") String revision) {
        return scenarios.run(lookup(policyId, revision));
    }

}
