package com.aftersales.history;

import com.aftersales.record.ImportSummary;
import com.aftersales.record.RecordImporter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;

/** POST /api/occurrences: bulk upsert of occurrences from before the service, JSON or CSV, all or nothing. */
@Path("/api/occurrences")
@Consumes({"application/json", "text/csv"})
public class OccurrenceResource {

    private final RecordImporter importer;
    private final OccurrenceRecordType type;

    public OccurrenceResource(RecordImporter importer, OccurrenceRecordType type) {
        this.importer = importer;
        this.type = type;
    }

    @POST
    public ImportSummary post(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return importer.importBody(type, body, contentType);
    }
}
