package com.aftersales.attendance.clock;

import jakarta.annotation.security.RolesAllowed;
import com.aftersales.access.Roles;
import com.aftersales.problem.Languages;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Clock machines for the clerks: {@code /api/clock-devices} (registered per branch), {@code /api/clock-pins}
 * (employees' PINs per device or branch), the upload of a device's {@code attlog.dat}, and the punches kept
 * unmatched ({@code GET /api/punches/unmatched}).
 */
@Path("/api")
public class ClockResource {

    /** The body of PUT /api/clock-devices/{serial}. */
    public record DeviceBody(String branch, String name) {
    }

    private final ClockDevices devices;

    public ClockResource(ClockDevices devices) {
        this.devices = devices;
    }

    @PUT
    @Path("/clock-devices/{serial}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR)
    public ClockDevices.Device register(@PathParam("serial") String serial, DeviceBody body) {
        return devices.register(serial, body == null ? null : body.branch(), body == null ? null : body.name());
    }

    @GET
    @Path("/clock-devices")
    public List<ClockDevices.Device> list(@QueryParam("branch") String branch) {
        return devices.devices(blankToNull(branch));
    }

    /** Upload of a device's attlog.dat (USB export), as the device wrote it. */
    @POST
    @Path("/clock-devices/{serial}/attlog")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.HR, Roles.CLERK, Roles.INTEGRATION})
    public ClockDevices.LogSummary attlog(@PathParam("serial") String serial, byte[] body,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        ClockDevices.Device device = devices.registered(serial);
        return devices.store(device, body, Languages.of(language));
    }

    @POST
    @Path("/clock-pins")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HR, Roles.INTEGRATION})
    public ClockDevices.LogSummary pins(List<ClockDevices.Pin> pins,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return devices.mapPins(pins == null ? List.of() : pins, Languages.of(language));
    }

    @GET
    @Path("/clock-pins")
    public List<ClockDevices.Pin> pins(@QueryParam("branch") String branch) {
        return devices.pins(blankToNull(branch));
    }

    @GET
    @Path("/punches/unmatched")
    public List<ClockDevices.Unmatched> unmatched(@QueryParam("branch") String branch) {
        return devices.unmatched(blankToNull(branch));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
