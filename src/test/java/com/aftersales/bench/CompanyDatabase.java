package com.aftersales.bench;

import com.aftersales.bench.GeneratedCompany.Branch;
import com.aftersales.bench.GeneratedCompany.Kind;
import com.aftersales.record.Party;
import com.aftersales.record.RecordImporter;
import com.aftersales.record.RecordStore;
import com.aftersales.staff.StaffDtos.EmployeeBody;
import com.aftersales.staff.StaffDtos.WageBody;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Types;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a generated company straight into the service's tables: branches, employees and wages in JDBC
 * batches, records and their parties with {@code COPY}. Each record row is what an import of it stores
 * ({@link RecordImporter#canonical}: the same JSON, hash and parties), so a run cannot tell the two apart.
 * One transaction; the tables of records, staff and results are emptied first.
 */
public final class CompanyDatabase {

    private static final int CHUNK = 20_000;

    private final ObjectMapper json;

    /** {@code json}: the service's mapper (JsonSetup), which writes the canonical form. */
    public CompanyDatabase(ObjectMapper json) {
        this.json = json;
    }

    public void write(Connection c, GeneratedCompany company) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.execute("truncate record, record_party, result_line, result_flag, statement, run_total, run_partition, run, "
                        + "run_problem, wage, unmatched_punch, clock_pin, clock_device, employee, branch");
            }
            branches(c, company.branches());
            employees(c, company.employees());
            for (Map.Entry<YearMonth, List<WageBody>> w : company.wages().entrySet()) {
                wages(c, w.getKey(), w.getValue());
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (Kind<?> kind : company.records()) {
                records(copy, kind);
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        try (Statement s = c.createStatement()) {
            s.execute("analyze record; analyze record_party; analyze employee");
        }
    }

    private static void branches(Connection c, List<Branch> branches) throws SQLException {
        String sql = "insert into branch (branch_id, name, founding_date, shift_start, shift_end, closed_on_holidays) "
                + "values (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Branch b : branches) {
                ps.setString(1, b.branchId());
                ps.setString(2, b.body().name());
                ps.setDate(3, Date.valueOf(b.body().foundingDate()));
                ps.setTime(4, Time.valueOf(b.body().shiftStart()));
                ps.setTime(5, Time.valueOf(b.body().shiftEnd()));
                ps.setBoolean(6, Boolean.TRUE.equals(b.body().closedOnHolidays()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void employees(Connection c, List<EmployeeBody> employees) throws SQLException {
        String sql = "insert into employee (employee_id, name, branch_id, department, installer, external_team, "
                + "management_post, commission_paid, formal_employee, hire_date, marriage_registration_date, "
                + "supervisor_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (EmployeeBody e : employees) {
                ps.setString(1, e.employeeId());
                ps.setString(2, e.name());
                ps.setString(3, e.branch());
                ps.setString(4, e.department());
                ps.setBoolean(5, Boolean.TRUE.equals(e.installer()));
                ps.setBoolean(6, Boolean.TRUE.equals(e.externalTeam()));
                ps.setBoolean(7, Boolean.TRUE.equals(e.managementPost()));
                ps.setBoolean(8, Boolean.TRUE.equals(e.commissionPaid()));
                ps.setBoolean(9, Boolean.TRUE.equals(e.formalEmployee()));
                ps.setDate(10, Date.valueOf(e.hireDate()));
                if (e.marriageRegistrationDate() == null) {
                    ps.setNull(11, Types.DATE);
                } else {
                    ps.setDate(11, Date.valueOf(e.marriageRegistrationDate()));
                }
                ps.setString(12, e.supervisorId());
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void wages(Connection c, YearMonth period, List<WageBody> wages) throws SQLException {
        String sql = "insert into wage (period, employee_id, daily_avg_wage, monthly_wage) values (?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (WageBody w : wages) {
                ps.setString(1, period.toString());
                ps.setString(2, w.employeeId());
                ps.setBigDecimal(3, w.dailyAvgWage());
                ps.setBigDecimal(4, w.monthlyWage());
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private <T> void records(CopyManager copy, Kind<T> kind) throws SQLException {
        StringBuilder records = new StringBuilder();
        StringBuilder parties = new StringBuilder();
        int n = 0;
        for (T r : kind.rows()) {
            RecordStore.Stored row = RecordImporter.canonical(kind.type(), r, json);
            csv(records, row.kind(), row.id(), row.payload(), row.sha256());
            for (Party p : row.parties()) {
                csv(parties, row.kind(), row.id(), p.employeeId(), p.from().toString(), p.to().toString());
            }
            if (++n % CHUNK == 0) {
                flush(copy, records, parties);
            }
        }
        flush(copy, records, parties);
    }

    private static void flush(CopyManager copy, StringBuilder records, StringBuilder parties) throws SQLException {
        try {
            if (records.length() > 0) {
                copy.copyIn("copy record (kind, id, payload, sha256) from stdin with (format csv)",
                        new StringReader(records.toString()));
            }
            if (parties.length() > 0) {
                copy.copyIn("copy record_party (kind, id, employee_id, date_from, date_to) from stdin with (format csv)",
                        new StringReader(parties.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        records.setLength(0);
        parties.setLength(0);
    }

    /** One CSV line of quoted fields (quotes doubled), as COPY's csv format reads it. */
    private static void csv(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(fields[i].replace("\"", "\"\"")).append('"');
        }
        out.append('\n');
    }
}
