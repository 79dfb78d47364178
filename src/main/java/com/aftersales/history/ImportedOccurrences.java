package com.aftersales.history;

import com.aftersales.facts.PriorOccurrence;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The imported occurrences a month run counts as earlier history: those of the employees dated before the
 * period, except in a month the service scored itself for that employee (a current statement exists), whose
 * own findings stand.
 */
@ApplicationScoped
public class ImportedOccurrences {

    private final AgroalDataSource db;

    public ImportedOccurrences(AgroalDataSource db) {
        this.db = db;
    }

    /** Employee id → imported occurrences before {@code period}, by date and id. */
    public Map<String, List<PriorOccurrence>> before(List<String> employeeIds, YearMonth period) {
        String sql = "select p.employee_id, r.payload->>'ruleId', r.id, p.date_from from record_party p "
                + "join record r on r.kind = p.kind and r.id = p.id "
                + "where p.kind = ? and p.employee_id = any(?) and p.date_from < ? "
                + "and not exists (select 1 from statement s where s.employee_id = p.employee_id "
                + "and s.period = to_char(p.date_from, 'YYYY-MM')) order by 1, 4, 3";
        Map<String, List<PriorOccurrence>> out = new HashMap<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, OccurrenceRecordType.KIND);
            ps.setArray(2, c.createArrayOf("text", employeeIds.toArray()));
            ps.setDate(3, Date.valueOf(period.atDay(1)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(PriorOccurrence.imported(rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
