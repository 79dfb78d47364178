package com.aftersales.problem;

/** One located problem of a request: where (JSON pointer, CSV row and column, cell, rule line) and what. */
public record ApiError(String location, String message) {
}
