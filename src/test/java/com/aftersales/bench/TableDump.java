package com.aftersales.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Rows of the service's tables as text, in a total order, for tests that compare two ways of storing data. */
final class TableDump {

    private TableDump() {
    }

    /** Every row of {@code select}, its columns joined by tabs. */
    static List<String> rows(DataSource db, String select) {
        List<String> out = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? "\t" : "").append(rs.getString(i));
                }
                out.add(row.toString());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The stored input: staff, wages, records and their parties. */
    static List<List<String>> input(DataSource db) {
        return List.of(
                rows(db, "select branch_id, name, founding_date, shift_start, shift_end, closed_on_holidays from branch "
                        + "order by branch_id"),
                rows(db, "select employee_id, name, branch_id, department, installer, external_team, management_post, "
                        + "commission_paid, formal_employee, hire_date, marriage_registration_date, supervisor_id "
                        + "from employee order by employee_id"),
                rows(db, "select period, employee_id, daily_avg_wage, monthly_wage from wage order by 1, 2"),
                rows(db, "select kind, id, payload::text, sha256 from record order by kind, id"),
                rows(db, "select kind, id, employee_id, date_from, date_to from record_party order by 1, 2, 3"));
    }
}
