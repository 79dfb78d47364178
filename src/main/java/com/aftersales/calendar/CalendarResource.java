package com.aftersales.calendar;

import com.aftersales.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import com.aftersales.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** GET and PUT /api/calendar/{year}. */
@Path("/api/calendar/{year}")
public class CalendarResource {

    private final CalendarService calendars;

    public CalendarResource(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GET
    public CalendarYear get(@PathParam("year") String year) {
        return calendars.year(parse(year));
    }

    @PUT
    @RolesAllowed(Roles.HR)
    public CalendarYear put(@PathParam("year") String year, @Valid @NotNull CalendarYear body) {
        return calendars.put(parse(year), body);
    }

    private static int parse(String year) {
        if (!year.matches("\\d{4}")) {
            throw ProblemException.badRequest("/year", com.aftersales.problem.Text.of("param.year", year));
        }
        return Integer.parseInt(year);
    }
}
