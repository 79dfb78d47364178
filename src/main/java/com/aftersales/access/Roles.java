package com.aftersales.access;

import java.util.List;
import java.util.Set;

/**
 * The roles of issue 10, as held by users ({@code app_role} lists them with their Chinese and English names).
 * A user may hold several. {@link #HR} and {@link #AUDITOR} read every branch; {@link #SUPERVISOR} reads the
 * statements of the branches they supervise, {@link #CLERK} writes the records of the branches they belong to.
 */
public final class Roles {

    /** Runs, statements, closing and reopening periods, export, users. */
    public static final String HR = "hr";
    /** Statements and explanations of the branches supervised. */
    public static final String SUPERVISOR = "supervisor";
    /** Policy revisions: upload, activate, retire. */
    public static final String POLICY_ADMIN = "policy-admin";
    /** Records of the own branch. */
    public static final String CLERK = "clerk";
    /** Reads everything, changes nothing. */
    public static final String AUDITOR = "auditor";
    /** Bulk record endpoints (the ERP, the clock machines' gateway). */
    public static final String INTEGRATION = "integration";

    public static final List<String> ALL = List.of(HR, SUPERVISOR, POLICY_ADMIN, CLERK, AUDITOR, INTEGRATION);

    /** Roles whose reach is limited to the user's own branches. */
    public static final Set<String> BRANCH_SCOPED = Set.of(SUPERVISOR, CLERK);

    private Roles() {
    }
}
