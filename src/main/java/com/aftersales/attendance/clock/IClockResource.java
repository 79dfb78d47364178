package com.aftersales.attendance.clock;

import com.aftersales.problem.Languages;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The ZKTeco ADMS / iClock push protocol, by which a clock on the branch network sends its punches itself.
 * A device is known by its serial number ({@code SN}); only registered ones are served (403 otherwise), and
 * the serial number opens nothing but these three addresses.
 * <ul>
 * <li>{@code GET /iclock/cdata?SN=…} — the handshake: answered with the options block (send the attendance log,
 * in real time);</li>
 * <li>{@code POST /iclock/cdata?SN=…&table=ATTLOG} — punches, lines as in attlog.dat: answered {@code OK: n};
 * other tables (OPERLOG, ATTPHOTO, …) are acknowledged and not kept;</li>
 * <li>{@code GET /iclock/getrequest?SN=…} — the device asks for commands: answered {@code OK} (none).</li>
 * </ul>
 */
@Path("/iclock")
@PermitAll // a device authenticates by its registered serial number, not a user (ClockDevices)
@Produces(MediaType.TEXT_PLAIN)
public class IClockResource {

    private final ClockDevices devices;

    public IClockResource(ClockDevices devices) {
        this.devices = devices;
    }

    @GET
    @Path("/cdata")
    public String handshake(@QueryParam("SN") String serial) {
        ClockDevices.Device d = devices.registered(serial);
        devices.seen(d.serial());
        return "GET OPTION FROM: " + d.serial() + "\n"
                + "ATTLOGStamp=None\n"
                + "OPERLOGStamp=9999\n"
                + "ATTPHOTOStamp=None\n"
                + "ErrorDelay=30\n"
                + "Delay=10\n"
                + "TransTimes=00:00;14:05\n"
                + "TransInterval=1\n"
                + "TransFlag=TransData AttLog\n"
                + "TimeZone=8\n"
                + "Realtime=1\n"
                + "Encrypt=None\n";
    }

    @POST
    @Path("/cdata")
    @Consumes(MediaType.WILDCARD)
    public String push(@QueryParam("SN") String serial, @QueryParam("table") String table, byte[] body) {
        ClockDevices.Device d = devices.registered(serial);
        devices.seen(d.serial());
        if (!"ATTLOG".equalsIgnoreCase(table)) {
            return "OK";
        }
        ClockDevices.LogSummary s = devices.store(d, body, Languages.defaultLocale());
        return "OK: " + s.punches();
    }

    @GET
    @Path("/getrequest")
    public String getRequest(@QueryParam("SN") String serial) {
        ClockDevices.Device d = devices.registered(serial);
        devices.seen(d.serial());
        return "OK";
    }
}
