package com.aftersales.payroll;

import com.aftersales.facts.input.RecordRef;
import com.aftersales.facts.result.Flag;
import com.aftersales.jdbc.Jdbc;
import com.aftersales.policy.RevisionRef;
import com.aftersales.problem.Languages;
import com.aftersales.problem.Text;
import com.aftersales.record.RecordImporter;
import com.aftersales.scoring.ScoredFlag;
import com.aftersales.scoring.ScoredMonth;
import com.aftersales.visit.VisitRecord;
import com.aftersales.visit.VisitRecordType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records arrive in any order (a visit before its work order, an incident before its order): they are stored, and
 * resolved when the month is run. At the start of a run this finds what is still unresolved among the period's
 * records (record, field, what is missing), keeps it on the run ({@code GET /api/runs/{runId}/problems}) and has
 * the statement of the employee concerned flagged REVIEW (rule DATA-PROBLEM). It also applies the defaults that
 * depend on another record: a completed logistics visit without {@code responsibleEmployeeId} assesses its
 * delivery's crew when the crew is one person (RULES.md §0.4).
 */
@ApplicationScoped
public class DataProblems {

    public static final String RULE = "DATA-PROBLEM";

    /** One unresolved reference of a run. */
    public record Problem(String kind, String recordId, String field, String missingKind, String missingId,
            String employeeId, String date, String message, String messageZh) {
    }

    private final Jdbc jdbc;
    private final ObjectMapper json;
    private final RecordImporter importer;
    private final VisitRecordType visits;

    public DataProblems(Jdbc jdbc, ObjectMapper json, RecordImporter importer, VisitRecordType visits) {
        this.jdbc = jdbc;
        this.json = json;
        this.importer = importer;
        this.visits = visits;
    }

    /** Resolves the period's records, keeping on the run what cannot be resolved. */
    @Transactional
    public void resolve(String runId, YearMonth period, String branch) {
        LocalDate from = period.atDay(1);
        LocalDate to = period.atEndOfMonth().plusDays(1);
        defaultLogisticsCrews(from, to, branch);
        List<Object[]> rows = new ArrayList<>();
        // visits naming a work order or a delivery that is not stored
        rows.addAll(jdbc.list("select v.id, 'orderId', 'workOrder', v.payload->>'orderId', "
                + "v.payload->>'responsibleEmployeeId', (v.payload->>'attemptAt')::timestamp::date from record v "
                + "where v.kind = 'visit' and v.payload->>'orderId' is not null "
                + "and (v.payload->>'attemptAt')::timestamp >= ? and (v.payload->>'attemptAt')::timestamp < ? "
                + "and (?::text is null or v.payload->>'branch' = ?) "
                + "and not exists (select 1 from record o where o.kind = 'workOrder' and o.id = v.payload->>'orderId')",
                DataProblems::row, from.atStartOfDay(), to.atStartOfDay(), branch, branch));
        rows.addAll(jdbc.list("select v.id, 'deliveryId', 'delivery', v.payload->>'deliveryId', "
                + "v.payload->>'responsibleEmployeeId', (v.payload->>'attemptAt')::timestamp::date from record v "
                + "where v.kind = 'visit' and v.payload->>'deliveryId' is not null "
                + "and (v.payload->>'attemptAt')::timestamp >= ? and (v.payload->>'attemptAt')::timestamp < ? "
                + "and (?::text is null or v.payload->>'branch' = ?) "
                + "and not exists (select 1 from record d where d.kind = 'delivery' and d.id = v.payload->>'deliveryId')",
                DataProblems::row, from.atStartOfDay(), to.atStartOfDay(), branch, branch));
        // completed logistics visits whose delivery is stored but whose crew is not one person
        rows.addAll(jdbc.list("select v.id, 'responsibleEmployeeId', 'responsibleEmployee', null, null, "
                + "(v.payload->>'attemptAt')::timestamp::date from record v join record d on d.kind = 'delivery' "
                + "and d.id = v.payload->>'deliveryId' where v.kind = 'visit' and v.payload->>'visitKind' = 'LOGISTICS' "
                + "and v.payload->>'outcome' = 'COMPLETED' and v.payload->>'responsibleEmployeeId' is null "
                + "and (v.payload->>'attemptAt')::timestamp >= ? and (v.payload->>'attemptAt')::timestamp < ? "
                + "and (?::text is null or v.payload->>'branch' = ?) "
                + "and coalesce(jsonb_array_length(d.payload->'crewEmployeeIds'), 0) <> 1",
                DataProblems::row, from.atStartOfDay(), to.atStartOfDay(), branch, branch));
        // incidents naming an order that is not stored
        rows.addAll(jdbc.list("select i.id, 'orderId', 'workOrder', i.payload->>'orderId', i.payload->>'employeeId', "
                + "(i.payload->>'date')::date from record i join employee e on e.employee_id = i.payload->>'employeeId' "
                + "where i.kind = 'incident' and i.payload->>'orderId' is not null "
                + "and (i.payload->>'date')::date >= ? and (i.payload->>'date')::date < ? "
                + "and (?::text is null or e.branch_id = ?) "
                + "and not exists (select 1 from record o where o.kind = 'workOrder' and o.id = i.payload->>'orderId')",
                r -> new Object[] {"incident", r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getDate(6)}, Date.valueOf(from), Date.valueOf(to), branch, branch));
        rows.sort((a, b) -> (a[0] + "/" + a[1] + "/" + a[2]).compareTo(b[0] + "/" + b[1] + "/" + b[2]));
        int seq = 0;
        for (Object[] r : rows) {
            jdbc.update("insert into run_problem (run_id, seq, kind, record_id, field, missing_kind, missing_id, "
                    + "employee_id, date) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", runId, ++seq, r[0], r[1], r[2], r[3],
                    r[4], r[5], r[6]);
        }
    }

