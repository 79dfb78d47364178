package com.aftersales.explain;

import com.aftersales.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** GET /api/lines/{lineId}/explanation. */
@Path("/api/lines/{lineId}/explanation")
public class ExplanationResource {

    private final ExplanationService explanations;

    public ExplanationResource(ExplanationService explanations) {
        this.explanations = explanations;
    }

    @GET
    @RolesAllowed({Roles.HR, Roles.AUDITOR, Roles.SUPERVISOR})
    public Object explain(@PathParam("lineId") String lineId) {
        return explanations.explainAny(lineId);
    }
}
