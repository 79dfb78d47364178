package com.aftersales.payroll;

import com.aftersales.facts.functions.Money;
import com.aftersales.jdbc.Jdbc;
import com.aftersales.payroll.StatementViews.FlagView;
import com.aftersales.payroll.StatementViews.LineView;
import com.aftersales.payroll.StatementViews.Ref;
import com.aftersales.payroll.StatementViews.Statement;
import com.aftersales.payroll.StatementViews.Summary;
import com.aftersales.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Reads statements: the lines and flags of each employee's current run of a period, in total order. */
@ApplicationScoped
public class StatementService {

    private final Jdbc jdbc;
    private final ObjectMapper json;

    /** Chinese flag details (issue 11). */
    @jakarta.inject.Inject
    FlagTexts flagTexts;

    public StatementService(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<Summary> list(YearMonth period, String branch) {
        String sql = "select employee_id, name, branch_id, deduct, pay, net, flags::text from statement "
                + "where period = ? and (?::text is null or branch_id = ?) order by employee_id";
        return jdbc.list(sql, rs -> new Summary(rs.getString(1), rs.getString(2), rs.getString(3),
                Money.yuan(rs.getBigDecimal(4)), Money.yuan(rs.getBigDecimal(5)), Money.yuan(rs.getBigDecimal(6)),
                codes(rs.getString(7))), period.toString(), branch, branch);
    }

    public Statement get(YearMonth period, String employeeId, boolean english) {
        return get(period, employeeId, english, english ? com.aftersales.problem.Languages.ENGLISH
                : com.aftersales.problem.Languages.CHINESE);
    }

    /**
     * A statement: line summaries in Chinese (or English when {@code english}), flag details in {@code flagLanguage}
     * (a rule's English detail, or the Chinese text of the flag and its rule).
     */
    public Statement get(YearMonth period, String employeeId, boolean english, java.util.Locale flagLanguage) {
        boolean flagsEnglish = !com.aftersales.problem.Languages.chinese(flagLanguage);
        String head = "select employee_id, name, branch_id, run_id, deduct, pay, net from statement "
                + "where period = ? and employee_id = ?";
        return jdbc.with(c -> Jdbc.first(c, head, rs -> {
            String runId = rs.getString(4);
            return new Statement(rs.getString(1), rs.getString(2), rs.getString(3), period.toString(),
                    Money.yuan(rs.getBigDecimal(5)), Money.yuan(rs.getBigDecimal(6)), Money.yuan(rs.getBigDecimal(7)),
                    lines(c, runId, period, employeeId, english), flags(c, runId, period, employeeId, flagsEnglish));
        }, period.toString(), employeeId)).orElseThrow(() -> ProblemException.notFound("no statement of "
                + employeeId + " for " + period + "; run the month first"));
    }

    private List<LineView> lines(Connection c, String runId, YearMonth period, String employeeId, boolean english)
            throws SQLException {
        String sql = "select line_id, rule_id, direction, component, amount, date, records::text, policy, revision, "
                + "summary, detail->>'summaryEn' from result_line where run_id = ? and period = ? and employee_id = ? "
                + "order by date, rule_id, seq, line_id";
        return Jdbc.list(c, sql, rs -> new LineView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Money.yuan(rs.getBigDecimal(5)), rs.getDate(6).toLocalDate().toString(), refs(rs.getString(7)),
                rs.getString(8), rs.getString(9), english ? rs.getString(11) : rs.getString(10)),
                runId, period.toString(), employeeId);
    }

    /** The flags, their detail in Chinese (the default) or as the rule wrote it in English ({@code ?lang=en}). */
    private List<FlagView> flags(Connection c, String runId, YearMonth period, String employeeId, boolean english)
            throws SQLException {
        String sql = "select flag_id, code, rule_id, date, detail, records::text, policy, revision from result_flag "
                + "where run_id = ? and period = ? and employee_id = ? order by date, rule_id, code, seq, flag_id";
        return Jdbc.list(c, sql, rs -> {
            String date = rs.getDate(4).toLocalDate().toString();
            // a detail the rule wrote in both languages is shown as it is; an English-only one is given in Chinese
            String detail = english || rs.getString(5).codePoints().anyMatch(FlagTexts::cjk) ? rs.getString(5)
                    : flagTexts.zh(rs.getString(2), rs.getString(3), rs.getString(7), rs.getString(8), date);
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
