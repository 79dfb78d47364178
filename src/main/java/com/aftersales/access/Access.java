package com.aftersales.access;

import com.aftersales.audit.Actor;
import com.aftersales.jdbc.Jdbc;
import com.aftersales.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is calling, and what they may reach: the current user's name, roles and branches (the branches a
 * supervisor supervises, the branch a clerk belongs to). Services ask it before they answer with or change
 * the data of a branch; web pages ask it what to show. Outside a request (jobs, start-up) the caller is the
 * service itself ({@link #SYSTEM}), which reaches everything.
 */
@ApplicationScoped
public class Access {

    /** The actor of what the service does by itself (start-up import, sample data, jobs). */
    public static final String SYSTEM = Actor.SYSTEM;

    private final Actor actor;
    private final Jdbc jdbc;

    public Access(Actor actor, Jdbc jdbc) {
        this.actor = actor;
        this.jdbc = jdbc;
    }

    /** The current user, or null outside a request or for an anonymous caller. */
    private SecurityIdentity current() {
        return actor.identity();
    }

    /** True when there is a request but nobody is logged in. */
    public boolean anonymous() {
        return actor.inRequest() && current() == null;
    }

    /** The name of the acting user ({@link #SYSTEM} outside a request, "anonymous" when nobody logged in). */
    public String actor() {
        return actor.name();
    }

    /** The current user's name, or null when nobody is logged in. */
    public String user() {
        SecurityIdentity id = current();
        return id == null ? null : id.getPrincipal().getName();
    }

    /** The current user's roles, in a fixed order. */
    public Set<String> roles() {
        SecurityIdentity id = current();
        return id == null ? Set.of() : new TreeSet<>(id.getRoles());
    }

    public boolean has(String role) {
        SecurityIdentity id = current();
        return id != null && id.hasRole(role);
    }

    /** The branches the current user supervises or belongs to (as stored with the user). */
    public Set<String> branches() {
        SecurityIdentity id = current();
        if (id == null) {
            return Set.of();
        }
        String cached = id.getAttribute("app.branches");
        if (cached != null) {
            return cached.isEmpty() ? Set.of() : new TreeSet<>(List.of(cached.split(",")));
        }
        return new TreeSet<>(jdbc.list("select branch_id from app_user_branch where username = ? order by branch_id",
                rs -> rs.getString(1), id.getPrincipal().getName()));
    }

    /** HR and auditors (and the service itself) read every branch; supervisors and clerks only their own. */
    public boolean readsAllBranches() {
        return !actor.inRequest() || has(Roles.HR) || has(Roles.AUDITOR);
    }

    /** Whether the current user may read the statements, explanations and records of {@code branchId}. */
    public boolean mayReadBranch(String branchId) {
        return readsAllBranches() || branches().contains(branchId);
    }

    /** 403 unless the current user may read {@code branchId}; {@code what} names the data in the answer. */
    public void requireReadBranch(String branchId, String what) {
        if (!mayReadBranch(branchId)) {
            throw ProblemException.forbidden(com.aftersales.problem.Text.of("access.otherBranch", what, branchId, String.join(", ", branches())), java.util.List.of());
        }
    }

    /**
     * HR and integrations write the records of every branch; a clerk those of their own branches only. A request
     * without a user reaches a write only through an endpoint open to devices (the clock machines' {@code /iclock/*},
     * which authenticate by serial number): it is not limited to a branch.
     */
    public boolean writesAllBranches() {
        return !actor.inRequest() || current() == null || has(Roles.HR) || has(Roles.INTEGRATION);
    }

    /** The branches among {@code branchIds} the current user may not write records of (empty: all allowed). */
    public Set<String> notWritable(Collection<String> branchIds) {
        if (writesAllBranches()) {
            return Set.of();
        }
        Set<String> own = branches();
        Set<String> out = new TreeSet<>(branchIds);
        out.removeAll(own);
        return out;
    }

    public static ProblemException forbidden(String detail) {
        return ProblemException.forbidden(detail);
    }
}
