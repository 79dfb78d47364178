package com.aftersales.payroll;

import com.aftersales.access.Access;
import com.aftersales.facts.functions.Money;
import com.aftersales.jdbc.Jdbc;
import com.aftersales.payroll.StatementViews.FlagView;
import com.aftersales.payroll.StatementViews.LineView;
import com.aftersales.payroll.StatementViews.Ref;
import com.aftersales.payroll.StatementViews.Statement;
import com.aftersales.payroll.StatementViews.Summary;
import com.aftersales.payroll.StatementViews.Adjustment;
import com.aftersales.payroll.StatementViews.Reason;
import com.aftersales.payroll.StatementViews.RunRef;
import com.aftersales.period.Periods;
import com.aftersales.policy.RuleBooks;
import com.aftersales.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;

/** Reads statements: the lines and flags of each employee's current run of a period, in total order. */
@ApplicationScoped
public class StatementService {

    private final Jdbc jdbc;
    private final ObjectMapper json;

    /** Chinese flag details (issue 11). */
    @jakarta.inject.Inject
    FlagTexts flagTexts;

    private final Access access;
    private final RunStore runs;
    private final Periods periods;
    private final RuleBooks ruleBooks;

    public StatementService(Jdbc jdbc, ObjectMapper json, Access access, RunStore runs, Periods periods,
            RuleBooks ruleBooks) {
        this.jdbc = jdbc;
        this.access = access;
        this.runs = runs;
        this.periods = periods;
        this.ruleBooks = ruleBooks;
        this.json = json;
    }

    /** The statements of a period (of one branch): a supervisor sees those of their branches only. */
    public List<Summary> list(YearMonth period, String branch) {
        if (branch != null) {
            access.requireReadBranch(branch, "the statements of branch " + branch);
        }
        List<String> scope = access.readsAllBranches() ? null : List.copyOf(access.branches());
        Map<String, Boolean> staleRuns = new HashMap<>();
        String sql = "select s.employee_id, s.name, s.branch_id, s.deduct, s.pay, s.net, s.flags::text, s.run_id, "
                + "exists (select 1 from record_party p join record r on r.kind = p.kind and r.id = p.id "
                + "  join run u on u.run_id = s.run_id where p.employee_id = s.employee_id and p.date_from <= ? "
                + "  and p.date_to >= ? and r.updated_at > u.started_at) from statement s "
                + "where s.period = ? and (?::text is null or s.branch_id = ?) and (?::text[] is null or s.branch_id = any(?::text[])) "
                + "order by s.employee_id";
        return jdbc.list(sql, rs -> new Summary(rs.getString(1), rs.getString(2), rs.getString(3),
                Money.yuan(rs.getBigDecimal(4)), Money.yuan(rs.getBigDecimal(5)), Money.yuan(rs.getBigDecimal(6)),
                codes(rs.getString(7)), rs.getBoolean(9) || staleRuns.computeIfAbsent(rs.getString(8),
                        r -> !revisionReasons(period, r).isEmpty())),
                period.atEndOfMonth(), period.atDay(1), period.toString(), branch, branch, scope, scope);
    }

    @jakarta.transaction.Transactional
    public Statement get(YearMonth period, String employeeId, boolean english) {
        return get(period, employeeId, english, english ? com.aftersales.problem.Languages.ENGLISH
                : com.aftersales.problem.Languages.CHINESE);
    }

