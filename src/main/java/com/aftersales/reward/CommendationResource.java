package com.aftersales.reward;

import com.aftersales.record.ImportSummary;
import com.aftersales.record.RecordImporter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;

/** POST /api/commendations: bulk upsert of commendations, JSON or CSV, all or nothing. */
@Path("/api/commendations")
@Consumes({"application/json", "text/csv"})
public class CommendationResource {

    private final RecordImporter importer;
    private final CommendationRecordType type;

    public CommendationResource(RecordImporter importer, CommendationRecordType type) {
        this.importer = importer;
        this.type = type;
    }

    @POST
    public ImportSummary post(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return importer.importBody(type, body, contentType);
    }
}
