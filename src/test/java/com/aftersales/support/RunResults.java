package com.aftersales.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What a finished run left, as text rows in a total order and without the run's id: the statements it made
 * current, its lines and its flags. Two runs of the same records and revisions leave the same.
 */
public final class RunResults {

    private RunResults() {
    }

    public static Map<String, List<String>> of(DataSource db, String runId) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("statements", rows(db, "select period, employee_id, name, branch_id, deduct, pay, net, flags::text "
                + "from statement where run_id = ? order by employee_id", runId));
        out.put("lines", rows(db, "select line_id, period, employee_id, seq, rule_id, rule_name, direction, component, "
                + "amount, date, policy, revision, sha256, summary, records::text, detail::text, occurrence_key "
                + "from result_line where run_id = ? order by employee_id, seq, line_id", runId));
        out.put("flags", rows(db, "select flag_id, period, employee_id, seq, code, rule_id, policy, revision, date, "
                + "detail, records::text from result_flag where run_id = ? order by employee_id, seq, flag_id", runId));
        return out;
    }

    /** Every row of {@code select}, its columns joined by tabs. */
    public static List<String> rows(DataSource db, String select, Object... args) {
        List<String> out = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(select)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        row.append(i > 1 ? "\t" : "").append(rs.getString(i));
                    }
                    out.add(row.toString());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
