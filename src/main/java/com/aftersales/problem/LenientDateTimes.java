package com.aftersales.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Dates and date-times in the forms clocks, Excel and WPS write, beside ISO 8601: {@code 2024-12-02 17:35:02},
 * {@code 2024-12-02 17:35}, {@code 2024/12/2 17:35}, {@code 2024-12-02T17:35}; a date-time with an offset
 * ({@code 2024-12-02T09:35:02Z}) is converted to the company's time zone ({@code app.time-zone}). Dates:
 * {@code 2024-12-02}, {@code 2024/12/2}. Strict: 2024-02-30 is refused.
 */
public final class LenientDateTimes extends SimpleModule {

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss[.SSSSSSSSS][.SSSSSS][.SSS]]"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss[.SSSSSSSSS][.SSSSSS][.SSS]]"),
            DateTimeFormatter.ofPattern("uuuu-M-d H:mm[:ss]"),
            DateTimeFormatter.ofPattern("uuuu/M/d H:mm[:ss]"))
            .stream().map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd"), DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"))
            .stream().map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();

    public LenientDateTimes() {
        super("lenient-date-times");
        addDeserializer(LocalDateTime.class, new StdDeserializer<>(LocalDateTime.class) {
            @Override
            public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) { // the array form [2024, 12, 2, 17, 35] and others
                    return com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer.INSTANCE
                            .deserialize(p, ctxt);
                }
                String text = string(p, ctxt, LocalDateTime.class);
                return dateTime(text).orElseThrow(() -> new TextMappingException(p,
                        Text.of("input.dateTime", text)));
            }
        });
        addDeserializer(LocalDate.class, new StdDeserializer<>(LocalDate.class) {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) { // the array form [2024, 12, 2] and others
                    return com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
                }
                String text = string(p, ctxt, LocalDate.class);
                return date(text).orElseThrow(() -> new TextMappingException(p, Text.of("input.date", text)));
            }
        });
    }

    private static String string(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new TextMappingException(p, Text.of(type == LocalDate.class ? "input.date" : "input.dateTime",
                    p.getText()));
        }
        return p.getText().trim();
    }

    /** A date-time in one of the accepted forms. */
    public static Optional<LocalDateTime> dateTime(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(t, f));
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(t).atZoneSameInstant(zone()).toLocalDateTime());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A date in one of the accepted forms. */
    public static Optional<LocalDate> date(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(text.trim(), f));
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return Optional.empty();
    }

    private static ZoneId zone() {
        try {
            return ZoneId.of(ConfigProvider.getConfig().getOptionalValue("app.time-zone", String.class)
                    .orElse("Asia/Shanghai"));
        } catch (IllegalStateException e) {
            return ZoneId.of("Asia/Shanghai");
        }
    }
}
