package com.aftersales.facts.functions;

import com.aftersales.facts.input.PriorOccurrence;
import com.aftersales.facts.input.RecordRef;
import com.aftersales.facts.result.AbsenceRun;
import com.aftersales.facts.result.Flag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Which earlier occurrences a cumulative count includes (P_ABSENT_REPEAT_WINDOW, A-5), and the words of
 * the flag a count raises, naming the earlier occurrences that were imported as history.
 */
public final class Occurrences {

    public static final String EMPLOYMENT = "EMPLOYMENT";
    public static final String CALENDAR_YEAR = "CALENDAR_YEAR";
    public static final String ROLLING_12M = "ROLLING_12M";

    private static final Map<String, String> WINDOW_ZH = Map.of(EMPLOYMENT, "整个雇佣期", CALENDAR_YEAR, "本自然年",
            ROLLING_12M, "近12个月");

    private Occurrences() {
    }

    /**
     * The flag of the {@code nth} occurrence of a run (ATT-ABSENT-REPEAT): in Chinese and English, naming
     * the earlier occurrences of rules starting with {@code rulePrefix} in the window that were imported as
     * history, whose records it lists beside the run's.
     */
    public static Flag repeated(RuleContext k, String code, String rulePrefix, AbsenceRun run, int nth, int from,
            String window) {
        List<PriorOccurrence> imported = k.getKieRuntime().getObjects(o -> o instanceof PriorOccurrence p
                && p.isImported() && p.getRuleId().startsWith(rulePrefix)
                && inWindow(p.getDate(), run.getFirstDate(), window)).stream().map(PriorOccurrence.class::cast)
                .sorted(Comparator.comparing(PriorOccurrence::getDate).thenComparing(PriorOccurrence::getKey))
                .toList();
        String list = imported.stream().map(p -> p.getRecord().getId() + " " + p.getDate())
                .collect(Collectors.joining(", "));
        String zh = "累计旷工第" + nth + "次(" + WINDOW_ZH.getOrDefault(window.trim(), window) + "计)"
                + (imported.isEmpty() ? "" : ",其中导入的历史记录" + imported.size() + "次(" + list + ")")
                + ",达" + from + "次劝其离职";
        String en = "absenteeism occurrence no. " + nth + " (" + window + ")"
                + (imported.isEmpty() ? "" : ", " + imported.size() + " of the earlier ones imported history (" + list + ")")
                + "; from " + from + " the employee is advised to resign";
        List<RecordRef> refs = new ArrayList<>(Absences.refs(run));
        imported.forEach(p -> refs.add(p.getRecord()));
        return Flag.raise(k, code, run.getFirstDate(), zh + " / " + en, refs);
    }

    /** Whether an occurrence on {@code earlier} counts together with one on {@code current}. */
    public static boolean inWindow(LocalDate earlier, LocalDate current, String window) {
        return switch (window.trim()) {
            case EMPLOYMENT -> true;
            case CALENDAR_YEAR -> earlier.getYear() == current.getYear();
            case ROLLING_12M -> earlier.isAfter(current.minusMonths(12));
            default -> throw new IllegalArgumentException("unknown occurrence window " + window);
        };
    }
}
