package com.aftersales.web;

import com.aftersales.problem.ProblemException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a path or query parameter holding a NUL or another control character (e.g. {@code %00} in a
 * policy id) with a located 400, before any resource looks it up: no stored key holds one, and the
 * database refuses them in text (which was answered 500).
 */
public class InputGuards {

    @ServerRequestFilter
    public void plainParameters(UriInfo uri) {
        check(uri.getPathParameters(), "");
        check(uri.getQueryParameters(), "?");
    }

    private static void check(MultivaluedMap<String, String> params, String prefix) {
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            for (String v : p.getValue()) {
                if (v != null && v.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                    throw ProblemException.badRequest(prefix + p.getKey(), com.aftersales.problem.Text.of("param.control", p.getKey()));
                }
            }
        }
    }
}
