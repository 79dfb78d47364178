package com.aftersales.explain;

import com.aftersales.access.Access;
import com.aftersales.explain.Explanation.RecordValues;
import com.aftersales.explain.Explanation.Text;
import com.aftersales.explain.Explanation.UsedValue;
import com.aftersales.facts.functions.Money;
import com.aftersales.jdbc.Jdbc;
import com.aftersales.policy.Clause;
import com.aftersales.policy.DataSheets;
import com.aftersales.policy.PolicyRevision;
import com.aftersales.policy.PolicyStore;
import com.aftersales.record.RecordStore;
import com.aftersales.problem.ProblemException;
import com.aftersales.problem.Labels;
import com.aftersales.problem.Languages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Builds the explanation of a current statement line from its stored detail and its revision. */
@ApplicationScoped
public class ExplanationService {

    private final Jdbc jdbc;
    private final ObjectMapper json;
    private final PolicyStore policies;
    private final RecordStore records;
    private final Map<Long, Map<String, Clause>> catalogues = new ConcurrentHashMap<>();

    private final Access access;

    public ExplanationService(Jdbc jdbc, ObjectMapper json, PolicyStore policies, RecordStore records, Access access) {
        this.jdbc = jdbc;
        this.access = access;
        this.json = json;
        this.policies = policies;
        this.records = records;
    }

    /**
     * The explanation of an adjustment line (ids "A…"): what it corrects, was and now, under which revisions, and
     * the lines of both runs (whose own explanations keep answering).
     */
    public record AdjustmentExplanation(String lineId, String kind, String period, String employeeId, String ruleId,
            String direction, String component, String amount, String date, String was, String wasRevision, String now,
            String nowRevision, String runId, String baseRunId, List<String> wasLines, List<String> nowLines,
            Explanation.Text explanation) {
    }

    /** The explanation of any statement line: a rule's line, or an adjustment line. */
    public Object explainAny(String lineId) {
        return lineId != null && lineId.startsWith("A") ? explainAdjustment(lineId) : explain(lineId);
    }

