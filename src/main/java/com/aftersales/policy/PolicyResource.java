package com.aftersales.policy;

import com.aftersales.problem.ProblemException;
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

    public PolicyResource(RuleBooks ruleBooks, ObjectMapper json) {
        this.ruleBooks = ruleBooks;
        this.json = json;
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

    public static Policy policy(String policyId) {
        Policy p = Policy.findById(policyId);
        if (p == null) {
            throw ProblemException.notFound("no policy " + policyId);
        }
        return p;
    }

    public static PolicyRevision revisionOf(String policyId, String revision) {
        policy(policyId);
        PolicyRevision r = PolicyRevision.find(policyId, revision);
        if (r == null) {
            throw ProblemException.notFound("policy " + policyId + " has no revision " + revision);
        }
        return r;
    }

    /** The API view of a revision, its report parsed. */
    @Transactional
    public RevisionView view(PolicyRevision r) {
        return viewOf(r, json);
    }

    /** The API view of a revision; call inside a transaction. */
    public static RevisionView viewOf(PolicyRevision r, ObjectMapper json) {
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
