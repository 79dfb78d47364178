package com.aftersales.scoring;

import java.util.function.Consumer;

/** Turns a branch-month's records into facts for the branch-level rules (the visit KPI); plain classes. */
public interface BranchFactDeriver {

    void derive(BranchMonth month, Consumer<Object> facts);
}
