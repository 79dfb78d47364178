package com.aftersales.attendance.clock;

import com.aftersales.problem.ApiError;
import com.aftersales.problem.LenientDateTimes;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The attendance log of a ZKTeco clock, as its USB export {@code attlog.dat} and its iClock push
 * ({@code table=ATTLOG}) write it, one punch a line, tab-separated: PIN (right-aligned with spaces in the USB
 * export), {@code yyyy-MM-dd HH:mm:ss}, status (0 in, 1 out, ...), verify mode (1 fingerprint, 15 face, 4 card, 0
 * password), work code, reserved. Other brands copy the layout.
 */
final class AttLog {

    /** One punch of the log, and the line it is on. */
    record Entry(int line, String pin, LocalDateTime at, String status, String verifyMode) {
    }

    /** The entries read and the lines that cannot be read. */
    record Read(List<Entry> entries, List<ApiError> errors) {
    }

    private AttLog() {
    }

    static Read read(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<Entry> entries = new ArrayList<>();
        List<ApiError> errors = new ArrayList<>();
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String at = "line " + (i + 1);
            String[] f = line.split("\t", -1);
            if (f.length < 2) {
                errors.add(ApiError.of(at, "clock.line", line.strip()));
                continue;
            }
            String pin = f[0].trim();
            if (!pin.matches("[A-Za-z0-9]{1,24}")) {
                errors.add(ApiError.of(at, "clock.pin", pin));
                continue;
            }
            LocalDateTime time = LenientDateTimes.dateTime(f[1].trim()).orElse(null);
            if (time == null) {
                errors.add(ApiError.of(at, "input.dateTime", f[1].trim()));
                continue;
            }
            entries.add(new Entry(i + 1, pin, time, f.length > 2 ? f[2].trim() : null, f.length > 3 ? f[3].trim() : null));
        }
        return new Read(entries, errors);
    }
}
