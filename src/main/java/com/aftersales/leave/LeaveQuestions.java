package com.aftersales.leave;

import com.aftersales.facts.input.Month;
import com.aftersales.policy.CompiledRuleBook;
import com.aftersales.policy.RuleBooks;
import com.aftersales.scoring.RuleSessions;
import com.aftersales.policy.RuleBookWindow;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Asks the rule book in force on a day a question about leave and collects the rules' answers. */
@ApplicationScoped
public class LeaveQuestions {

    private final RuleBooks ruleBooks;

    public LeaveQuestions(RuleBooks ruleBooks) {
        this.ruleBooks = ruleBooks;
    }

    /** The rule book in force on {@code day}. */
    public CompiledRuleBook bookOn(LocalDate day) {
        List<RuleBookWindow> windows = ruleBooks.windows(YearMonth.from(day));
        return windows.stream().filter(w -> w.contains(day)).findFirst().orElse(windows.get(windows.size() - 1)).book();
    }

    /** Fires {@code facts} in a session of {@code book} and returns what the rules inserted of {@code type}. */
    public <T> List<T> ask(CompiledRuleBook book, LocalDate day, List<Object> facts, Class<T> type) {
        return RuleSessions.collect(book, facts, new Month(YearMonth.from(day), day, day), type);
    }
}
