package com.aftersales.staff;

import com.aftersales.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import com.aftersales.staff.StaffDtos.BranchBody;
import com.aftersales.staff.StaffDtos.BranchView;
import com.aftersales.staff.StaffDtos.EmployeeBody;
import com.aftersales.staff.StaffDtos.MinimumWageBody;
import com.aftersales.staff.StaffDtos.WageBody;
import com.aftersales.problem.PathParams;
import com.aftersales.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Map;

/** Branches, employees and monthly wages (API.md reference data). */
@Path("/api")
public class StaffResource {

    private final StaffService staff;

    public StaffResource(StaffService staff) {
        this.staff = staff;
    }

    @PUT
    @Path("/branches/{branchId}")
    @RolesAllowed(Roles.HR)
    public BranchView putBranch(@PathParam("branchId") String branchId, @Valid @NotNull BranchBody body) {
        return BranchView.of(staff.putBranch(branchId, body));
    }

    @GET
    @Path("/branches")
    public List<BranchView> branches() {
        return Branch.<Branch>listAll(io.quarkus.panache.common.Sort.by("branchId")).stream().map(BranchView::of).toList();
    }

    @GET
    @Path("/branches/{branchId}")
    public BranchView branch(@PathParam("branchId") String branchId) {
        Branch b = Branch.findById(branchId);
        if (b == null) {
            throw ProblemException.notFound(com.aftersales.problem.Text.of("notFound.branch", branchId));
        }
        return BranchView.of(b);
    }

    @GET
    @Path("/branches/{branchId}/minimum-wages")
    public List<MinimumWageBody> minimumWages(@PathParam("branchId") String branchId) {
        return staff.minimumWages(branchId).stream().map(MinimumWageBody::of).toList();
    }

    /** Replaces the branch's minimum monthly wages (dated rows; the newest on or before a month's last day applies). */
    @PUT
    @Path("/branches/{branchId}/minimum-wages")
    @RolesAllowed(Roles.HR)
    public List<MinimumWageBody> putMinimumWages(@PathParam("branchId") String branchId,
            @NotNull List<MinimumWageBody> bodies) {
        return staff.putMinimumWages(branchId, bodies).stream().map(MinimumWageBody::of).toList();
    }

    @PUT
    @Path("/employees/{employeeId}")
    @RolesAllowed({Roles.HR, Roles.INTEGRATION})
    public EmployeeBody putEmployee(@PathParam("employeeId") String employeeId, @NotNull EmployeeBody body) {
        return EmployeeBody.of(staff.putEmployees(List.of(body.withId(employeeId))).get(0));
    }

    @POST
    @Path("/employees")
    @RolesAllowed({Roles.HR, Roles.INTEGRATION})
    public Map<String, Integer> postEmployees(@NotNull List<EmployeeBody> bodies) {
        return Map.of("received", staff.putEmployees(bodies).size());
    }

    @GET
    @Path("/employees")
    public List<EmployeeBody> employees() {
        return Employee.<Employee>listAll(io.quarkus.panache.common.Sort.by("employeeId")).stream()
                .map(EmployeeBody::of).toList();
    }

    @GET
    @Path("/employees/{employeeId}")
    public EmployeeBody employee(@PathParam("employeeId") String employeeId) {
        Employee e = Employee.findById(employeeId);
        if (e == null) {
            throw ProblemException.notFound(com.aftersales.problem.Text.of("notFound.employee", employeeId));
        }
        return EmployeeBody.of(e);
    }

    @PUT
    @Path("/periods/{period}/wages")
    @RolesAllowed({Roles.HR, Roles.INTEGRATION})
    public Map<String, Integer> putWages(@PathParam("period") String period, @NotNull List<WageBody> bodies) {
        return Map.of("received", staff.putWages(PathParams.period(period), bodies));
    }
}
