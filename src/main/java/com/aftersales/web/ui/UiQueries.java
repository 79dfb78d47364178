package com.aftersales.web.ui;

import com.aftersales.jdbc.Jdbc;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the HR pages list that no API answers in one piece: the months, their last run and totals per branch. */
@ApplicationScoped
public class UiQueries {

    private final Jdbc jdbc;

    public UiQueries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** One branch's totals of a month. */
    @TemplateData
    public record BranchTotals(String branch, String name, int employees, String deduct, String pay, String net,
            int flagged) {
    }

    /** A month: its last run and its statements' totals per branch. */
    @TemplateData
    public record Month(String period, String runId, String runStatus, String runAt, List<BranchTotals> branches,
            BranchTotals total) {
    }

    /** A branch by id and name. */
    @TemplateData
    public record Branch(String id, String name) {
    }

    /**
     * The months that have wages, runs or statements, newest first; {@code branches} limits the totals
     * (null: every branch).
     */
    public List<Month> months(Set<String> branches) {
        Map<String, List<BranchTotals>> totals = new LinkedHashMap<>();
        jdbc.list("""
                select s.period, s.branch_id, coalesce(b.name, s.branch_id), count(*), sum(s.deduct), sum(s.pay),
                       sum(s.net), count(*) filter (where jsonb_array_length(s.flags) > 0)
                  from statement s left join branch b on b.branch_id = s.branch_id
                 group by 1, 2, 3 order by 1, 2
                """, rs -> {
            if (branches == null || branches.contains(rs.getString(2))) {
                totals.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new BranchTotals(rs.getString(2),
                        rs.getString(3), rs.getInt(4), money(rs.getBigDecimal(5)), money(rs.getBigDecimal(6)),
                        money(rs.getBigDecimal(7)), rs.getInt(8)));
            }
            return null;
        });
        Map<String, Object[]> lastRun = new LinkedHashMap<>();
        jdbc.list("""
                select distinct on (period) period, run_id, status, coalesce(finished_at, started_at)
                  from run order by period, started_at desc
                """, rs -> lastRun.put(rs.getString(1),
                new Object[] {rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class)}));
        List<String> periods = jdbc.list("""
                select period from wage union select period from run union select period from statement order by 1 desc
                """, rs -> rs.getString(1));
        List<Month> out = new ArrayList<>();
        for (String p : periods) {
            List<BranchTotals> b = totals.getOrDefault(p, List.of());
            Object[] run = lastRun.get(p);
            out.add(new Month(p, run == null ? null : (String) run[0], run == null ? null : (String) run[1],
                    run == null ? null : at((OffsetDateTime) run[2]), b, sum(b)));
        }
        return out;
    }

    public List<Branch> branches() {
        return jdbc.list("select branch_id, name from branch order by branch_id", rs -> new Branch(rs.getString(1),
                rs.getString(2)));
    }

    /** An employee by id, name and branch. */
    @TemplateData
    public record Person(String id, String name, String branch) {
    }

    /** The employees of a branch (null: every branch), by branch and id. */
    public List<Person> employees(String branch) {
        return jdbc.list("select employee_id, name, branch_id from employee where ?::text is null or branch_id = ? "
                + "order by branch_id, employee_id", rs -> new Person(rs.getString(1), rs.getString(2), rs.getString(3)),
                branch, branch);
    }

    /** The branch of an employee, if the employee exists. */
    public String branchOf(String employeeId) {
        return jdbc.first("select branch_id from employee where employee_id = ?", rs -> rs.getString(1), employeeId)
                .orElse(null);
    }

    private static BranchTotals sum(List<BranchTotals> rows) {
        BigDecimal d = BigDecimal.ZERO;
        BigDecimal p = BigDecimal.ZERO;
        BigDecimal n = BigDecimal.ZERO;
        int e = 0;
        int f = 0;
        for (BranchTotals r : rows) {
            d = d.add(new BigDecimal(r.deduct()));
            p = p.add(new BigDecimal(r.pay()));
            n = n.add(new BigDecimal(r.net()));
            e += r.employees();
            f += r.flagged();
        }
        return new BranchTotals(null, null, e, money(d), money(p), money(n), f);
    }

    /** A time as people read it, in the company's zone: {@code 2024-12-01 10:00}. */
    static String at(OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toLocalDateTime()
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    static String money(BigDecimal v) {
        return (v == null ? BigDecimal.ZERO : v).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
