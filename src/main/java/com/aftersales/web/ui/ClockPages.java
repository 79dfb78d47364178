package com.aftersales.web.ui;

import com.aftersales.attendance.clock.ClockDevices;
import com.aftersales.problem.ApiError;
import com.aftersales.problem.ProblemException;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import com.aftersales.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Clock machines for HR: a device's attlog.dat uploaded, and the punches whose PIN is mapped to nobody, by
 * device and PIN, each group assigned to an employee in one step (the PIN is mapped and its punches stored).
 */
@Path("/punches")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.HR)
public class ClockPages {

    private final Ui ui;
    private final ClockDevices devices;
    private final UiQueries queries;

    public ClockPages(Ui ui, ClockDevices devices, UiQueries queries) {
        this.ui = ui;
        this.devices = devices;
        this.queries = queries;
    }

    @GET
    @Path("unmatched")
    public TemplateInstance unmatched(@QueryParam("branch") String branch, @QueryParam("assigned") String assigned) {
        return ui.page(page(Ui.blankToNull(branch), assigned, null, List.of(), null));
    }

    @POST
    @Path("unmatched/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@RestForm("deviceSerial") String device, @RestForm("pin") String pin,
            @RestForm("employeeId") String employeeId, @RestForm("branch") String branch) {
        try {
            ClockDevices.LogSummary s = devices.mapPins(List.of(new ClockDevices.Pin(Ui.blankToNull(employeeId),
                    Ui.blankToNull(pin), Ui.blankToNull(device), null)), ui.locale());
            return Response.seeOther(URI.create("/punches/unmatched?assigned=" + s.stored()
                    + (Ui.blankToNull(branch) == null ? "" : "&branch=" + Ui.enc(branch)))).build();
        } catch (ProblemException e) {
            if (e.status() >= 500) {
                throw e;
            }
            return html(e.status(), ui.page(page(Ui.blankToNull(branch), null, ui.detail(e), ui.localized(e.errors()),
                    null)));
        }
    }

    /** A clock machine's attlog.dat (the USB download of a ZKTeco-style device), stored for its registered serial. */
    @POST
    @Path("attlog")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response attlog(@RestForm("deviceSerial") String serial, @RestForm("file") FileUpload file) {
        try {
            if (file == null || file.fileName() == null || file.fileName().isBlank()) {
                throw ProblemException.badRequest("file", ui.english() ? "choose the device's attlog.dat" : "请选择考勤机导出的 attlog.dat");
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file.uploadedFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ClockDevices.LogSummary s = devices.store(devices.registered(Ui.blankToNull(serial)), bytes, ui.locale());
            return html(200, ui.page(page(null, null, null, List.of(), s)));
        } catch (ProblemException e) {
            if (e.status() >= 500) {
                throw e;
            }
            return html(e.status(), ui.page(page(null, null, ui.detail(e), ui.localized(e.errors()), null)));
        }
    }

    private TemplateInstance page(String branch, String assigned, String detail, List<ApiError> errors,
            ClockDevices.LogSummary log) {
        Map<String, Views.PinGroup> groups = new LinkedHashMap<>();
        for (ClockDevices.Unmatched u : devices.unmatched(branch)) {
            String key = u.deviceSerial() + "\u0000" + u.pin();
            Views.PinGroup g = groups.get(key);
            groups.put(key, g == null ? new Views.PinGroup(u.deviceSerial(), u.branch(), u.pin(), 1, u.at(), u.at())
                    : new Views.PinGroup(g.deviceSerial(), g.branch(), g.pin(), g.punches() + 1,
                            min(g.first(), u.at()), max(g.last(), u.at())));
        }
        List<UiQueries.Person> people = queries.employees(branch);
        return Pages.unmatched(branch, queries.branches(), new ArrayList<>(groups.values()), people,
                devices.devices(null), assigned, detail, errors, log);
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Response html(int status, TemplateInstance t) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(t.render()).build();
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
