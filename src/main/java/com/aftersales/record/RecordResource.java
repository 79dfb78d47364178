package com.aftersales.record;

import com.aftersales.problem.Languages;
import com.aftersales.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import com.aftersales.problem.ProblemException;
import io.quarkus.arc.All;
import com.aftersales.problem.Text;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code POST /api/<path>} for every record kind a feature declares (punches, shifts, leave, work-orders,
 * visits, deliveries, incidents, commendations, sales-volumes, ...; {@link RecordType#path()}): a bulk
 * upsert, JSON or CSV, all or nothing. A new kind is served by declaring its {@link RecordType}.
 */
@Path("/api")
public class RecordResource {

    private final RecordImporter importer;
    private final Map<String, RecordType<?>> byPath = new TreeMap<>();

    public RecordResource(RecordImporter importer, @All List<RecordType<?>> kinds) {
        this.importer = importer;
        kinds.forEach(k -> byPath.put(k.path(), k));
    }

    /** The XLSX template of a kind: its columns by their Chinese labels, and a sheet explaining them. */
    @GET
    @Path("/templates/{file}")
    @Produces(BulkReader.XLSX)
    public Response template(@PathParam("file") String file) {
        String path = file.endsWith(".xlsx") ? file.substring(0, file.length() - 5) : null;
        RecordType<?> kind = path == null ? null : byPath.get(path);
        if (kind == null) {
            throw ProblemException.notFound(Text.of("input.noTemplate", file,
                    byPath.keySet().stream().map(p -> p + ".xlsx").toList()));
        }
        return Response.ok(Templates.xlsx(kind), BulkReader.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + path + ".xlsx\"").build();
    }

    @POST
    @Path("/{kind}")
    @Consumes({"application/json", "text/csv", BulkReader.XLSX})
    @RolesAllowed({Roles.HR, Roles.CLERK, Roles.INTEGRATION})
    public ImportSummary post(@PathParam("kind") String path, byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        RecordType<?> kind = byPath.get(path);
        if (kind == null) {
            throw ProblemException.notFound(Text.of("input.noKind", path,
                    byPath.keySet().stream().map(p -> "/api/" + p).toList()));
        }
        return importer.importBody(kind, body, contentType, Languages.of(language));
    }
}