    /**
     * A statement: line summaries in Chinese (or English when {@code english}), flag details in {@code flagLanguage}
     * (a rule's English detail, or the Chinese text of the flag and its rule). In a transaction, so that the statement
     * and what it reads on the way (its run, the revisions, the flags' catalogues) share one connection: without it
     * each nested read took a second connection of the pool while the first was held, and 50 concurrent readers
     * exhausted the pool (acquisition timeouts, benchmark (d)).
     */
    @jakarta.transaction.Transactional
    public Statement get(YearMonth period, String employeeId, boolean english, java.util.Locale flagLanguage) {
        boolean flagsEnglish = !com.aftersales.problem.Languages.chinese(flagLanguage);
        String head = "select employee_id, name, branch_id, run_id, deduct, pay, net from statement "
                + "where period = ? and employee_id = ?";
        return jdbc.with(c -> Jdbc.first(c, head, rs -> {
            access.requireReadBranch(rs.getString(3), "the statement of " + employeeId);
            String runId = rs.getString(4);
            RunView run = runs.view(runId);
            List<Reason> reasons = new ArrayList<>(recordReasons(c, period, employeeId, run.startedAt()));
            reasons.addAll(revisionReasons(period, runId));
            return new Statement(rs.getString(1), rs.getString(2), rs.getString(3), period.toString(),
                    Money.yuan(rs.getBigDecimal(5)), Money.yuan(rs.getBigDecimal(6)), Money.yuan(rs.getBigDecimal(7)),
                    lines(c, runId, period, employeeId, english), flags(c, runId, period, employeeId, flagsEnglish),
                    periods.status(period), new RunRef(runId, run.startedAt(), run.finishedAt(), run.revisions()),
                    !reasons.isEmpty(), reasons);
        }, period.toString(), employeeId)).orElseThrow(() -> ProblemException.notFound(com.aftersales.problem.Text.of("notFound.statement", employeeId, period)));
    }

    /**
     * The lines of a statement: those of its run; once the period was closed, those of the run the first close
     * froze (what was paid), then the adjustment lines of each later close's run and of the current run.
     */
    private List<LineView> lines(Connection c, String runId, YearMonth period, String employeeId, boolean english)
            throws SQLException {
        List<String> closed = Jdbc.list(c, "select run_id from period_close where period = ? and employee_id = ? "
                + "order by close_id", rs -> rs.getString(1), period.toString(), employeeId);
        if (closed.isEmpty()) {
            return runLines(c, runId, period, employeeId, english);
        }
        List<LineView> out = new ArrayList<>(runLines(c, closed.get(0), period, employeeId, english));
        Set<String> chain = new LinkedHashSet<>(closed.subList(1, closed.size()));
        chain.add(runId);
        chain.remove(closed.get(0));
        for (String r : chain) {
            out.addAll(adjustmentLines(c, r, period, employeeId, english));
        }
        return out;
    }

