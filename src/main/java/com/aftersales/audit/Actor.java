package com.aftersales.audit;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/** The name of whoever acts now: the logged-in user, "anonymous", or "system" outside a request (jobs, start). */
@ApplicationScoped
public class Actor {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    private final Instance<SecurityIdentity> identity;

    public Actor(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    /** The current identity, or null outside a request or when nobody is logged in. */
    public SecurityIdentity identity() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        SecurityIdentity id = identity.get();
        return id == null || id.isAnonymous() ? null : id;
    }

    public boolean inRequest() {
        return Arc.container().requestContext().isActive();
    }

    public String name() {
        if (!inRequest()) {
            return SYSTEM;
        }
        SecurityIdentity id = identity();
        return id == null ? ANONYMOUS : id.getPrincipal().getName();
    }
}
