package com.aftersales.visit;

import com.fasterxml.jackson.annotation.JsonAlias;

/** The system status of a visited order (VISIT-STATUS): 已回访, 已完成, 已通知售后. */
public enum VisitState {
    @JsonAlias("已回访") VISITED,
    @JsonAlias("已完成") COMPLETED,
    @JsonAlias("已通知售后") AFTER_SALES_NOTIFIED
}
