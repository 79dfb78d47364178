package com.aftersales.visit;

import com.aftersales.record.ImportSummary;
import com.aftersales.record.RecordImporter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;

/** POST /api/sales-volumes: bulk upsert of branches' monthly sales transactions, JSON or CSV, all or nothing. */
@Path("/api/sales-volumes")
@Consumes({"application/json", "text/csv"})
public class SalesVolumeResource {

    private final RecordImporter importer;
    private final SalesVolumeRecordType type;

    public SalesVolumeResource(RecordImporter importer, SalesVolumeRecordType type) {
        this.importer = importer;
        this.type = type;
    }

    @POST
    public ImportSummary post(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return importer.importBody(type, body, contentType);
    }
}
