package com.aftersales.policy.admin;

import com.aftersales.web.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** problem+json for a refused upload, with the validation report beside the located errors. */
public class RefusedUploadMapper {

    @ServerExceptionMapper
    public Response refused(RefusedUpload e, UriInfo uri) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank#422");
        body.put("title", e.title());
        body.put("status", 422);
        body.put("detail", e.getMessage());
        body.put("instance", uri == null ? null : uri.getPath());
        body.put("errors", e.errors());
        body.put("report", e.report());
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
