package com.aftersales.web.ui;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Signing out of the form login: the login cookie (Quarkus's {@code quarkus-credential}) removed, back to /login. */
@Path("/logout")
@PermitAll
public class LogoutPage {

    @POST
    public Response logout() {
        NewCookie gone = new NewCookie.Builder("quarkus-credential").path("/").maxAge(0).value("").httpOnly(true).build();
        return Response.seeOther(URI.create("/login")).cookie(gone).build();
    }
}
