package com.aftersales.calendar;

import com.aftersales.audit.AuditTrail;
import com.aftersales.problem.ApiError;
import com.aftersales.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reads and sets each year's calendar; a year HR never set is the shipped national default. Each read asks the
 * database whether the year was set or changed (another instance of the service may have changed it), and
 * parses a stored year only when it changed.
 */
@ApplicationScoped
public class CalendarService {

    private final ObjectMapper json;
    /** Stored years as parsed, with the time they were stored. */
    private final Map<Integer, Parsed> cache = new ConcurrentHashMap<>();

    private record Parsed(OffsetDateTime updatedAt, CalendarYear year) {
    }

    private final AuditTrail audit;

    public CalendarService(ObjectMapper json, AuditTrail audit) {
        this.json = json;
        this.audit = audit;
    }

    @Transactional
    public CalendarYear year(int year) {
        CalendarYearEntity stored = CalendarYearEntity.findById(year);
        if (stored == null) {
            return NationalHolidays.of(year);
        }
        Parsed known = cache.get(year);
        if (known != null && known.updatedAt().equals(stored.updatedAt)) {
            return known.year();
        }
        CalendarYear parsed = parse(stored.document).withYear(year);
        cache.put(year, new Parsed(stored.updatedAt, parsed));
        return parsed;
    }

    /** The calendar covering {@code from}..{@code to}, plus the year after for working-day deadlines. */
    @Transactional
    public WorkCalendar between(LocalDate from, LocalDate to) {
        Map<Integer, CalendarYear> years = new HashMap<>();
        for (int y = from.getYear() - 1; y <= to.getYear() + 1; y++) {
            years.put(y, year(y));
        }
        return new WorkCalendar(years);
    }

    /** Forgets cached years, e.g. after the table was changed outside this service. */
    public void invalidate() {
        cache.clear();
    }

    @Transactional
    public CalendarYear put(int year, CalendarYear body) {
        List<ApiError> errors = new ArrayList<>();
        checkYear("/holidays", body.holidays(), Function.identity(), year, errors);
        checkYear("/makeUpWorkdays", body.makeUpWorkdays(), Function.identity(), year, errors);
        checkRanges("/peakSeason", body.peakSeason(), errors);
        checkRanges("/blackout", body.blackout(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(com.aftersales.problem.Text.of("calendar.invalid", year), errors);
        }
        CalendarYear value = body.withYear(year);
        CalendarYearEntity e = CalendarYearEntity.findById(year);
        String before = e == null ? null : AuditTrail.sha256(e.document);
        if (e == null) {
            e = new CalendarYearEntity();
            e.year = year;
        }
        e.document = write(value);
        String after = AuditTrail.sha256(e.document);
        if (!after.equals(before)) {
            audit.record(AuditTrail.Change.of(before == null ? "CREATED" : "UPDATED", "calendar", String.valueOf(year),
                    before, after));
        }
        e.updatedAt = OffsetDateTime.now();
        e.persist();
        cache.remove(year);
        return value;
    }

    private static <T> void checkYear(String pointer, List<T> dates, Function<T, LocalDate> date, int year,
            List<ApiError> errors) {
        for (int i = 0; i < dates.size(); i++) {
            if (date.apply(dates.get(i)).getYear() != year) {
                errors.add(ApiError.of(pointer + "/" + i, "calendar.otherYear", dates.get(i), year));
            }
        }
    }

    private static void checkRanges(String pointer, List<DateRange> ranges, List<ApiError> errors) {
        for (int i = 0; i < ranges.size(); i++) {
            DateRange r = ranges.get(i);
            if (r.from() == null || r.to() == null) {
                errors.add(ApiError.of(pointer + "/" + i, "calendar.range"));
            } else if (r.to().isBefore(r.from())) {
                errors.add(ApiError.of(pointer + "/" + i + "/to", "calendar.backwards"));
            }
        }
    }

    private CalendarYear parse(String document) {
        try {
            return json.readValue(document, CalendarYear.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored calendar cannot be read", e);
        }
    }

    private String write(CalendarYear y) {
        try {
            return json.writeValueAsString(y);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
