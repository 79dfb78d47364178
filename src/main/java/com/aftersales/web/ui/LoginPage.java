package com.aftersales.web.ui;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The form login's page: posts {@code j_username} and {@code j_password} to {@code /j_security_check}. */
@Path("/login")
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

    private final Ui ui;

    public LoginPage(Ui ui) {
        this.ui = ui;
    }

    @GET
    public TemplateInstance login(@QueryParam("error") String error) {
        return ui.page(Pages.login(error != null));
    }
}
