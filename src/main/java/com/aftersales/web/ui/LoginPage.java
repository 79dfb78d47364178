package com.aftersales.web.ui;

import jakarta.annotation.security.PermitAll;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The form login's page: posts {@code j_username} and {@code j_password} to {@code /j_security_check}. */
@PermitAll
@Path("/login")
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

    private final Ui ui;

    public LoginPage(Ui ui) {
        this.ui = ui;
    }

    @GET
    public TemplateInstance login(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        // the form login's error page is /login?error: a parameter without a value
        return ui.page(Pages.login(uri.getQueryParameters().containsKey("error")));
    }
}
