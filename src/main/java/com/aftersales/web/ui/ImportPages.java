package com.aftersales.web.ui;

import jakarta.annotation.security.RolesAllowed;
import com.aftersales.access.Roles;
import com.aftersales.problem.ApiError;
import com.aftersales.problem.ProblemException;
import com.aftersales.record.BulkReader;
import com.aftersales.record.ImportSummary;
import com.aftersales.record.RecordImporter;
import com.aftersales.record.RecordType;
import io.quarkus.arc.All;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Record import for HR and clerks: a kind and a file (CSV in UTF-8 or GB18030, XLSX from the kind's template,
 * JSON), stored all or nothing by the same importer as {@code POST /api/<kind>}; a refused file shows every bad
 * row as a table of locations and messages.
 */
@Path("/records/import")
@Produces(MediaType.TEXT_HTML)
public class ImportPages {

    private final Ui ui;
    private final RecordImporter importer;
    private final Map<String, RecordType<?>> kinds = new TreeMap<>();

    public ImportPages(Ui ui, RecordImporter importer, @All List<RecordType<?>> kinds) {
        this.ui = ui;
        this.importer = importer;
        kinds.forEach(k -> this.kinds.put(k.path(), k));
    }

    @RolesAllowed({Roles.HR, Roles.CLERK, Roles.INTEGRATION})
    @GET
    public TemplateInstance form(@QueryParam("kind") String kind) {
        return ui.page(Pages.recordImport(List.copyOf(kinds.keySet()), kind, null, null, List.of()));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    @RolesAllowed({Roles.HR, Roles.CLERK, Roles.INTEGRATION})
    public Response upload(@RestForm("kind") String kind, @RestForm("file") FileUpload file,
            @RestForm("charset") String charset) {
        RecordType<?> type = kind == null ? null : kinds.get(kind);
        if (type == null || file == null || file.fileName() == null || file.fileName().isBlank()) {
            return page(400, kind, null, ui.english() ? "choose a kind of record and a file" : "请选择记录类型和文件",
                    List.of(new ApiError(type == null ? "kind" : "file", ui.english() ? "required" : "必填")));
        }
        byte[] body;
        try {
            body = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.fileName().toLowerCase(java.util.Locale.ROOT);
        String contentType = name.endsWith(".xlsx") ? BulkReader.XLSX
                : name.endsWith(".json") ? "application/json"
                : "text/csv; charset=" + ("GB18030".equalsIgnoreCase(charset) ? "GB18030" : "UTF-8");
        try {
            ImportSummary s = importer.importBody(type, body, contentType, ui.locale());
            return page(200, kind, s, null, List.of());
        } catch (ProblemException e) {
            if (e.status() >= 500) {
                throw e;
            }
            return page(e.status(), kind, null, ui.detail(e), ui.localized(e.errors()));
        }
    }

    private Response page(int status, String kind, ImportSummary done, String detail, List<ApiError> errors) {
        String html = ui.page(Pages.recordImport(List.copyOf(kinds.keySet()), kind, done, detail, errors))
                .render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return ErrorPages.of(ui, e);
    }

    /** Nobody signed in: to the login page, which returns here afterwards. */
    @ServerExceptionMapper({io.quarkus.security.UnauthorizedException.class,
            io.quarkus.security.AuthenticationFailedException.class})
    public Response signIn(RuntimeException e, io.vertx.core.http.HttpServerRequest request) {
        return ErrorPages.signIn(request);
    }

    /** Signed in without the role: a page saying so. */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return ErrorPages.forbidden(ui);
    }
}
