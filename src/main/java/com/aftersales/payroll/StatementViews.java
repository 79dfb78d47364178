package com.aftersales.payroll;

import java.time.OffsetDateTime;
import java.util.List;

/** The statement shapes of API.md. Money is a decimal string with two decimals. */
public final class StatementViews {

    private StatementViews() {
    }

    /** One row of GET /api/periods/{period}/statements; {@code stale}: see {@link Statement#stale}. */
    public record Summary(String employeeId, String name, String branch, String deduct, String pay, String net,
            List<String> flags, boolean stale) {
    }

    /**
     * GET /api/periods/{period}/statements/{employeeId}. Its lines, flags and totals depend only on the records and
     * revisions (line and flag ids are content hashes), so running a month again over the same records and
     * revisions gives the same ones; {@code run} names the run they come from (id, time, revisions), and
     * {@code stale} says, with the reasons, that records dated in the period or the revisions in force changed
     * after that run. Once the period was closed, the lines are those the close froze (paid) followed by the
     * adjustment lines of later runs.
     */
    public record Statement(String employeeId, String name, String branch, String period, String deduct,
            String pay, String net, List<LineView> lines, List<FlagView> flags, String periodStatus, RunRef run,
            boolean stale, List<Reason> staleReasons) {
    }

    /** The run a statement comes from. */
    public record RunRef(String runId, OffsetDateTime startedAt, OffsetDateTime finishedAt,
            List<RunView.Revision> revisions) {
    }

    /** Why a statement is stale, in Chinese and English, with what changed ({@code record:punch:P1}, a revision). */
    public record Reason(String kind, String what, OffsetDateTime at, String zh, String en) {
    }

    /** A record a line or flag rests on. */
    public record Ref(String type, String id) {
    }

    /**
     * One line of a statement; {@code adjustment} is set on an adjustment line (a difference against what a close
     * froze) and null on the others.
     */
    public record LineView(String lineId, String ruleId, String direction, String component, String amount,
            String date, List<Ref> records, String policy, String revision, String summary, Adjustment adjustment) {
    }

    /** What an adjustment line corrects: was, now, under which revisions, against which run. */
    public record Adjustment(String was, String wasRevision, String now, String nowRevision, String baseRunId,
            List<String> wasLines, List<String> nowLines, String zh, String en) {
    }

    /** One flag of a statement. */
    public record FlagView(String flagId, String code, String ruleId, String date, String detail, List<Ref> records,
            String policy, String revision) {
    }
}
