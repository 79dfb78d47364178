package com.aftersales.facts.result;

import com.aftersales.facts.input.LeaveRequest;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A leave request whose recorded chain lacks the filing step (备案, LEAVE-APPROVAL-FILING): record keeping,
 * not approval, so the request stays approved leave. The catalogue names no consequence; a rule raises
 * REVIEW for it only where the revision's P_REVIEW_FILING_MISSING switch is on.
 */
public final class UnfiledLeave {

    private final LeaveRequest request;
    private final List<String> roles;

    public UnfiledLeave(LeaveRequest request, List<String> roles) {
        this.request = request;
        this.roles = List.copyOf(roles);
    }

    public LeaveRequest getRequest() { return request; }
    public List<String> getRoles() { return roles; }

    /** The REVIEW flag asking for the filing. */
    public Flag review(RuleContext k) {
        String recorded = request.getApprovalChain().isEmpty() ? "none" : String.join(", ", request.getApprovalChain());
        return Flag.raise(k, "REVIEW", request.getFlagDate(), request.getType() + " request " + request.getId() + " ("
                + request.getStart() + ".." + request.getEnd() + ") is not filed with " + String.join(" or ", roles)
                + " (recorded: " + recorded + ")",
                request.getType() + "申请 " + request.getId() + "（" + request.getStart() + " 至 " + request.getEnd()
                        + "）未在" + String.join("或", roles) + "备案（已记录："
                        + (request.getApprovalChain().isEmpty() ? "无" : String.join("、", request.getApprovalChain())) + "）",
                request.getRecords());
    }
}
