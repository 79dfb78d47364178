package com.aftersales.workorder;

import com.aftersales.record.ImportSummary;
import com.aftersales.record.RecordImporter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;

/** POST /api/incidents: bulk upsert of manager-entered conduct, JSON or CSV, all or nothing. */
@Path("/api/incidents")
@Consumes({"application/json", "text/csv"})
public class IncidentResource {

    private final RecordImporter importer;
    private final IncidentRecordType type;

    public IncidentResource(RecordImporter importer, IncidentRecordType type) {
        this.importer = importer;
        this.type = type;
    }

    @POST
    public ImportSummary post(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return importer.importBody(type, body, contentType);
    }
}
