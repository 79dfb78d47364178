package com.aftersales.policy.admin;

import com.aftersales.policy.PolicyRevision;
import com.aftersales.policy.RuleBooks;
import com.aftersales.scoring.Person;
import com.aftersales.policy.RuleBookWindow;
import com.aftersales.scoring.ScoredLine;
import com.aftersales.scoring.ScoredMonth;
import com.aftersales.scoring.Scoring;
import com.aftersales.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores a period twice, with the revisions in force and with a candidate in place of its policy's,
 * and tells who would get a different result: old and new totals, the lines that differ, and a summary
 * per rule. Nothing is stored.
 */
@ApplicationScoped
public class Preview {

    static final int BATCH = 200;

    private final RuleBooks ruleBooks;
    private final Scoring scoring;

    public Preview(RuleBooks ruleBooks, Scoring scoring) {
        this.ruleBooks = ruleBooks;
        this.scoring = scoring;
    }

    public PreviewViews.Result preview(PolicyRevision candidate, YearMonth period) {
        if (candidate.status == PolicyRevision.Status.REJECTED) {
            throw ProblemException.conflict(com.aftersales.problem.Text.of("preview.rejected", candidate.revision));
        }
        List<RuleBookWindow> now = ruleBooks.windows(period);
        List<RuleBookWindow> next = ruleBooks.windows(period, Map.of(candidate.policyId, candidate));
        List<Person> people = scoring.people(period, null);
        Map<String, String> names = new LinkedHashMap<>();
        people.forEach(p -> names.put(p.profile().getEmployeeId(), p.profile().getName()));
        Map<String, List<ScoredLine>> before = new TreeMap<>();
        Map<String, List<ScoredLine>> after = new TreeMap<>();
        LocalDate asOf = LocalDate.now();
        for (int from = 0; from < people.size(); from += BATCH) {
            List<Person> batch = people.subList(from, Math.min(people.size(), from + BATCH));
            // fetched once per set of windows: the candidate's parameters may load and derive differently
            for (ScoredMonth m : scoring.score(period, batch, asOf, now)) {
                m.lines().forEach(l -> before.computeIfAbsent(l.employeeId(), k -> new ArrayList<>()).add(l));
            }
            for (ScoredMonth m : scoring.score(period, batch, asOf, next)) {
                m.lines().forEach(l -> after.computeIfAbsent(l.employeeId(), k -> new ArrayList<>()).add(l));
            }
        }
        return PreviewViews.compare(candidate, period, people.size(), names, before, after,
                now.stream().flatMap(w -> w.book().revisions().stream())
                        .filter(r -> r.policy().equals(candidate.policyId)).map(r -> r.revision()).distinct().toList());
    }
}
