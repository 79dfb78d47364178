package com.aftersales.web.ui;

import io.quarkus.qute.TemplateData;
import java.time.YearMonth;
import java.util.Set;

/**
 * What every page's layout needs: the language and the link to the same page in the other one, who is
 * signed in with which roles, and the formats people expect ({@code 2024年11月}).
 */
@TemplateData
public record Chrome(String lang, String otherLangUrl, String user, Set<String> roles, String path) {

    public boolean english() {
        return "en".equals(lang);
    }

    /** {@code zh-CN} or {@code en}, for {@code <html lang>}. */
    public String htmlLang() {
        return english() ? "en" : "zh-CN";
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** {@code 2024年11月}, or {@code November 2024}. */
    public String month(String period) {
        if (period == null || period.isBlank()) {
            return "";
        }
        YearMonth p = YearMonth.parse(period.trim());
        if (english()) {
            return p.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                    + p.getYear();
        }
        return p.getYear() + "年" + p.getMonthValue() + "月";
    }

    /** A time as people read it, in the company's zone: {@code 2024-12-01 10:00}. */
    public String time(java.time.OffsetDateTime t) {
        return UiQueries.at(t);
    }

    /** A statement direction in words. */
    public String direction(String direction) {
        if (direction == null) {
            return "";
        }
        return switch (direction) {
            case "DEDUCT" -> english() ? "deduct" : "扣款";
            case "PAY" -> english() ? "pay" : "发放";
            default -> direction;
        };
    }

    /** A run or revision status in words. */
    public String status(String status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case "RUNNING" -> english() ? "running" : "计算中";
            case "DONE" -> english() ? "done" : "已完成";
            case "FAILED" -> english() ? "failed" : "失败";
            case "CANDIDATE" -> english() ? "candidate" : "候选";
            case "ACTIVE" -> english() ? "in force" : "现行";
            case "RETIRED" -> english() ? "retired" : "已停用";
            case "REJECTED" -> english() ? "rejected" : "已拒绝";
            case "ADDED" -> english() ? "added" : "新增";
            case "REMOVED" -> english() ? "removed" : "删除";
            case "CHANGED" -> english() ? "changed" : "修改";
            case "SAME" -> english() ? "same" : "相同";
            case "OPEN" -> english() ? "open" : "未结账";
            case "CLOSED" -> english() ? "closed" : "已结账";
            case "CLOSE", "CLOSED_EVENT" -> english() ? "closed" : "结账";
            case "REOPENED", "REOPEN" -> english() ? "reopened" : "重新打开";
            case "RUN" -> english() ? "run" : "计算";
            default -> status;
        };
    }

    /** A flag code in words (the code itself beside it in English). */
    public String flag(String code) {
        if (code == null) {
            return "";
        }
        if (english()) {
            return code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        }
        return switch (code) {
            case "SEPARATION" -> "视为自动离职";
            case "ADVISE_RESIGNATION" -> "建议辞退";
            case "REVIEW" -> "需人工复核";
            case "IMPROVEMENT_PLAN_REQUIRED" -> "需提交整改方案";
            case "HR_REFERRAL" -> "转人事处理";
            case "DISMISSAL" -> "解除劳动合同";
            case "NEVER_REHIRE" -> "永不录用";
            case "REWORK_LIMIT_EXCEEDED" -> "返修超限";
            case "APPROVAL_MISSING" -> "缺少审批";
            case "KPI_BREACH" -> "考核未达标";
            case "LEGAL_LIMIT" -> "超出法定限额";
            case "COMPENSATION" -> "待定赔偿";
            case "CONDUCT_COLLISION" -> "同一行为重复处罚";
            case "LEAVE_REJECTED" -> "休假被拒";
            case "NOT_ELIGIBLE" -> "不符合带薪假条件";
            case "ENTITLEMENT_EXCEEDED" -> "超出假期额度";
            default -> code;
        };
    }
}
