package com.aftersales.workorder;

import com.aftersales.record.ImportSummary;
import com.aftersales.record.RecordImporter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;

/** POST /api/work-orders: bulk upsert of work orders, JSON or CSV, all or nothing. */
@Path("/api/work-orders")
@Consumes({"application/json", "text/csv"})
public class WorkOrderResource {

    private final RecordImporter importer;
    private final WorkOrderRecordType type;

    public WorkOrderResource(RecordImporter importer, WorkOrderRecordType type) {
        this.importer = importer;
        this.type = type;
    }

    @POST
    public ImportSummary post(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return importer.importBody(type, body, contentType);
    }
}
