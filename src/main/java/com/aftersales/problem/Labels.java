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

    private static String normal(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }
}
