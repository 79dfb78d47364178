package com.aftersales.facts.functions;

import com.aftersales.facts.input.LeaveRequest;
import com.aftersales.facts.input.RoutingQuestion;
import com.aftersales.facts.result.Flag;
import com.aftersales.facts.result.Line;
import com.aftersales.facts.result.RecordDecision;
import com.aftersales.facts.result.RoutingStep;
import com.aftersales.facts.result.RoutingStep.Stage;
import com.aftersales.facts.result.UnfiledLeave;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Functions the Approval table calls: each inserts a {@link RoutingStep} and, for a request being
 * scored, checks its recorded approvals against the step. A review or approval step none of whose
 * roles approved raises APPROVAL_MISSING and decides the request is not approved leave; a missing
 * filing is an {@link UnfiledLeave} (REVIEW only under P_REVIEW_FILING_MISSING); a request still pending
 * raises APPROVAL_MISSING at its approval step.
 */
public final class Routing {

    private Routing() {
    }

    public static List<Object> review(RuleContext k, RoutingQuestion q, String roles) {
        return step(k, q, Stage.REVIEW, roles);
    }

    public static List<Object> approve(RuleContext k, RoutingQuestion q, String roles) {
        return step(k, q, Stage.APPROVE, roles);
    }

    public static List<Object> file(RuleContext k, RoutingQuestion q, String roles) {
        return step(k, q, Stage.FILE, roles);
    }

    public static List<Object> note(RuleContext k, RoutingQuestion q, String text) {
        return List.of(new RoutingStep(q, Line.ruleIdOf(k.getRule().getName()), k.getRule().getName(), Stage.NOTE,
                List.of(), text.trim()));
    }

    /** "BRANCH_MANAGER|INDIRECT_SUPERIOR" → its role codes. */
    public static List<String> roles(String text) {
        return Arrays.stream(text.split("[|,]")).map(s -> s.trim().toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).toList();
    }

    private static List<Object> step(RuleContext k, RoutingQuestion q, Stage stage, String roleText) {
        RoutingStep step = new RoutingStep(q, Line.ruleIdOf(k.getRule().getName()), k.getRule().getName(), stage,
                roles(roleText), null);
        List<Object> out = new ArrayList<>();
        out.add(step);
        LeaveRequest l = q.getRequest();
        if (l == null) {
            return out;
        }
        String who = String.join(" or ", step.getRoles());
        String what = Money.number(q.getDays()) + "-day " + l.getType() + " request " + l.getId() + " (" + l.getStart()
                + ".." + l.getEnd() + ")";
        if (q.isPending() && stage == Stage.APPROVE) {
            out.add(Flag.raise(k, "APPROVAL_MISSING", l.getFlagDate(), what + " is still PENDING at the payroll run: "
                    + "not approved by " + who + "; its days are not approved leave",
                    Money.number(q.getDays()) + " 天的" + l.getType() + "申请 " + l.getId() + "（" + l.getStart() + " 至 "
                            + l.getEnd() + "）在计算工资时仍待审批：" + String.join("或", step.getRoles())
                            + "尚未批准；其天数不算已批准的假期", l.getRecords()));
            return out;
        }
        if (!q.isCheckChain() || stage == Stage.NOTE || step.getRoles().stream().anyMatch(l.getApprovalChain()::contains)) {
            return out;
        }
        String recorded = l.getApprovalChain().isEmpty() ? "none" : String.join(", ", l.getApprovalChain());
        if (stage == Stage.FILE) {
            out.add(new UnfiledLeave(l, step.getRoles()));
            return out;
        }
        String act = stage == Stage.REVIEW ? "review (审核)" : "approval (审批)";
        out.add(Flag.raise(k, "APPROVAL_MISSING", l.getFlagDate(), what + " needs the " + act + " of " + who
                + "; recorded: " + recorded + "; its days are not approved leave",
                Money.number(q.getDays()) + " 天的" + l.getType() + "申请 " + l.getId() + "（" + l.getStart() + " 至 "
                        + l.getEnd() + "）需要" + String.join("或", step.getRoles()) + (stage == Stage.REVIEW ? "审核" : "审批")
                        + "；已记录：" + (l.getApprovalChain().isEmpty() ? "无" : String.join("、", l.getApprovalChain()))
                        + "；其天数不算已批准的假期",
                l.getRecords()));
        out.add(RecordDecision.notApproved(k, l.getRef(), "the " + act + " of " + who + " is missing"));
        return out;
    }

}
