package com.aftersales.payroll;

import java.util.List;

/** The statement shapes of API.md. Money is a decimal string with two decimals. */
public final class StatementViews {

    private StatementViews() {
    }

    /** One row of GET /api/periods/{period}/statements. */
    public record Summary(String employeeId, String name, String branch, String deduct, String pay, String net,
            List<String> flags) {
    }

    /**
     * GET /api/periods/{period}/statements/{employeeId}. It names no run, so that running a month again
     * over the same records and revisions gives the same bytes (line and flag ids are content hashes).
     */
    public record Statement(String employeeId, String name, String branch, String period, String deduct,
            String pay, String net, List<LineView> lines, List<FlagView> flags) {
    }

    /** A record a line or flag rests on. */
    public record Ref(String type, String id) {
    }

    /** One line of a statement. */
    public record LineView(String lineId, String ruleId, String direction, String component, String amount,
            String date, List<Ref> records, String policy, String revision, String summary) {
    }

    /** One flag of a statement. */
    public record FlagView(String flagId, String code, String ruleId, String date, String detail, List<Ref> records,
            String policy, String revision) {
    }
}