    private static Object[] row(java.sql.ResultSet r) throws java.sql.SQLException {
        return new Object[] {"visit", r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getDate(6)};
    }

    /** A completed logistics visit without responsibleEmployeeId assesses the one-person crew of its delivery. */
    private void defaultLogisticsCrews(LocalDate from, LocalDate to, String branch) {
        List<String[]> found = jdbc.list("select v.payload::text, d.payload->'crewEmployeeIds'->>0 from record v "
                + "join record d on d.kind = 'delivery' and d.id = v.payload->>'deliveryId' "
                + "where v.kind = 'visit' and v.payload->>'visitKind' = 'LOGISTICS' "
                + "and v.payload->>'responsibleEmployeeId' is null "
                + "and (v.payload->>'attemptAt')::timestamp >= ? and (v.payload->>'attemptAt')::timestamp < ? "
                + "and (?::text is null or v.payload->>'branch' = ?) "
                + "and jsonb_array_length(d.payload->'crewEmployeeIds') = 1",
                r -> new String[] {r.getString(1), r.getString(2)}, from.atStartOfDay(), to.atStartOfDay(), branch,
                branch);
        List<VisitRecord> defaulted = new ArrayList<>();
        for (String[] f : found) {
            try {
                ObjectNode node = (ObjectNode) json.readTree(f[0]);
                node.put("responsibleEmployeeId", f[1]);
                defaulted.add(json.treeToValue(node, VisitRecord.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a stored visit cannot be read", e);
            }
        }
        if (!defaulted.isEmpty()) {
            importer.store(visits, defaulted);
        }
    }

    /** The data problems of a run, in both languages. */
    public List<Problem> of(String runId) {
        return jdbc.list("select kind, record_id, field, missing_kind, missing_id, employee_id, date from run_problem "
                + "where run_id = ? order by seq", r -> {
                    String kind = r.getString(1);
                    String id = r.getString(2);
                    String field = r.getString(3);
                    String missingKind = r.getString(4);
                    String missingId = r.getString(5);
                    Text t = text(kind, id, field, missingKind, missingId);
                    return new Problem(kind, id, field, missingKind, missingId, r.getString(6),
                            r.getDate(7).toLocalDate().toString(), t.in(Languages.ENGLISH), t.in(Languages.CHINESE));
                }, runId);
    }

    private static Text text(String kind, String id, String field, String missingKind, String missingId) {
        if (missingId == null) {
            return Text.of("problem.data.crew", Text.of("kind." + kind), id);
        }
        return Text.of("problem.data.missing", Text.of("kind." + kind), id, field, Text.of("kind." + missingKind),
                missingId);
    }

    /** The scored months with a REVIEW flag for each data problem of their employee. */
    public List<ScoredMonth> flag(String runId, YearMonth period, List<ScoredMonth> scored) {
        Map<String, List<Problem>> byEmployee = new HashMap<>();
        for (Problem p : of(runId)) {
            if (p.employeeId() != null) {
                byEmployee.computeIfAbsent(p.employeeId(), e -> new ArrayList<>()).add(p);
            }
        }
        if (byEmployee.isEmpty()) {
            return scored;
        }
        RevisionRef none = new RevisionRef("records", "-", "-", period.atDay(1));
        List<ScoredMonth> out = new ArrayList<>(scored.size());
        for (ScoredMonth m : scored) {
            List<Problem> problems = byEmployee.get(m.employeeId());
            if (problems == null) {
                out.add(m);
                continue;
            }
            List<ScoredFlag> flags = new ArrayList<>(m.flags());
            for (Problem p : problems) {
                flags.add(new ScoredFlag(m.employeeId(), Flag.ofData("REVIEW", RULE, LocalDate.parse(p.date()),
                        p.message(), List.of(RecordRef.of(p.kind(), p.recordId()))), none));
            }
            out.add(new ScoredMonth(m.employeeId(), m.lines(), flags));
        }
        return out;
    }
}
