package com.aftersales.attendance;

import com.aftersales.record.ImportSummary;
import com.aftersales.record.RecordImporter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;

/** POST /api/punches and /api/shifts: bulk upserts, JSON or CSV, all or nothing. */
@Path("/api")
@Consumes({"application/json", "text/csv"})
public class AttendanceResource {

    private final RecordImporter importer;

    public AttendanceResource(RecordImporter importer) {
        this.importer = importer;
    }

    @POST
    @Path("/punches")
    public ImportSummary punches(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type) {
        return importer.importBody(AttendanceRecordTypes.PUNCH, body, type);
    }

    @POST
    @Path("/shifts")
    public ImportSummary shifts(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type) {
        return importer.importBody(AttendanceRecordTypes.SHIFT, body, type);
    }
}
