package com.aftersales.visit;

/** Which part of the business a follow-up visit assesses (RULES.md §0.3 Visit.visitKind). */
public enum VisitKind {
    /** 销售前端: the cashier's or sales person's service. */
    SALES,
    /** 物流配送: the delivery. */
    LOGISTICS,
    /** 售后上门安装/维修: an on-site installation or repair order. */
    AS_ONSITE,
    /** 售后送修维修: a carry-in repair order. */
    AS_CARRYIN,
    /** 内部员工调查: the staff survey on the functional departments. */
    INTERNAL;

    /** After-sales kinds are about a work order. */
    public boolean afterSales() {
        return this == AS_ONSITE || this == AS_CARRYIN;
    }
}
