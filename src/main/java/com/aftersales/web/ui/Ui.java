package com.aftersales.web.ui;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The request's side of a page: its language ({@code ?lang=zh|en}, kept in the {@code lang} cookie so that
 * every later page keeps it; Chinese by default), the signed-in user, and the layout's data.
 */
@RequestScoped
public class Ui {

    static final String COOKIE = "lang";

    @Inject
    RoutingContext request;

    private Chrome chrome;

    /** The layout data of this request. */
    public Chrome chrome() {
        if (chrome == null) {
            String asked = request.request().getParam("lang");
            String lang;
            if ("en".equals(asked) || "zh".equals(asked)) {
                lang = asked;
                request.response().addCookie(Cookie.cookie(COOKIE, lang).setPath("/").setMaxAge(365L * 24 * 3600)
                        .setHttpOnly(true));
            } else {
                Cookie c = request.request().getCookie(COOKIE);
                lang = c != null && "en".equals(c.getValue()) ? "en" : "zh";
            }
            SecurityIdentity identity = identity();
            String user = identity == null || identity.isAnonymous() ? null : identity.getPrincipal().getName();
            Set<String> roles = identity == null ? Set.of() : identity.getRoles();
            chrome = new Chrome(lang, switchUrl("en".equals(lang) ? "zh" : "en"), user, roles, request.request().path());
        }
        return chrome;
    }

    /** The signed-in identity (form login or HTTP Basic), or null. */
    public SecurityIdentity identity() {
        return request.user() instanceof QuarkusHttpUser u ? u.getSecurityIdentity() : null;
    }

    public boolean english() {
        return chrome().english();
    }

    public Locale locale() {
        return english() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** Located problems with their messages in the page's language. */
    public java.util.List<com.aftersales.problem.ApiError> localized(java.util.List<com.aftersales.problem.ApiError> errors) {
        return errors.stream().map(e -> new com.aftersales.problem.ApiError(e.location(), e.message(locale()))).toList();
    }

    /** A problem's detail in the page's language. */
    public String detail(com.aftersales.problem.ProblemException e) {
        return e.detail(locale());
    }

    /** The template with the layout's data and locale set. */
    public TemplateInstance page(TemplateInstance t) {
        Chrome c = chrome();
        return t.setAttribute("locale", c.english() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    /** The same URL in the other language. */
    private String switchUrl(String lang) {
        Map<String, String> params = new TreeMap<>();
        request.queryParams().forEach(e -> params.put(e.getKey(), e.getValue()));
        params.put("lang", lang);
        StringBuilder sb = new StringBuilder(request.request().path()).append('?');
        params.forEach((k, v) -> sb.append(enc(k)).append('=').append(enc(v)).append('&'));
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
