package com.aftersales.scoring;

import java.time.YearMonth;
import java.util.List;

/** What the rules found for one branch-month: result facts (in no particular order) and flags. */
public record ScoredBranch(String branch, YearMonth period, List<Object> results, List<com.aftersales.facts.result.Flag> flags) {

    /** The results of one type. */
    public <T> List<T> results(Class<T> type) {
        return results.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
