package com.aftersales.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The official holidays and make-up working days shipped as data ({@code calendar/national-holidays.csv}),
 * giving each year's default calendar; the 元旦, 劳动节 and 国庆 periods are the default blackout.
 */
public final class NationalHolidays {

    private static final Map<Integer, CalendarYear> DEFAULTS = load();

    private NationalHolidays() {
    }

    /** The shipped default calendar of {@code year} (empty for a year with no published data). */
    public static CalendarYear of(int year) {
        return DEFAULTS.getOrDefault(year, CalendarYear.empty(year));
    }

    private static Map<Integer, CalendarYear> load() {
        Map<Integer, List<CSVRecord>> byYear = new TreeMap<>();
        try (InputStream in = NationalHolidays.class.getResourceAsStream("/calendar/national-holidays.csv");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader()
                    .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
            for (CSVRecord r : format.parse(reader)) {
                byYear.computeIfAbsent(LocalDate.parse(r.get("from")).getYear(), y -> new ArrayList<>()).add(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Integer, CalendarYear> out = new TreeMap<>();
        byYear.forEach((year, rows) -> {
            List<LocalDate> holidays = new ArrayList<>();
            List<LocalDate> makeUp = new ArrayList<>();
            List<DateRange> blackout = new ArrayList<>();
            for (CSVRecord r : rows) {
                LocalDate from = LocalDate.parse(r.get("from"));
                LocalDate to = LocalDate.parse(r.get("to"));
                from.datesUntil(to.plusDays(1)).forEach(holidays::add);
                Arrays.stream(r.get("makeUpWorkdays").split("\\|")).filter(s -> !s.isBlank())
                        .map(LocalDate::parse).forEach(makeUp::add);
                if (Boolean.parseBoolean(r.get("blackout"))) {
                    blackout.add(new DateRange(from, to, r.get("name")));
                }
            }
            out.put(year, new CalendarYear(year, holidays, makeUp, List.of(), blackout));
        });
        return out;
    }
}
