package com.aftersales.problem;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The labels of enum values and booleans in both languages, from the bundles ({@code enum.<Type>.<CODE>},
 * {@code boolean.true}): shown in Chinese texts instead of codes (事假, not PERSONAL; 否, not false), and
 * accepted on input beside the code (指纹 for FINGERPRINT, 直接上级 for DIRECT_SUPERIOR).
 */
public final class Labels {

    private static final Map<Class<?>, Map<String, String>> CODES = new ConcurrentHashMap<>();

    private Labels() {
    }

    /** The bundle name of an enum type: its simple name, with its enclosing class ("PunchRecord.Source"). */
    public static String typeName(Class<?> type) {
        String name = type.getName();
        return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
    }

    /** The label of an enum value in {@code locale}, the code when the bundles have none. */
    public static String of(Enum<?> value, Locale locale) {
        if (value == null) {
            return "";
        }
        String key = "enum." + typeName(value.getDeclaringClass()) + "." + value.name();
        return Text.exists(key) ? Text.of(key).in(locale) : value.name();
    }

    /** The label text of an enum value, for a {@link Text} argument rendered in the reader's language. */
    public static Text text(Enum<?> value) {
        return Text.of("enum." + typeName(value.getDeclaringClass()) + "." + value.name());
    }

    /** 是/否, yes/no. */
    public static String of(boolean value, Locale locale) {
        return Text.of("boolean." + value).in(locale);
    }

    /**
     * The code a text names for {@code type}: the code itself (any case), or its Chinese or English label;
     * null if it names none.
     */
    public static <E extends Enum<E>> String code(Class<?> type, String text) {
        if (text == null || !type.isEnum()) {
            return null;
        }
        return CODES.computeIfAbsent(type, Labels::codes).get(normal(text));
    }

    /** An enum value by code or label, null if the text names none. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        String code = code(type, text);
        return code == null ? null : (E) Enum.valueOf((Class) type, code);
    }

    private static Map<String, String> codes(Class<?> type) {
        Map<String, String> out = new HashMap<>();
        for (Object o : type.getEnumConstants()) {
            Enum<?> e = (Enum<?>) o;
            out.put(normal(e.name()), e.name());
            String key = "enum." + typeName(type) + "." + e.name();
            if (Text.exists(key)) {
                out.putIfAbsent(normal(Text.of(key).in(Languages.CHINESE)), e.name());
                out.putIfAbsent(normal(Text.of(key).in(Languages.ENGLISH)), e.name());
            }
        }
        return out;
    }

    private static volatile Map<String, String> byCode;

    /**
     * A value as a Chinese or English text shows it: true/false as 是/否 (yes/no), an enum code (PERSONAL,
     * OTHER_COUNTY) as its label, "8 h" as "8 小时"; codes inside a longer value ("PERSONAL 8 h; SICK 4 h") too.
     */
    public static String value(String value, Locale locale) {
        if (value == null) {
            return "";
        }
        if ("true".equals(value) || "false".equals(value)) {
            return of(Boolean.parseBoolean(value), locale);
        }
        Map<String, String> codes = byCode;
        if (codes == null) {
            codes = new HashMap<>();
            java.util.ResourceBundle b = java.util.ResourceBundle.getBundle(Text.BUNDLE, Locale.ROOT, Languages.NO_FALLBACK);
            for (String key : java.util.Collections.list(b.getKeys())) {
                if (key.startsWith("enum.")) {
                    codes.putIfAbsent(key.substring(key.lastIndexOf('.') + 1), key);
                }
            }
            byCode = codes;
        }
        Map<String, String> known = codes;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![-A-Za-z0-9_.:])[A-Z][A-Z0-9]*(_[A-Z0-9]+)*(?![-A-Za-z0-9_.:])|(\\d+(\\.\\d+)?) h\\b")
                .matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(2) != null) {
                replacement = Text.of("unit.hours", m.group(2)).in(locale);
            } else {
                String key = known.get(m.group());
                replacement = key == null || m.group().length() < 2 ? m.group() : Text.of(key).in(locale);
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return Languages.chinese(locale) ? out.toString().replace(" /day", "/天").replace(" /h", "/小时")
                .replace("× daily average wage", "× 日均工资") : out.toString();
    }

    private static String normal(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }
}
