package com.aftersales.scoring;

import com.aftersales.facts.input.Month;
import com.aftersales.policy.CompiledRuleBook;
import java.util.List;
import java.util.function.Function;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * The one way a session of a rule book is opened and fired: the {@code params} global, every parameter
 * as a fact, the window (when scoring a month), the facts, and a guard against rules that loop.
 */
public final class RuleSessions {

    /** A guard against rules that loop: no month needs anywhere near this many firings. */
    static final int MAX_FIRINGS = 200_000;

    private RuleSessions() {
    }

    /** Fires the facts in a fresh session and reads what {@code read} takes from it before it is disposed. */
    public static <T> T fire(CompiledRuleBook book, List<Object> facts, Month window, Function<KieSession, T> read) {
        KieSession session = book.kieBase().newKieSession();
        try {
            if (book.globals().contains("params")) {
                session.setGlobal("params", book.params());
            }
            book.parameters().forEach(session::insert);
            if (window != null) {
                session.insert(window);
            }
            facts.forEach(session::insert);
            int fired;
            try {
                fired = session.fireAllRules(MAX_FIRINGS);
            } catch (ConsequenceException e) {
                throw new RuleFailure("rule \"" + e.getMatch().getRule().getName() + "\" failed: "
                        + rootMessage(e), e);
            }
            if (fired >= MAX_FIRINGS) {
                throw new RuleFailure("rules fired " + fired + " times: a rule loops", null);
            }
            return read.apply(session);
        } finally {
            session.dispose();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /**
     * Fires the facts and collects the facts of one type the rules inserted: the first stage's decisions,
     * or the answers to a question (leave routing, entitlements).
     */
    public static <T> List<T> collect(CompiledRuleBook book, List<Object> facts, Month window, Class<T> type) {
        return fire(book, facts, window, s -> s.getObjects(type::isInstance).stream().map(type::cast).toList());
    }
}
