package com.aftersales.access;

import com.aftersales.access.UserService.RoleView;
import com.aftersales.access.UserService.UserChange;
import com.aftersales.access.UserService.UserView;
import com.aftersales.audit.AuditTrail;
import com.aftersales.problem.PathParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Users and roles ({@code /api/users}, managed by HR), the current user ({@code /api/me}) and the audit log. */
@Path("/api")
public class UserResource {

    private final UserService users;
    private final Access access;
    private final AuditTrail audit;

    public UserResource(UserService users, Access access, AuditTrail audit) {
        this.users = users;
        this.access = access;
        this.audit = audit;
    }

    @GET
    @Path("/users")
    @RolesAllowed({Roles.HR, Roles.AUDITOR})
    public List<UserView> list() {
        return users.list();
    }

    @GET
    @Path("/users/{username}")
    @RolesAllowed({Roles.HR, Roles.AUDITOR})
    public UserView get(@PathParam("username") String username) {
        return users.get(username);
    }

    /** Creates (201) or changes (200) a user: {@code {password, roles, branches}}; the password is optional on a change. */
    @PUT
    @Path("/users/{username}")
    @RolesAllowed(Roles.HR)
    public Response put(@PathParam("username") String username, UserChange body) {
        boolean exists = users.find(username).isPresent();
        UserView u = users.put(username, body, true);
        return Response.status(exists ? 200 : 201).entity(u).build();
    }

    @DELETE
    @Path("/users/{username}")
    @RolesAllowed(Roles.HR)
    public Response delete(@PathParam("username") String username) {
        users.delete(username, access.user());
        return Response.noContent().build();
    }

    @GET
    @Path("/roles")
    public List<RoleView> roles() {
        return users.roles();
    }

    /** The current user: name, roles, branches. */
    @GET
    @Path("/me")
    public Map<String, Object> me() {
        return Map.of("username", access.user(), "roles", List.copyOf(access.roles()),
                "branches", List.copyOf(access.branches()), "readsAllBranches", access.readsAllBranches());
    }

    /**
     * The audit log: every write, filtered by {@code period} (yyyy-MM), {@code employee}, {@code record}
     * ({@code kind:id} or id), {@code user} and {@code entity}; oldest first.
     */
    @GET
    @Path("/audit")
    @RolesAllowed({Roles.HR, Roles.AUDITOR})
    public List<AuditTrail.Entry> audit(@QueryParam("period") String period, @QueryParam("employee") String employee,
            @QueryParam("record") String record, @QueryParam("user") String user,
            @QueryParam("entity") String entity) {
        return audit.list(new AuditTrail.Query(period == null || period.isBlank() ? null : PathParams.period(period),
                blank(employee), blank(record), blank(user), blank(entity)));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
