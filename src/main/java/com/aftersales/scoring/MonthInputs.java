package com.aftersales.scoring;

import com.aftersales.calendar.WorkCalendar;
import com.aftersales.facts.input.PayFloor;
import com.aftersales.facts.input.PriorOccurrence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The raw material of some employee-months of one period, before assembly: the people, their daily
 * wages by month, their earlier occurrences, the calendar, and a pool of typed records (any kind, each
 * once) that holds at least every record those months need. A month run fetches it from the database
 * a batch of employees at a time; a test scenario builds it from its sheet; {@link MonthAssembly} turns
 * either into the same employee-months. {@code payFloors} are the monthly wages and branch minimum wages by
 * employee (an employee without a monthly wage has none).
 */
public record MonthInputs(YearMonth period, LocalDate asOf, WorkCalendar calendar, List<Person> people,
        Map<String, Map<YearMonth, BigDecimal>> wages, Map<String, List<PriorOccurrence>> history,
        List<Object> records, Map<String, PayFloor> payFloors) {

    public MonthInputs {
        people = List.copyOf(people);
        wages = Map.copyOf(wages);
        history = Map.copyOf(history);
        records = List.copyOf(records);
        payFloors = Map.copyOf(payFloors);
    }

    /** Inputs without pay floors (a test scenario gives no monthly wage). */
    public MonthInputs(YearMonth period, LocalDate asOf, WorkCalendar calendar, List<Person> people,
            Map<String, Map<YearMonth, BigDecimal>> wages, Map<String, List<PriorOccurrence>> history,
            List<Object> records) {
        this(period, asOf, calendar, people, wages, history, records, Map.of());
    }
}