    private AdjustmentExplanation explainAdjustment(String lineId) {
        String sql = "select a.line_id, a.period, a.employee_id, a.rule_id, a.direction, a.component, a.amount, a.date, "
                + "a.was_amount, a.was_revision, a.now_amount, a.now_revision, a.run_id, a.base_run_id, a.was_lines, "
                + "a.now_lines, e.branch_id from adjustment_line a left join employee e on e.employee_id = a.employee_id "
                + "left join run r on r.run_id = a.run_id where a.line_id = ? order by r.started_at desc limit 1";
        AdjustmentExplanation x = jdbc.first(sql, rs -> {
            if (rs.getString(17) != null) {
                access.requireReadBranch(rs.getString(17), "line " + lineId);
            }
            java.math.BigDecimal was = rs.getBigDecimal(9);
            java.math.BigDecimal now = rs.getBigDecimal(11);
            return new AdjustmentExplanation(rs.getString(1), "ADJUSTMENT", rs.getString(2).trim(), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6), Money.yuan(rs.getBigDecimal(7)),
                    rs.getDate(8).toLocalDate().toString(), Money.yuan(was), rs.getString(10), Money.yuan(now),
                    rs.getString(12), rs.getString(13), rs.getString(14), List.of((String[]) rs.getArray(15).getArray()),
                    List.of((String[]) rs.getArray(16).getArray()), new Explanation.Text(
                            com.aftersales.payroll.Adjustments.explainZh(was, rs.getString(10), now, rs.getString(12)),
                            com.aftersales.payroll.Adjustments.explainEn(was, rs.getString(10), now, rs.getString(12))));
        }, lineId).orElse(null);
        if (x == null) {
            throw ProblemException.notFound(com.aftersales.problem.Text.of("notFound.line", lineId));
        }
        return x;
    }

    @Transactional
    public Explanation explain(String lineId) {
        // lines are never deleted: a line of an earlier run (one a statement showed before a re-run) keeps its
        // explanation; of the runs that wrote the same line id, the current statement's is taken, else the newest.
        // One query reads the line with its branch, revision and policy; the access check comes before anything
        // else of the line is read.
        String sql = "select l.line_id, l.period, l.employee_id, l.rule_id, l.rule_name, l.direction, l.component, "
                + "l.amount, l.date, l.policy, l.revision, l.sha256, l.records::text, l.detail::text, "
                + "coalesce(s.branch_id, e.branch_id), pr.id, pr.effective_from, p.title_zh, p.title_en from result_line l "
                + "left join statement s on s.period = l.period and s.employee_id = l.employee_id "
                + "left join employee e on e.employee_id = l.employee_id left join run r on r.run_id = l.run_id "
                + "left join policy_revision pr on pr.policy_id = l.policy and pr.revision = l.revision "
                + "left join policy p on p.policy_id = l.policy "
                + "where l.line_id = ? order by (s.run_id = l.run_id) desc nulls last, r.started_at desc nulls last "
                + "limit 1";
        return jdbc.first(sql, rs -> {
            if (rs.getString(15) != null) {
                access.requireReadBranch(rs.getString(15), "line " + lineId);
            }
            return build(rs);
        }, lineId).orElseThrow(() -> ProblemException.notFound(com.aftersales.problem.Text.of("notFound.line", lineId)));
    }

    private Explanation build(ResultSet rs) throws SQLException {
        String ruleId = rs.getString(4);
        String policyId = rs.getString(10);
        long revisionId = rs.getLong(16);
        boolean revisionKnown = !rs.wasNull();
        java.sql.Date effectiveFrom = rs.getDate(17);
        String titleZh = rs.getString(18);
        String titleEn = rs.getString(19);
        Clause clause = revisionKnown ? catalogue(revisionId).get(ruleId) : null;
        JsonNode detail = tree(rs.getString(14));
        List<UsedValue> values = new ArrayList<>();
        for (JsonNode v : detail.path("values")) {
            ValueLabels.Label l = ValueLabels.of(v.get("name").asText());
            values.add(new UsedValue(v.get("name").asText(), new Text(l.zh(), l.en()), v.get("value").asText()));
        }
        List<String[]> refs = new ArrayList<>();
        for (JsonNode r : tree(rs.getString(13))) {
            refs.add(new String[] {r.get("type").asText(), r.get("id").asText()});
        }
        Map<String, String> payloads = records.findAll(refs);
        List<RecordValues> recs = new ArrayList<>();
        for (String[] ref : refs) {
            String payload = payloads.get(ref[0] + "\u0000" + ref[1]);
            recs.add(new RecordValues(ref[0], ref[1], payload == null ? null : tree(payload)));
        }
        String amount = Money.yuan(rs.getBigDecimal(8));
        String date = rs.getDate(9).toLocalDate().toString();
        String arithmetic = detail.path("arithmetic").asText();
        boolean deduct = "DEDUCT".equals(rs.getString(6));
        String document = clause != null && clause.document() != null && !clause.document().isBlank()
                ? clause.document() : titleZh == null ? policyId : titleZh;
        String docEn = titleEn == null ? policyId : titleEn;
        String valuesZh = values.stream().map(v -> v.label().zh() + ":" + Labels.value(v.value(), Languages.CHINESE))
                .collect(Collectors.joining(","));
        String valuesEn = values.stream().map(v -> v.label().en() + " " + v.value()).collect(Collectors.joining(", "));
        String nameZh = clause == null ? rs.getString(5) : clause.nameZh();
        String nameEn = clause == null ? rs.getString(5) : clause.nameEn();
        String clauseText = clause == null ? "" : clause.clause();
        Text deviation = deviation(clause, rs.getString(11));
        String zh = "依据《" + document + "》" + clauseText + (clause == null || clause.quote().isBlank() ? ""
                : "「" + clause.quote() + "」") + (deviation == null ? "" : "(" + deviation.zh() + ")")
                + ",规则 " + ruleId + "(" + nameZh + "):" + date
                + (valuesZh.isEmpty() ? "" : "," + valuesZh) + ";" + (deduct ? "扣款 " : "发放 ") + arithmetic + " 元。"
                + "修订版 " + rs.getString(11) + "。";
        String en = "Under " + docEn + (clauseText.isEmpty() ? "" : ", " + clauseText)
                + (deviation == null ? "" : " (" + deviation.en() + ")") + ", rule " + ruleId + " ("
                + nameEn + "): on " + date + (valuesEn.isEmpty() ? "" : ", " + valuesEn) + "; "
                + (deduct ? "deduct " : "pay ") + arithmetic + " yuan. Revision " + rs.getString(11) + ".";
        return new Explanation(rs.getString(1), rs.getString(2).trim(), rs.getString(3), ruleId, new Text(nameZh, nameEn),
                document, clauseText, clause == null ? null : clause.quote(), clause == null ? null : clause.textEn(),
                deviation, policyId, rs.getString(11), rs.getString(12),
                effectiveFrom == null ? null : effectiveFrom.toLocalDate().toString(), rs.getString(6), rs.getString(7), amount,
                date, recs, values, arithmetic, detail.path("note").isMissingNode() ? null : detail.path("note").asText(),
                new Text(zh, en));
    }

    /**
     * Beside the handbook's words, when the admin confirmed that this revision's amounts differ from them
     * (the Deviation cell of the rule's catalogue row), else null.
     */
    private static Text deviation(Clause clause, String revision) {
        if (clause == null || !clause.deviates()) {
            return null;
        }
        return new Text("本项金额由修订版 " + revision + " 设定,与手册原文不同:" + clause.deviation(),
                "amount set by revision " + revision + ", differs from the handbook text: " + clause.deviation());
    }

    /** The catalogue of a stored revision (its files never change, so it is read once). */
    private Map<String, Clause> catalogue(long revisionId) {
        return catalogues.computeIfAbsent(revisionId, id -> {
            DataSheets sheets = DataSheets.read(policies.load(PolicyRevision.<PolicyRevision>findById(id)).files());
            return sheets.clauses().stream().collect(Collectors.toMap(Clause::ruleId, c -> c, (a, b) -> a));
        });
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
