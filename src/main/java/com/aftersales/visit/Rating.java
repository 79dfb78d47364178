package com.aftersales.visit;

import com.fasterxml.jackson.annotation.JsonAlias;

/** The five-point satisfaction scale of a visit result or item rating; Chinese names are accepted too. */
public enum Rating {
    @JsonAlias("非常满意") VS,
    @JsonAlias("满意") S,
    @JsonAlias("一般") N,
    @JsonAlias("不满意") D,
    @JsonAlias("非常不满意") VD
}
