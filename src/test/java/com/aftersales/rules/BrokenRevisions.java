package com.aftersales.rules;

import java.time.LocalDate;

/**
 * Copies of the shipped attendance revision that an admin broke: one with a DRL syntax error, one
 * with a decision-table cell that does not compile, one with a parameter value the rules do not implement. Used to check that such revisions are refused
 * with their location.
 */
public final class BrokenRevisions {

    /** The DRL line (its first occurrence) that gets a doubled operator. */
    public static final String BROKEN_DRL_LINE = "    $d: AttendanceDay(date == $i.date)";
    /** The row of the Lateness table (ATT-LATE-2) whose "minutes more than" cell gets a broken constraint. */
    public static final int BROKEN_ROW = 11;

    private BrokenRevisions() {
    }

    /** The newest attendance revision with a DRL syntax error, effective {@code from}. */
    public static RevisionEdits brokenDrl(LocalDate from) {
        return RevisionEdits.latest("attendance").effectiveFrom(from)
                .replace("absence.drl", BROKEN_DRL_LINE, "    $d: AttendanceDay(date == == $i.date)");
    }

    /** The newest attendance revision with a condition cell of the Lateness table that cannot compile. */
    public static RevisionEdits brokenTable(LocalDate from) {
        return RevisionEdits.latest("attendance").effectiveFrom(from)
                .cell("attendance.drl.xlsx", "Lateness", "B" + BROKEN_ROW, "5 &&");
    }

    /** The newest attendance revision with a Parameters value its rules do not implement (a typo). */
    public static RevisionEdits brokenParameter(LocalDate from) {
        return RevisionEdits.latest("attendance").effectiveFrom(from).parameter("P_ABSENT_REPEAT_WINDOW", "ROLLING_12");
    }

    /** The 1-based line of {@link #BROKEN_DRL_LINE} in the shipped absence.drl. */
    public static int brokenDrlLine() {
        return RevisionEdits.latest("attendance").lineOf("absence.drl", BROKEN_DRL_LINE);
    }
}
