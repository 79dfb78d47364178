package com.aftersales.facts.result;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The detail of a flag raised with a text of the message bundles ({@code messages/texts.properties}, English, and
 * {@code texts_zh_CN.properties}, Chinese), rendered in both languages when the rule raises it. The bundles are read
 * with {@link ResourceBundle} directly (the rule contract uses nothing of the service); the arguments are the
 * figures as the rule wrote them (money with its two decimals), so both languages show the same numbers.
 */
final class FlagText {

    private static final String BUNDLE = "messages.texts";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private FlagText() {
    }

    static String english(String key, Object... args) {
        return render(key, Locale.ROOT, args);
    }

    static String chinese(String key, Object... args) {
        return render(key, Locale.SIMPLIFIED_CHINESE, args);
    }

    private static String render(String key, Locale locale, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, FlagText.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("a flag's text " + key + " is not in the message bundles", e);
        }
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = args[i] == null ? "" : args[i].toString();
        }
        return new MessageFormat(pattern, locale).format(texts);
    }
}
