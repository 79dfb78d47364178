package com.aftersales.facts.result;

import com.aftersales.facts.input.RecordRef;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A result fact for a consequence that is not money: SEPARATION, ADVISE_RESIGNATION, REVIEW, ...
 * (API.md flag codes), with the rule that raised it and the records it rests on.
 */
public final class Flag {

    private final String code;
    private final String ruleId;
    private final String ruleName;
    private final String policy;
    private final String employeeId;
    private final LocalDate date;
    private final String detail;
    private final List<RecordRef> records;
    private final String detailZh;

    private Flag(RuleContext kcontext, String code, LocalDate date, String detail,
            Collection<RecordRef> records, String employeeId) {
        this(kcontext, code, date, detail, null, records, employeeId);
    }

    private Flag(RuleContext kcontext, String code, LocalDate date, String detail, String detailZh,
            Collection<RecordRef> records, String employeeId) {
        this.code = Objects.requireNonNull(code);
        this.ruleName = kcontext.getRule().getName();
        this.ruleId = Line.ruleIdOf(ruleName);
        this.policy = kcontext.getRule().getPackageName();
        this.date = Objects.requireNonNull(date, "a flag needs a date: " + ruleName);
        this.detail = detail == null ? "" : detail;
        this.records = List.copyOf(new TreeSet<>(records == null ? List.of() : records));
        this.employeeId = employeeId;
        this.detailZh = detailZh;
    }

    private Flag(String code, String ruleId, String policy, LocalDate date, String detail,
            Collection<RecordRef> records) {
        this.code = Objects.requireNonNull(code);
        this.ruleName = ruleId;
        this.ruleId = ruleId;
        this.policy = policy;
        this.date = Objects.requireNonNull(date);
        this.detail = detail == null ? "" : detail;
        this.records = List.copyOf(new TreeSet<>(records == null ? List.of() : records));
        this.employeeId = null;
        this.detailZh = null;
    }

    /**
     * A flag the service raises about the data itself, not a rule: a record that names one that is not stored
     * when the month is run (REVIEW, rule DATA-PROBLEM).
     */
    public static Flag ofData(String code, String ruleId, LocalDate date, String detail, Collection<RecordRef> records) {
        return new Flag(code, ruleId, "records", date, detail, records);
    }

    public static Flag raise(RuleContext kcontext, String code, LocalDate date, String detail,
            Collection<RecordRef> records) {
        return new Flag(kcontext, code, date, detail, records, null);
    }

    /**
     * A flag whose detail is the text {@code key} of the message bundles ({@code messages/texts*.properties}) with
     * {@code args}, written in English ({@link #getDetail()}) and in Chinese ({@link #getDetailZh()}): for a detail
     * that carries figures, which the reader's language cannot be made of afterwards.
     */
    public static Flag raiseText(RuleContext kcontext, String code, LocalDate date, String key,
            Collection<RecordRef> records, Object... args) {
        return new Flag(kcontext, code, date, FlagText.english(key, args), FlagText.chinese(key, args), records, null);
    }

    /**
     * A flag whose detail the rule gives in English and Chinese, both with their figures: the English is the
     * detail ({@link #getDetail()}), the Chinese is stored beside it ({@link #getDetailZh()}), and the statement
     * shows the reader's.
     */
    public static Flag raise(RuleContext kcontext, String code, LocalDate date, String en, String zh,
            Collection<RecordRef> records) {
        return new Flag(kcontext, code, date, en, zh, records, null);
    }

    /** A flag on another employee than the one scored (a leader, a concealer). */
    public static Flag raiseFor(RuleContext kcontext, String employeeId, String code, LocalDate date,
            String detail, Collection<RecordRef> records) {
        return new Flag(kcontext, code, date, detail, records, employeeId);
    }

    public String getCode() { return code; }
    public String getRuleId() { return ruleId; }
    public String getRuleName() { return ruleName; }
    public String getPolicy() { return policy; }
    public String getEmployeeId() { return employeeId; }
    public LocalDate getDate() { return date; }
    public String getDetail() { return detail; }
    public List<RecordRef> getRecords() { return records; }
    /** The detail in Chinese when the rule gave it beside the English ({@link #raiseText}, {@link #raise} with both), else null. */
    public String getDetailZh() { return detailZh; }

    @Override
    public String toString() {
        return code + " by " + ruleId + " on " + date + " " + records;
    }
}