    private List<LineView> runLines(Connection c, String runId, YearMonth period, String employeeId, boolean english)
            throws SQLException {
        String sql = "select line_id, rule_id, direction, component, amount, date, records::text, policy, revision, "
                + "summary, detail->>'summaryEn' from result_line where run_id = ? and period = ? and employee_id = ? "
                + "order by date, rule_id, seq, line_id";
        return Jdbc.list(c, sql, rs -> new LineView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Money.yuan(rs.getBigDecimal(5)), rs.getDate(6).toLocalDate().toString(), refs(rs.getString(7)),
                rs.getString(8), rs.getString(9), english ? rs.getString(11) : rs.getString(10), null),
                runId, period.toString(), employeeId);
    }

    private List<LineView> adjustmentLines(Connection c, String runId, YearMonth period, String employeeId,
            boolean english) throws SQLException {
        String sql = "select line_id, rule_id, direction, component, amount, date, records::text, policy, was_amount, "
                + "was_revision, now_amount, now_revision, base_run_id, was_lines, now_lines from adjustment_line "
                + "where run_id = ? and period = ? and employee_id = ? order by seq, line_id";
        return Jdbc.list(c, sql, rs -> {
            java.math.BigDecimal was = rs.getBigDecimal(9);
            java.math.BigDecimal now = rs.getBigDecimal(11);
            String zh = Adjustments.explainZh(was, rs.getString(10), now, rs.getString(12));
            String en = Adjustments.explainEn(was, rs.getString(10), now, rs.getString(12));
            String revision = rs.getString(12) != null ? rs.getString(12) : rs.getString(10);
            return new LineView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    Money.yuan(rs.getBigDecimal(5)), rs.getDate(6).toLocalDate().toString(), refs(rs.getString(7)),
                    rs.getString(8), revision, rs.getString(2) + " " + (english ? en : zh),
                    new Adjustment(Money.yuan(was), rs.getString(10), Money.yuan(now), rs.getString(12), rs.getString(13),
                            List.of((String[]) rs.getArray(14).getArray()), List.of((String[]) rs.getArray(15).getArray()),
                            zh, en));
        }, runId, period.toString(), employeeId);
    }

    /** Records dated in the period (for the employee) changed after the run started. */
    private List<Reason> recordReasons(Connection c, YearMonth period, String employeeId, OffsetDateTime since)
            throws SQLException {
        String sql = "select r.kind, r.id, r.updated_at from record r where r.updated_at > ? and exists (select 1 from "
                + "record_party p where p.kind = r.kind and p.id = r.id and p.employee_id = ? and p.date_from <= ? "
                + "and p.date_to >= ?) order by r.updated_at, r.kind, r.id limit 50";
        return Jdbc.list(c, sql, rs -> {
            String what = rs.getString(1) + ":" + rs.getString(2);
            OffsetDateTime at = rs.getObject(3, OffsetDateTime.class);
            return new Reason("record", what, at, "记录 " + what + " 在计算之后有改动", "record " + what
                    + " changed after the run");
        }, since, employeeId, period.atEndOfMonth(), period.atDay(1));
    }

    /** The revisions in force over the period now differ from those the run used. */
    private List<Reason> revisionReasons(YearMonth period, String runId) {
        List<RunView.Revision> used = runs.view(runId).revisions();
        List<RunView.Revision> now;
        try {
            now = RunService.revisionsOf(ruleBooks.plan(period)).stream().map(RunView.Revision::of).toList();
        } catch (ProblemException e) {
            now = List.of();
        }
        if (new HashSet<>(used).equals(new HashSet<>(now))) {
            return List.of();
        }
        List<Reason> out = new ArrayList<>();
        for (RunView.Revision r : now) {
            if (!used.contains(r)) {
                String what = r.policy() + " " + r.revision();
                out.add(new Reason("revision", what, null, "修订版 " + what + "(自 " + r.effectiveFrom()
                        + " 起)现已生效,计算时未使用", "revision " + what + " (from " + r.effectiveFrom()
                        + ") is now in force; the run did not use it"));
            }
        }
        for (RunView.Revision r : used) {
            if (!now.contains(r)) {
                String what = r.policy() + " " + r.revision();
                out.add(new Reason("revision", what, null, "计算所用的修订版 " + what + " 已不再生效", "revision " + what
                        + " the run used is no longer in force"));
            }
        }
        return out;
    }

    /** The flags, their detail in Chinese (the default) or as the rule wrote it in English ({@code ?lang=en}). */
    private List<FlagView> flags(Connection c, String runId, YearMonth period, String employeeId, boolean english)
            throws SQLException {
        String sql = "select flag_id, code, rule_id, date, detail, records::text, policy, revision, detail_zh "
                + "from result_flag where run_id = ? and period = ? and employee_id = ? "
                + "order by date, rule_id, code, seq, flag_id";
        return Jdbc.list(c, sql, rs -> {
            String date = rs.getDate(4).toLocalDate().toString();
            // a detail the rule wrote in both languages has its Chinese stored beside it; an older one written as
            // "中文 / English" is split, and an English-only one is given in Chinese by its code and rule
            String detail = flagTexts.inLanguage(rs.getString(5), rs.getString(9), english, rs.getString(2),
                    rs.getString(3), rs.getString(7), rs.getString(8), date);
            return new FlagView(rs.getString(1), rs.getString(2), rs.getString(3), date, detail,
                    refs(rs.getString(6)), rs.getString(7), rs.getString(8));
        }, runId, period.toString(), employeeId);
    }

    private List<String> codes(String text) {
        try {
            return json.readValue(text, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the flags of a statement are not JSON", e);
        }
    }

    private List<Ref> refs(String text) {
        try {
            List<Ref> out = new ArrayList<>();
            for (JsonNode n : json.readTree(text)) {
                out.add(new Ref(n.get("type").asText(), n.get("id").asText()));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
