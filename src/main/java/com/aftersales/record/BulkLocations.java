package com.aftersales.record;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders error locations by row number first ("/2" before "/10", "row 3" before "row 12"). */
final class BulkLocations {

    private static final Pattern ROW = Pattern.compile("^(?:/|row )(\\d+)");

    static final Comparator<String> ORDER = Comparator.comparingLong(BulkLocations::row)
            .thenComparing(Comparator.naturalOrder());

    private BulkLocations() {
    }

    private static long row(String location) {
        Matcher m = ROW.matcher(location);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
