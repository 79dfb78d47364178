package com.aftersales.leave;

import com.aftersales.support.Attendance;
import com.aftersales.support.Leave;
import com.aftersales.support.Statements;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;

/**
 * Service-test helper: files leave requests through the API with a rostered shift on each of their
 * days (so the days are scheduled work days the leave covers), then runs the month and reads a statement.
 */
final class LeaveMonth {

    /** Approvals for a request of up to 5 days (LEAVE-APPROVAL-1 and -2), filed with branch finance. */
    static final String[] UP_TO_FIVE_DAYS = {"DIRECT_SUPERIOR", "INDIRECT_SUPERIOR", "BRANCH_FINANCE"};
    /** Approvals for a request of more than 5 days (LEAVE-APPROVAL-3). */
    static final String[] MORE_THAN_FIVE_DAYS = {"HQ_HR", "GENERAL_MANAGER", "BRANCH_FINANCE"};

    private LeaveMonth() {
    }

    /** An approved request with the approvals of up to five days, its days rostered. */
    static void file(String id, String employee, String type, String start, String end, String hours) {
        file(Leave.request(id, employee, type, start, end, hours).chain(UP_TO_FIVE_DAYS), employee, start, end);
    }

    static void file(Leave.Request r, String employee, String start, String end) {
        Attendance roster = Attendance.of(employee);
        for (LocalDate d = LocalDate.parse(start); !d.isAfter(LocalDate.parse(end)); d = d.plusDays(1)) {
            roster.shift(d.toString());
        }
        roster.post();
        r.post();
    }

    static JsonPath statement(String period, String employee) {
        return Statements.runAndRead(period, employee);
    }

    /** The leave deductions of a statement, "RULE-ID DEDUCT WAGE_DEDUCTION amount". */
    static List<String> leaveDeductions(JsonPath s) {
        return lines(s, "LEAVE-").stream().filter(l -> l.contains(" DEDUCT ")).toList();
    }

    /** "RULE-ID DIRECTION COMPONENT amount" of the lines of rules starting with {@code prefix}. */
    static List<String> lines(JsonPath s, String prefix) {
        return Statements.lines(s).stream().filter(l -> l.startsWith(prefix)).toList();
    }
}
