package com.aftersales.leave;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Who can appear in a leave request's {@code approvalChain} (考勤管理制度 第五条 3, 第六条 1、2): the
 * codes the routing tables name. Which of them a request needs is decided by the rules.
 */
public enum ApprovalRole {
    /** 直接上级: reviews requests of up to 5 days. */
    DIRECT_SUPERIOR("直接上级"),
    /** 间接上级: approves requests of up to 5 days. */
    INDIRECT_SUPERIOR("间接上级"),
    /** 分公司经理: approves requests of 2–5 days. */
    BRANCH_MANAGER("分公司经理"),
    /** 总公司人资部: reviews requests of more than 5 days. */
    HQ_HR("总公司人资部"),
    /** 总经理: approves requests of more than 5 days. */
    GENERAL_MANAGER("总经理"),
    /** 董事长: approves requests of more than 5 days. */
    CHAIRMAN("董事长"),
    /** 公司: approves a block of more than 3 rest days (特殊情况报公司批准). */
    COMPANY("公司"),
    /** 分公司财务部: the request is filed there (备案). */
    BRANCH_FINANCE("分公司财务部");

    private final String zh;

    ApprovalRole(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    public static boolean known(String code) {
        return code != null && Arrays.stream(values()).anyMatch(r -> r.name().equals(code.trim().toUpperCase(Locale.ROOT)));
    }

    /** The code a role is named by: its code (any case) or its Chinese or English label; else the text as given. */
    public static String normalize(String role) {
        if (role == null) {
            return null;
        }
        String code = com.aftersales.problem.Labels.code(ApprovalRole.class, role);
        return code != null ? code : role;
    }

    public static String list() {
        return Arrays.stream(values()).map(r -> r.name() + " (" + r.zh + ")").collect(Collectors.joining(", "));
    }
}
