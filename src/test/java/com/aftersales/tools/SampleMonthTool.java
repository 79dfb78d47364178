package com.aftersales.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A developer's tool that wrote the sample company's November 2024 roster and clock punches
 * ({@code src/main/resources/sample/shifts.csv} and {@code punches.csv}), deterministically: every
 * employee has three rest days off the roster and punches within the shift, except for the cases the
 * sample shows (lateness, an early departure, an absence, a missing clock-out, a proxy sign-in). The
 * CSV files are the source of truth; rerun this only to change them.
 *
 * <pre>
 * java -cp "target/test-classes:$(cat target/cp.txt)" com.aftersales.tools.SampleMonthTool src/main/resources/sample
 * </pre>
 */
public final class SampleMonthTool {

    /** The sample employees in a fixed order; the position decides their rest days. */
    static final List<String> EMPLOYEES = List.of("WANG", "LIU", "ZHAO", "CHEN", "MA", "SUN", "ZHOU", "LI", "HE",
            "GAO", "WU", "XU");
    /** The staff of the 格力专卖店 of 西乡, who sign in on a sheet (§11.1) instead of the fingerprint machine. */
    static final Set<String> SIGN_IN = Set.of("SUN", "ZHOU");
    static final YearMonth MONTH = YearMonth.of(2024, 11);

    /** Punches that are not the usual ones: employee and day → clock-in and clock-out ("" for none). */
    static final Map<String, String[]> EXCEPTIONS = Map.of(
            "WANG 2024-11-04", new String[] {"08:34:20", "17:36:05"},
            "WANG 2024-11-12", new String[] {"08:47:02", "17:41:10"},
            "CHEN 2024-11-08", new String[] {"08:21:44", "17:18:30"},
            "LIU 2024-11-19", new String[] {"", ""},
            "HE 2024-11-21", new String[] {"08:26:51", ""},
            "MA 2024-11-26", new String[] {"09:05:13", "17:33:40"},
            "ZHAO 2024-11-07", new String[] {"", ""});

    private SampleMonthTool() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/sample");
        StringBuilder shifts = new StringBuilder("id,employeeId,date,start,end\n");
        StringBuilder punches = new StringBuilder("id,employeeId,at,source\n");
        for (int e = 0; e < EMPLOYEES.size(); e++) {
            String who = EMPLOYEES.get(e);
            for (int day = 1; day <= MONTH.lengthOfMonth(); day++) {
                LocalDate date = MONTH.atDay(day);
                if (restDay(e, day)) {
                    continue;
                }
                String key = date.toString().replace("-", "");
                shifts.append("S-").append(who).append('-').append(key).append(',').append(who).append(',')
                        .append(date).append(",08:30,17:30\n");
                String[] times = EXCEPTIONS.getOrDefault(who + " " + date, usual(e, day));
                String source = SIGN_IN.contains(who) ? "SIGN_IN" : "FINGERPRINT";
                punch(punches, who, key, "IN", date, times[0], source);
                punch(punches, who, key, "OUT", date, times[1], source);
            }
        }
        Files.writeString(dir.resolve("shifts.csv"), shifts, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("punches.csv"), punches, StandardCharsets.UTF_8);
    }

    /** Three rest days a month, on different days for different employees. */
    static boolean restDay(int employee, int day) {
        int first = 3 + employee % 7;
        return day == first || day == first + 10 || day == first + 20;
    }

    /** A clock-in between 08:15 and 08:30 and a clock-out between 17:30 and 17:49, with seconds. */
    private static String[] usual(int employee, int day) {
        int h = (employee * 31 + day * 17) % 97;
        LocalTime in = LocalTime.of(8, 15).plusMinutes(h % 16).plusSeconds((h * 7) % 60);
        LocalTime out = LocalTime.of(17, 30).plusMinutes(h % 20).plusSeconds((h * 11) % 60);
        return new String[] {in.toString(), out.toString()};
    }

    private static void punch(StringBuilder out, String who, String key, String kind, LocalDate date, String time,
            String source) {
        if (time.isEmpty()) {
            return;
        }
        String at = date + "T" + (time.length() == 5 ? time + ":00" : time);
        out.append("P-").append(who).append('-').append(key).append('-').append(kind).append(',').append(who)
                .append(',').append(at).append(',').append(source).append('\n');
    }
}
