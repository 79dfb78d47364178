package com.aftersales.problem;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The two languages of the service, Chinese (zh-CN) and English, and which one a request is answered in:
 * the first of its {@code Accept-Language} ranges that is Chinese or English, else the configured default
 * ({@code app.default-locale}, zh-CN for this company; English in the test profile).
 */
public final class Languages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    /** Bundles are looked up for the locale asked and the base bundle, never the JVM's default locale. */
    static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Locale configured;

    private Languages() {
    }

    /** The default language: {@code app.default-locale} (zh-CN when not set). */
    public static Locale defaultLocale() {
        Locale l = configured;
        if (l == null) {
            String tag;
            try {
                tag = ConfigProvider.getConfig().getOptionalValue("app.default-locale", String.class).orElse("zh-CN");
            } catch (IllegalStateException e) {
                tag = "zh-CN";
            }
            l = supported(Locale.forLanguageTag(tag));
            configured = l;
        }
        return l;
    }

    /** The language of a request by its {@code Accept-Language} header (null or unusable: the default). */
    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return defaultLocale();
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("zh")) {
                    return CHINESE;
                }
                if (tag.startsWith("en")) {
                    return ENGLISH;
                }
            }
        } catch (IllegalArgumentException e) {
            return defaultLocale();
        }
        return defaultLocale();
    }

    /** The language by a {@code lang} query parameter (zh, en), else by {@code Accept-Language}. */
    public static Locale of(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return of(lang);
        }
        return of(acceptLanguage);
    }

    public static boolean chinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    static Locale supported(Locale l) {
        return chinese(l) ? CHINESE : ENGLISH;
    }

    /** The bundle locale of a language: the base bundle is English, {@code _zh_CN} Chinese. */
    static Locale bundleLocale(Locale l) {
        return chinese(l) ? CHINESE : Locale.ROOT;
    }

    public static List<Locale> both() {
        return List.of(CHINESE, ENGLISH);
    }
}
