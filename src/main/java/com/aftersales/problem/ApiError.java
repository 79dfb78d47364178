package com.aftersales.problem;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Locale;

/**
 * One located problem of a request: where (JSON pointer, CSV row and column, cell, rule line) and what.
 * {@code message} is the English text; an error built from a {@link Text} is written in the reader's
 * language by the problem writer ({@link #message(Locale)}).
 */
public record ApiError(String location, String message, @JsonIgnore Text text) {

    public ApiError(String location, String message) {
        this(location, message, null);
    }

    /** An error whose message is the bundle text {@code key} with {@code args}. */
    public static ApiError of(String location, String key, Object... args) {
        Text t = Text.of(key, args);
        return new ApiError(location, t.en(), t);
    }

    public static ApiError of(String location, Text text) {
        return new ApiError(location, text.en(), text);
    }

    /**
     * The Chinese message, written beside {@code message} where an error is stored as JSON (a revision's report),
     * so that a stored report can be shown in either language ({@code null}, left out, when it has no bundle text).
     */
    @com.fasterxml.jackson.annotation.JsonProperty("zh")
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public String zh() {
        return text == null ? null : text.in(Languages.CHINESE);
    }

    /** The message in {@code locale}. */
    public String message(Locale locale) {
        return text == null ? message : text.in(locale);
    }

    /** The same problem at another location. */
    public ApiError at(String otherLocation) {
        return new ApiError(otherLocation, message, text);
    }
}
