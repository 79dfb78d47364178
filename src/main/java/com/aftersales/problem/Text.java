package com.aftersales.problem;

import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.text.MessageFormat;

/**
 * A text a person reads, as a key of the message bundles ({@code messages/texts*.properties}) and its
 * arguments: rendered in the reader's language when it is written, so the texts live in the bundles, not in
 * code. An argument that is itself a {@link Text} (a label: a field, a kind, an enum value) is rendered in
 * the same language.
 */
public record Text(String key, Object... args) {

    public static final String BUNDLE = "messages.texts";

    public static Text of(String key, Object... args) {
        return new Text(key, args);
    }

    /** The text in {@code locale} (Chinese for any zh locale, else English). */
    public String in(Locale locale) {
        Locale l = Languages.bundleLocale(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, l, Languages.NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key + (args.length == 0 ? "" : " " + Arrays.toString(args));
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = args[i] instanceof Text t ? t.in(locale) : args[i] == null ? "" : args[i].toString();
        }
        return new MessageFormat(pattern, l).format(rendered);
    }

    /** The English text (logs, exception messages). */
    public String en() {
        return in(Locale.ENGLISH);
    }

    /** Whether the bundles hold {@code key}. */
    public static boolean exists(String key) {
        try {
            ResourceBundle.getBundle(BUNDLE, Locale.ROOT, Languages.NO_FALLBACK).getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return en();
    }
}
