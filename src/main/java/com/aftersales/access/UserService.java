package com.aftersales.access;

import com.aftersales.audit.AuditTrail;
import com.aftersales.jdbc.Jdbc;
import com.aftersales.problem.ApiError;
import com.aftersales.problem.ProblemException;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Users: create, change, remove, list. Passwords are stored as bcrypt hashes of {@code app.security.bcrypt-cost}
 * rounds (10 by default; the hash carries its cost, so a lower one for tests changes nothing else). Every change
 * is written to the audit log (entity {@code user}), with hashes of the user before and after (name, roles,
 * branches and the password hash, so a new password changes the hash).
 */
@ApplicationScoped
public class UserService {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");
    private static final Pattern BRANCH = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    public static final int MIN_PASSWORD = 8;

    private final Jdbc jdbc;
    private final int cost;
    private final AuditTrail audit;

    public UserService(Jdbc jdbc, @ConfigProperty(name = "app.security.bcrypt-cost", defaultValue = "10") int cost,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.cost = cost;
        this.audit = audit;
    }

    /** A user as the API shows it: never the password or its hash. */
    public record UserView(String username, List<String> roles, List<String> branches) {
    }

    /** A change of a user: a new password (required for a new user), the roles, the branches. */
    public record UserChange(String password, List<String> roles, List<String> branches) {
    }

    /** A role with its names, as {@code GET /api/roles} lists them. */
    public record RoleView(String role, String nameZh, String nameEn, String scope) {
    }

    public List<RoleView> roles() {
        return jdbc.list("select role, name_zh, name_en, scope from app_role order by role",
                rs -> new RoleView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    public boolean anyUser() {
        return jdbc.first("select 1 from app_user limit 1", rs -> true).isPresent();
    }

    public List<UserView> list() {
        return jdbc.list("select username from app_user order by username", rs -> rs.getString(1)).stream()
                .map(u -> find(u).orElseThrow()).toList();
    }

    public Optional<UserView> find(String username) {
        return jdbc.first("select username, roles from app_user where username = ?", rs -> new UserView(
                rs.getString(1), List.of(rs.getString(2).split(",")), branchesOf(rs.getString(1))), username);
    }

    public UserView get(String username) {
        return find(username).orElseThrow(() -> ProblemException.notFound(com.aftersales.problem.Text.of("notFound.user", username)));
    }

    private List<String> branchesOf(String username) {
        return jdbc.list("select branch_id from app_user_branch where username = ? order by branch_id",
                rs -> rs.getString(1), username);
    }

    /** Creates or changes a user; 400 with the location of each bad field (an unknown role: {@code /roles/1}). */
    @Transactional
    public UserView put(String username, UserChange change, boolean checkPassword) {
        Optional<UserView> before = find(username);
        List<ApiError> errors = new ArrayList<>();
        if (username == null || !NAME.matcher(username).matches()) {
            errors.add(ApiError.of("username", "user.name"));
        }
        if (change == null) {
            throw ProblemException.badRequest("body", com.aftersales.problem.Text.of("user.body"));
        }
        String password = change.password();
        if (before.isEmpty() && (password == null || password.isEmpty())) {
            errors.add(ApiError.of("/password", "user.newPassword"));
        } else if (password != null && checkPassword && password.length() < MIN_PASSWORD) {
            errors.add(ApiError.of("/password", "user.shortPassword", MIN_PASSWORD));
        }
        Set<String> roles = new LinkedHashSet<>();
        List<String> given = change.roles() == null ? List.of() : change.roles();
        if (given.isEmpty()) {
            errors.add(ApiError.of("/roles", "user.noRole", String.join(", ", Roles.ALL)));
        }
        Set<String> known = new TreeSet<>(jdbc.list("select role from app_role", rs -> rs.getString(1)));
        for (int i = 0; i < given.size(); i++) {
            String r = given.get(i);
            if (r == null || !known.contains(r)) {
                errors.add(ApiError.of("/roles/" + i, "user.unknownRole", r, String.join(", ", known)));
            } else {
                roles.add(r);
            }
        }
        List<String> branches = change.branches() == null ? List.of() : change.branches();
        for (int i = 0; i < branches.size(); i++) {
            String b = branches.get(i);
            if (b == null || !BRANCH.matcher(b).matches()) {
                errors.add(ApiError.of("/branches/" + i, "user.branchId"));
            }
        }
        if (errors.isEmpty() && branches.isEmpty() && !roles.isEmpty()
                && Roles.BRANCH_SCOPED.containsAll(roles)) {
            errors.add(ApiError.of("/branches", "user.noBranches"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(com.aftersales.problem.Text.of("user.invalid"), errors);
        }
        String joined = String.join(",", roles);
        if (before.isEmpty()) {
            jdbc.update("insert into app_user (username, password, roles) values (?, ?, ?)", username,
                    BcryptUtil.bcryptHash(password, cost), joined);
        } else if (password != null && !password.isEmpty()) {
            jdbc.update("update app_user set password = ?, roles = ?, updated_at = now() where username = ?",
                    BcryptUtil.bcryptHash(password, cost), joined, username);
        } else {
            jdbc.update("update app_user set roles = ?, updated_at = now() where username = ?", joined, username);
        }
        jdbc.update("delete from app_user_branch where username = ?", username);
        for (String b : new TreeSet<>(branches)) {
            jdbc.update("insert into app_user_branch (username, branch_id) values (?, ?)", username, b);
        }
        UserView after = get(username);
        audit.record(AuditTrail.Change.of(before.isEmpty() ? "CREATED" : "UPDATED", "user", username,
                before.map(this::hash).orElse(null), hash(after))
                .withDetail(java.util.Map.of("roles", after.roles(), "branches", after.branches(),
                        "passwordChanged", before.isPresent() && password != null && !password.isEmpty())));
        return after;
    }

    @Transactional
    public void delete(String username, String actor) {
        UserView before = get(username);
        if (username.equals(actor)) {
            throw ProblemException.conflict(com.aftersales.problem.Text.of("user.removeSelf"));
        }
        String hash = hash(before);
        jdbc.update("delete from app_user where username = ?", username);
        audit.record(AuditTrail.Change.of("DELETED", "user", username, hash, null));
    }

    /** The hash of what a user is: name, roles, branches and the password hash. */
    private String hash(UserView u) {
        String password = jdbc.first("select password from app_user where username = ?", rs -> rs.getString(1),
                u.username()).orElse("");
        return AuditTrail.sha256(u.username() + "|" + String.join(",", u.roles()) + "|"
                + String.join(",", u.branches()) + "|" + password);
    }

    /** Creates the users of {@code spec} ({@link BootstrapUsers#parse}) unless a user exists already. */
    @Transactional
    public boolean bootstrap(Collection<BootstrapUsers.Entry> users) {
        jdbc.first("select pg_advisory_xact_lock(hashtext('app_user bootstrap'))", rs -> true);
        if (anyUser()) {
            return false;
        }
        for (BootstrapUsers.Entry u : users) {
            put(u.name(), new UserChange(u.password(), u.roles(), u.branches()), false);
        }
        return true;
    }
}
