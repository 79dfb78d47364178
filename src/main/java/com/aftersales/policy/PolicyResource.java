package com.aftersales.policy;

import com.aftersales.policy.PolicyQueries.FileContent;
import com.aftersales.policy.PolicyQueries.PolicyView;
import com.aftersales.policy.PolicyQueries.RevisionView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;

/** Policies, their revisions and the files of a revision (API.md "Policies and revisions"). */
@Path("/api/policies")
public class PolicyResource {

    private final PolicyQueries queries;

    public PolicyResource(PolicyQueries queries) {
        this.queries = queries;
    }

    @GET
    public List<PolicyView> policies() {
        return queries.policies(LocalDate.now());
    }

    @GET
    @Path("/{policyId}/revisions")
    public List<RevisionView> revisions(@PathParam("policyId") String policyId,
            @jakarta.ws.rs.HeaderParam("Accept-Language") String language) {
        java.util.Locale locale = com.aftersales.problem.Languages.of(language);
        return queries.revisions(policyId).stream().map(v -> v.in(locale)).toList();
    }

    @GET
    @Path("/{policyId}/revisions/{revision}")
    public RevisionView revision(@PathParam("policyId") String policyId, @PathParam("revision") String revision,
            @jakarta.ws.rs.HeaderParam("Accept-Language") String language) {
        return queries.revision(policyId, revision).in(com.aftersales.problem.Languages.of(language));
    }

    @GET
    @Path("/{policyId}/revisions/{revision}/files/{name}")
    public Response file(@PathParam("policyId") String policyId, @PathParam("revision") String revision,
            @PathParam("name") String name) {
        FileContent f = queries.file(policyId, revision, name);
        String type = name.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : name.endsWith(".yaml") ? "application/yaml; charset=UTF-8" : "text/plain; charset=UTF-8";
        return Response.ok(f.content(), type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("ETag", "\"" + f.sha256() + "\"").build();
    }
}
