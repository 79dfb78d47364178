package com.aftersales.access;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The first users: {@code app.bootstrap.users} (environment {@code APP_BOOTSTRAP_USERS}),
 * {@code name:password:role+role[:branch+branch],…}, created at start when no user exists yet, so a new
 * installation can log in and create the real users over {@code /api/users}. The production configuration sets
 * none (no default password); dev mode sets one user per role and prints them at start.
 */
@ApplicationScoped
public class BootstrapUsers {

    private static final Logger LOG = Logger.getLogger(BootstrapUsers.class);

    /** One user of the configuration. */
    public record Entry(String name, String password, List<String> roles, List<String> branches) {
    }

    private final UserService users;
    private final Optional<String> spec;

    public BootstrapUsers(UserService users, @ConfigProperty(name = "app.bootstrap.users") Optional<String> spec) {
        this.users = users;
        this.spec = spec;
    }

    void onStart(@Observes @Priority(10) StartupEvent start) {
        if (spec.isEmpty() || spec.get().isBlank()) {
            if (!users.anyUser()) {
                LOG.warn("no user exists and app.bootstrap.users (APP_BOOTSTRAP_USERS) is not set: nobody can log in; "
                        + "set it to name:password:role+role,… and restart / 尚无用户:请设置 APP_BOOTSTRAP_USERS 后重启");
            }
            return;
        }
        List<Entry> entries = parse(spec.get());
        if (users.bootstrap(entries)) {
            LOG.infof("created %d user(s) from app.bootstrap.users", entries.size());
            if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
                StringBuilder sb = new StringBuilder("dev mode users (log in with HTTP Basic or at /login) / 开发模式用户:");
                for (Entry e : entries) {
                    sb.append("\n    ").append(e.name()).append(" / ").append(e.password()).append("  roles ")
                            .append(String.join("+", e.roles()))
                            .append(e.branches().isEmpty() ? "" : "  branches " + String.join("+", e.branches()));
                }
                LOG.info(sb);
            }
        }
    }

    /**
     * Parses {@code name:password:role+role[:branch+branch],…}; an entry of another shape or an unknown role is an
     * error naming the entry (the service does not start with a bootstrap it cannot follow).
     */
    public static List<Entry> parse(String spec) {
        List<Entry> out = new ArrayList<>();
        String[] items = spec.split(",");
        for (int i = 0; i < items.length; i++) {
            String item = items[i].trim();
            if (item.isEmpty()) {
                continue;
            }
            String[] f = item.split(":", -1);
            if (f.length < 3 || f.length > 4 || f[0].isBlank() || f[1].isEmpty() || f[2].isBlank()) {
                throw new IllegalArgumentException("app.bootstrap.users entry " + (i + 1) + " (" + f[0] + "…) is not "
                        + "name:password:role+role[:branch+branch]");
            }
            List<String> roles = List.of(f[2].split("\\+"));
            for (String r : roles) {
                if (!Roles.ALL.contains(r)) {
                    throw new IllegalArgumentException("app.bootstrap.users entry " + (i + 1) + " (" + f[0] + "): "
                            + "unknown role " + r + "; the roles are " + Roles.ALL);
                }
            }
            List<String> branches = f.length == 4 && !f[3].isBlank() ? List.of(f[3].split("\\+")) : List.of();
            out.add(new Entry(f[0].trim(), f[1], roles, branches));
        }
        return out;
    }
}
