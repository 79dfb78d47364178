package com.aftersales.rules;

import com.aftersales.scoring.ScoredFlag;
import com.aftersales.scoring.ScoredLine;
import com.aftersales.scoring.ScoredMonth;
import java.util.List;

/** Reads a scored month in rule tests: "RULE-ID AMOUNT" per line, "CODE RULE-ID" per flag. */
final class LeaveLines {

    private LeaveLines() {
    }

    /** Every line as {@code "LEAVE-PERSONAL-DAILY DEDUCT 40.00"}, in the statement's order. */
    static List<String> lines(ScoredMonth m) {
        return m.lines().stream().map(LeaveLines::text).toList();
    }

    /** The deductions only, as {@code "LEAVE-PERSONAL-DAILY 40.00"}. */
    static List<String> deductions(ScoredMonth m) {
        return m.lines().stream().filter(l -> l.line().getDirection().name().equals("DEDUCT"))
                .map(l -> l.line().getRuleId() + " " + l.line().getAmount().toPlainString()).toList();
    }

    static List<String> flags(ScoredMonth m) {
        return m.flags().stream().map(LeaveLines::text).toList();
    }

    static ScoredLine line(ScoredMonth m, String ruleId) {
        return m.lines().stream().filter(l -> l.line().getRuleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + ruleId + " line in " + lines(m)));
    }

    private static String text(ScoredLine l) {
        return l.line().getRuleId() + " " + l.line().getDirection() + " " + l.line().getAmount().toPlainString();
    }

    private static String text(ScoredFlag f) {
        return f.flag().getCode() + " " + f.flag().getRuleId();
    }
}
