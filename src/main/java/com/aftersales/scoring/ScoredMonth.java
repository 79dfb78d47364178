package com.aftersales.scoring;

import java.util.List;

/** The result of scoring one employee-month: its lines and flags in their total order. */
public record ScoredMonth(String employeeId, List<ScoredLine> lines, List<ScoredFlag> flags) {
}
