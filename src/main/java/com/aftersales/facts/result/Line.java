package com.aftersales.facts.result;

import com.aftersales.facts.functions.Money;
import com.aftersales.facts.input.RecordRef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A result fact: one amount a rule charges or pays, with the evidence it rests on. Rules create it
 * with {@code Line.deduct(kcontext, amount)...build()}; the rule's name gives the rule id (its first
 * word) and the rule's package gives the policy. The amount is rounded half-up to 0.01 once, here (G-1).
 */
public final class Line {

    private final String ruleId;
    private final String ruleName;
    private final String policy;
    private final String employeeId;
    private final Direction direction;
    private final Component component;
    private final BigDecimal amount;
    private final LocalDate date;
    private final List<RecordRef> records;
    private final List<Value> values;
    private final String arithmetic;
    private final String occurrenceKey;
    private final String conduct;
    private final String note;

    private Line(Builder b) {
        this.ruleId = b.ruleId;
        this.ruleName = b.ruleName;
        this.policy = b.policy;
        this.employeeId = b.employeeId;
        this.direction = b.direction;
        this.component = b.component;
        this.amount = b.amount.setScale(2, RoundingMode.HALF_UP);
        this.date = Objects.requireNonNull(b.date, "a line needs a date: " + b.ruleName);
        this.records = List.copyOf(new TreeSet<>(b.records));
        this.values = List.copyOf(b.values);
        this.arithmetic = b.arithmetic == null ? this.amount.toPlainString() : b.arithmetic;
        this.occurrenceKey = b.occurrenceKey;
        this.conduct = b.conduct;
        this.note = b.note;
    }

    /** A copy of {@code base} with another amount and arithmetic, more records and values, a note appended. */
    private Line(Line base, BigDecimal amount, String arithmetic, Collection<RecordRef> moreRecords,
            List<Value> moreValues, String moreNote) {
        this.ruleId = base.ruleId;
        this.ruleName = base.ruleName;
        this.policy = base.policy;
        this.employeeId = base.employeeId;
        this.direction = base.direction;
        this.component = base.component;
        this.amount = amount.setScale(2, RoundingMode.HALF_UP);
        this.date = base.date;
        TreeSet<RecordRef> refs = new TreeSet<>(base.records);
        refs.addAll(moreRecords);
        this.records = List.copyOf(refs);
        List<Value> vs = new ArrayList<>(base.values);
        vs.addAll(moreValues);
        this.values = List.copyOf(vs);
        this.arithmetic = arithmetic;
        this.occurrenceKey = base.occurrenceKey;
        this.conduct = base.conduct;
        this.note = base.note == null ? moreNote : moreNote == null ? base.note : base.note + "; " + moreNote;
    }

    /**
     * A copy of this line that stands for another line charging the same conduct and occurrence
     * (G-7, G-9): with the other's {@code records} added, and {@code values} and {@code note} appended.
     */
    public Line absorbing(Collection<RecordRef> moreRecords, List<Value> moreValues, String moreNote) {
        return new Line(this, amount, arithmetic, moreRecords, moreValues, moreNote);
    }

    /**
     * A copy of this line under the same rule with another amount: a table row priced the line and a
     * rule settles what of it is charged or paid (one charge per visit, A-21; the highest media report of
     * a deed, A-25), with the values, arithmetic and note that say why.
     */
    public Line settled(BigDecimal amount, List<Value> moreValues, String arithmetic, String note) {
        return new Line(this, Objects.requireNonNull(amount, "amount"), arithmetic, List.of(), moreValues, note);
    }

    public static Builder deduct(RuleContext kcontext, BigDecimal amount) {
        return new Builder(kcontext, Direction.DEDUCT, amount);
    }

    public static Builder pay(RuleContext kcontext, BigDecimal amount) {
        return new Builder(kcontext, Direction.PAY, amount);
    }

    /** The rule id of a rule name such as {@code "ATT-LATE-2 late or early by 6 to 15 minutes"}. */
    public static String ruleIdOf(String ruleName) {
        int space = ruleName.indexOf(' ');
        return space < 0 ? ruleName : ruleName.substring(0, space);
    }

    public String getRuleId() { return ruleId; }
    public String getRuleName() { return ruleName; }
    public String getPolicy() { return policy; }
    /** The employee charged or paid, or null for the employee being scored. */
    public String getEmployeeId() { return employeeId; }
    public Direction getDirection() { return direction; }
    public Component getComponent() { return component; }
    public BigDecimal getAmount() { return amount; }
    public LocalDate getDate() { return date; }
    public List<RecordRef> getRecords() { return records; }
    public List<Value> getValues() { return values; }
    public String getArithmetic() { return arithmetic; }
    /** Identifies one occurrence (次) across months, e.g. the first day of an absence run. */
    public String getOccurrenceKey() { return occurrenceKey; }
    /** The conduct charged (for the no-double-penalty precedence of G-9), or null. */
    public String getConduct() { return conduct; }
    public String getNote() { return note; }

    /** Signed amount: negative for deductions. */
    public BigDecimal signedAmount() {
        return direction == Direction.DEDUCT ? amount.negate() : amount;
    }

    @Override
    public String toString() {
        return ruleId + " " + direction + " " + amount + " on " + date + " " + records;
    }

    /** Builds a line; every setter returns the builder so a DRL consequence stays one expression. */
    public static final class Builder {
        private final String ruleId;
        private final String ruleName;
        private final String policy;
        private final Direction direction;
        private final BigDecimal amount;
        private String employeeId;
        private Component component = Component.FINE;
        private LocalDate date;
        private final List<RecordRef> records = new ArrayList<>();
        private final List<Value> values = new ArrayList<>();
        private String arithmetic;
        private String occurrenceKey;
        private String conduct;
        private String note;

        private Builder(RuleContext kcontext, Direction direction, BigDecimal amount) {
            this.ruleName = kcontext.getRule().getName();
            this.ruleId = ruleIdOf(ruleName);
            this.policy = kcontext.getRule().getPackageName();
            this.direction = direction;
            this.amount = Objects.requireNonNull(amount, "amount");
        }

        public Builder component(Component c) { this.component = c; return this; }
        public Builder on(LocalDate d) { this.date = d; return this; }
        public Builder employee(String id) { this.employeeId = id; return this; }
        public Builder record(RecordRef r) { this.records.add(r); return this; }
        public Builder records(Collection<RecordRef> rs) { this.records.addAll(rs); return this; }
        public Builder value(String name, Object v) {
            this.values.add(new Value(name, Money.text(v)));
            return this;
        }
        public Builder arithmetic(String text) { this.arithmetic = text; return this; }
        public Builder occurrence(String key) { this.occurrenceKey = key; return this; }
        public Builder conduct(String c) { this.conduct = c; return this; }
        public Builder note(String n) { this.note = n; return this; }
        public Line build() { return new Line(this); }
    }
}
