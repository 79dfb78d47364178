package com.aftersales.visit;

import com.aftersales.record.ImportSummary;
import com.aftersales.record.RecordImporter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;

/** POST /api/deliveries: bulk upsert of deliveries, JSON or CSV, all or nothing. */
@Path("/api/deliveries")
@Consumes({"application/json", "text/csv"})
public class DeliveryResource {

    private final RecordImporter importer;
    private final DeliveryRecordType type;

    public DeliveryResource(RecordImporter importer, DeliveryRecordType type) {
        this.importer = importer;
        this.type = type;
    }

    @POST
    public ImportSummary post(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return importer.importBody(type, body, contentType);
    }
}
