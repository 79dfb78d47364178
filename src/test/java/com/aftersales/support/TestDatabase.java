package com.aftersales.support;

import com.aftersales.calendar.CalendarService;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Empties the tables of records, staff, results, periods and the audit log between tests (policies and users
 * stay: they are
 * imported from rules/ at start). Also where the global test database resource is declared.
 */
@ApplicationScoped
@QuarkusTestResource(PostgresTestResource.class)
public class TestDatabase {

    private final AgroalDataSource db;
    private final CalendarService calendars;

    /** Every table of a company's records, results, periods and audit (what a test or a generated company replaces). */
    public static final String COMPANY_TABLES = "record, record_party, result_line, result_flag, statement, run_total, "
            + "run_partition, run, run_problem, wage, unmatched_punch, clock_pin, clock_device, employee, branch, period, "
            + "period_event, period_close, adjustment_line, audit_log, branch_minimum_wage";

    public TestDatabase(AgroalDataSource db, CalendarService calendars) {
        this.db = db;
        this.calendars = calendars;
    }

    public void reset() {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate " + COMPANY_TABLES + ", calendar_year");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        calendars.invalidate();
    }
}
