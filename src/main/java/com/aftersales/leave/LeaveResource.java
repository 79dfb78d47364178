package com.aftersales.leave;

import com.aftersales.record.ImportSummary;
import com.aftersales.record.RecordImporter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;

/** POST /api/leave: bulk upsert of leave requests, JSON or CSV, all or nothing. */
@Path("/api/leave")
@Consumes({"application/json", "text/csv"})
public class LeaveResource {

    private final RecordImporter importer;
    private final LeaveRecordType type;

    public LeaveResource(RecordImporter importer, LeaveRecordType type) {
        this.importer = importer;
        this.type = type;
    }

    @POST
    public ImportSummary post(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return importer.importBody(type, body, contentType);
    }
}
