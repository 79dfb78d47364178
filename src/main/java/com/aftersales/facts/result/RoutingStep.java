package com.aftersales.facts.result;

import com.aftersales.facts.input.RoutingQuestion;
import java.util.List;

/**
 * One step of the answer to a {@link RoutingQuestion}: who reviews (审核), approves (审批) or files
 * (备案) the request — any one of {@code roles} — or a note, with the rule of the table row that says so.
 */
public final class RoutingStep {

    /** The kinds of step, in the order a request passes them. */
    public enum Stage { REVIEW, APPROVE, FILE, NOTE }

    private final RoutingQuestion question;
    private final String ruleId;
    private final String ruleName;
    private final Stage stage;
    private final List<String> roles;
    private final String note;

    public RoutingStep(RoutingQuestion question, String ruleId, String ruleName, Stage stage, List<String> roles,
            String note) {
        this.question = question;
        this.ruleId = ruleId;
        this.ruleName = ruleName;
        this.stage = stage;
        this.roles = List.copyOf(roles);
        this.note = note;
    }

    public RoutingQuestion getQuestion() { return question; }
    public String getRuleId() { return ruleId; }
    public String getRuleName() { return ruleName; }
    public Stage getStage() { return stage; }
    /** Role codes of which any one suffices (approvalChain codes). */
    public List<String> getRoles() { return roles; }
    public String getNote() { return note; }

    @Override
    public String toString() {
        return ruleId + " " + stage + " " + roles;
    }
}
