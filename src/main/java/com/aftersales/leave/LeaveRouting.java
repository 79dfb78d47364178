package com.aftersales.leave;

import com.aftersales.calendar.CalendarService;
import com.aftersales.calendar.DateRange;
import com.aftersales.calendar.WorkCalendar;
import com.aftersales.facts.functions.Money;
import com.aftersales.facts.input.RoutingQuestion;
import com.aftersales.facts.result.RoutingStep;
import com.aftersales.policy.CompiledRuleBook;
import com.aftersales.policy.RevisionRef;
import com.aftersales.problem.ApiError;
import com.aftersales.problem.PathParams;
import com.aftersales.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Answers who must review, approve and file a leave request of a given length and type, from the
 * Approval, Filing and RestBlock tables of the revision in force, and whether a rest request falls in
 * a blackout period of the calendar (LEAVE-REST-BLACKOUT).
 */
@ApplicationScoped
public class LeaveRouting {

    private static final BigDecimal MAX_DAYS = BigDecimal.valueOf(1000);

    private final LeaveQuestions questions;
    private final CalendarService calendars;

    public LeaveRouting(LeaveQuestions questions, CalendarService calendars) {
        this.questions = questions;
        this.calendars = calendars;
    }

    /** The question of the query parameters, checked; {@code start}/{@code end} may stand for {@code days}. */
    public record Query(LeaveType type, BigDecimal days, BigDecimal restBlockDays, LocalDate start, LocalDate end,
            LocalDate asOf) {
    }

    public LeaveViews.Routing route(Query q) {
        CompiledRuleBook book = questions.bookOn(q.asOf());
        BigDecimal block = q.type() == LeaveType.REST ? (q.restBlockDays() == null ? q.days() : q.restBlockDays())
                : BigDecimal.ZERO;
        List<RoutingStep> steps = new ArrayList<>(questions.ask(book, q.asOf(),
                List.of(RoutingQuestion.of(q.type().name(), q.days(), block)), RoutingStep.class));
        steps.sort(Comparator.comparing(RoutingStep::getStage).thenComparing(RoutingStep::getRuleId)
                .thenComparing(s -> String.join("|", s.getRoles())));
        String tier = tier(steps);
        RevisionRef rev = book.revisionOf("attendance").orElse(null);
        return new LeaveViews.Routing(q.type().name(), Money.number(q.days()), Money.number(block), q.asOf().toString(),
                tier, steps.stream().map(LeaveRouting::view).toList(), blackout(q), "attendance",
                rev == null ? null : rev.revision());
    }

    /**
     * The approval tier a request falls in: the rule of its review step (only the Approval table reviews),
     * else of its first approval step; no rule id is spelt out here, the tables name them.
     */
    static String tier(List<RoutingStep> sorted) {
        return sorted.stream().filter(s -> s.getStage() == RoutingStep.Stage.REVIEW).findFirst()
                .or(() -> sorted.stream().filter(s -> s.getStage() == RoutingStep.Stage.APPROVE).findFirst())
                .map(RoutingStep::getRuleId).orElse(null);
    }

    /** Checks and completes the query: 400 with every bad parameter. */
    public static Query query(String type, String days, String restBlockDays, String start, String end, String asOf) {
        List<ApiError> errors = new ArrayList<>();
        LeaveType t = null;
        try {
            t = LeaveType.valueOf(type == null ? "" : type.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(ApiError.of("type", "routing.type", type, String.join(", ", java.util.Arrays.stream(LeaveType.values()).map(Enum::name).toList()), String.join("、", java.util.Arrays.stream(LeaveType.values()).map(v -> com.aftersales.problem.Labels.of(v, com.aftersales.problem.Languages.CHINESE)).toList())));
        }
        LocalDate from = start == null || start.isBlank() ? null : PathParams.date("start", start);
        LocalDate to = end == null || end.isBlank() ? from : PathParams.date("end", end);
        if (from != null && to.isBefore(from)) {
            errors.add(ApiError.of("end", "routing.backwards", to, from));
        }
        BigDecimal d = days == null || days.isBlank() ? null : decimal("days", days, errors);
        if (d == null && from != null && !to.isBefore(from)) {
            d = BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to) + 1);
        } else if (d == null && errors.stream().noneMatch(e -> e.location().equals("days"))) {
            errors.add(ApiError.of("days", "routing.days"));
        }
        BigDecimal block = restBlockDays == null || restBlockDays.isBlank() ? null
                : decimal("restBlockDays", restBlockDays, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(com.aftersales.problem.Text.of("routing.invalid"), errors);
        }
        LocalDate on = asOf == null || asOf.isBlank() ? (from == null ? LocalDate.now() : from) : PathParams.date("date", asOf);
        return new Query(t, d, block, from, to, on);
    }

    private static BigDecimal decimal(String name, String text, List<ApiError> errors) {
        try {
            BigDecimal v = new BigDecimal(text.trim());
            if (v.signum() <= 0 || v.compareTo(MAX_DAYS) > 0 || v.stripTrailingZeros().scale() > 2) {
                errors.add(ApiError.of(name, "routing.range", name, text));
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            errors.add(ApiError.of(name, "routing.number", name, text));
            return null;
        }
    }

    private LeaveViews.Rejection blackout(Query q) {
        if (q.type() != LeaveType.REST || q.start() == null) {
            return null;
        }
        WorkCalendar calendar = calendars.between(q.start(), q.end());
        List<String> dates = new ArrayList<>();
        String name = null;
        for (LocalDate d = q.start(); !d.isAfter(q.end()); d = d.plusDays(1)) {
            Optional<DateRange> b = calendar.blackoutOn(d);
            if (b.isPresent()) {
                dates.add(d.toString());
                name = name == null ? b.get().name() : name;
            }
        }
        return dates.isEmpty() ? null : new LeaveViews.Rejection("LEAVE-REST-BLACKOUT",
                "rest days may not be scheduled in " + name + " (五一、国庆、元旦及公司大型活动期间不得安排休假)", dates);
    }

    private static LeaveViews.Step view(RoutingStep s) {
        List<String> zh = s.getRoles().stream().map(r -> ApprovalRole.known(r) ? ApprovalRole.valueOf(r).zh() : r)
                .toList();
        return new LeaveViews.Step(s.getRuleId(), s.getStage().name(), s.getRoles(), zh, s.getNote());
    }
}
