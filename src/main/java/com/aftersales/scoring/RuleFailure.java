package com.aftersales.scoring;

/**
 * A rule of the rule book failed while firing (its action threw) or the rules loop: a fault of the
 * revision, which a test scenario reports against the revision; a month run fails with it (500).
 */
public class RuleFailure extends RuntimeException {

    public RuleFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
