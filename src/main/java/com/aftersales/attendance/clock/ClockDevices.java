package com.aftersales.attendance.clock;

import com.aftersales.attendance.AttendanceRecordTypes;
import com.aftersales.attendance.PunchRecord;
import com.aftersales.jdbc.Jdbc;
import com.aftersales.problem.ApiError;
import com.aftersales.problem.Languages;
import com.aftersales.problem.ProblemException;
import com.aftersales.problem.Text;
import com.aftersales.record.BulkReader;
import com.aftersales.record.ImportSummary;
import com.aftersales.record.RecordImporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Clock machines and their punches: devices registered per branch, employees' PINs per device or per branch,
 * and the punches of a device's log stored as punch records. A punch's id is derived from device, PIN and time,
 * so a log sent twice stores each punch once. A punch whose PIN is mapped to nobody is kept as unmatched and
 * becomes a punch record of its employee when the PIN is mapped: nothing is lost, nothing is guessed.
 */
@ApplicationScoped
public class ClockDevices {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    /** A registered device. */
    public record Device(String serial, String branch, String name, String lastSeenAt) {
    }

    /** A PIN mapping: the employee a PIN on a device (or on every device of a branch) is. */
    public record Pin(String employeeId, String pin, String deviceSerial, String branch) {
    }

    /** A punch kept because its PIN is mapped to nobody. */
    public record Unmatched(String punchId, String deviceSerial, String branch, String pin, String at,
            String status, String verifyMode, String receivedAt) {
    }

    /** What a log did: punches read, stored for their employees (new ones), already stored, kept unmatched. */
    public record LogSummary(String deviceSerial, int punches, int stored, int alreadyStored, int unmatched) {
    }

    private final Jdbc jdbc;
    private final RecordImporter importer;

    public ClockDevices(Jdbc jdbc, RecordImporter importer) {
        this.jdbc = jdbc;
        this.importer = importer;
    }

    @Transactional
    public Device register(String serial, String branch, String name) {
        if (serial == null || !serial.matches("[A-Za-z0-9_-]{1,40}")) {
            throw ProblemException.badRequest(ApiError.of("serial", "clock.serial"));
        }
        if (branch == null || jdbc.first("select 1 from branch where branch_id = ?", rs -> 1, branch).isEmpty()) {
            throw ProblemException.badRequest(ApiError.of("/branch", "clock.unknownBranch", String.valueOf(branch)));
        }
        jdbc.update("insert into clock_device (serial, branch_id, name) values (?, ?, ?) on conflict (serial) do update "
                + "set branch_id = excluded.branch_id, name = excluded.name", serial, branch, name);
        return device(serial).orElseThrow();
    }

    public Optional<Device> device(String serial) {
        return jdbc.first("select serial, branch_id, name, last_seen_at::text from clock_device where serial = ?",
                rs -> new Device(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), serial);
    }

    public List<Device> devices(String branch) {
        return jdbc.list("select serial, branch_id, name, last_seen_at::text from clock_device "
                + "where (?::text is null or branch_id = ?) order by branch_id, serial",
                rs -> new Device(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), branch, branch);
    }

    /** The registered device of a serial number; an unregistered one is refused (403). */
    public Device registered(String serial) {
        Device d = serial == null ? null : device(serial).orElse(null);
        if (d == null) {
            throw ProblemException.of(403, "Forbidden", Text.of("clock.unregistered", String.valueOf(serial)), List.of());
        }
        return d;
    }

    @Transactional
    public void seen(String serial) {
        jdbc.update("update clock_device set last_seen_at = now() where serial = ?", serial);
    }

    /** Maps PINs (all or nothing), then assigns the unmatched punches they now name. */
    @Transactional
    public LogSummary mapPins(List<Pin> pins, Locale locale) {
        List<ApiError> errors = new ArrayList<>();
        for (int i = 0; i < pins.size(); i++) {
            Pin p = pins.get(i);
            String at = "/" + i;
            if (p.employeeId() == null || jdbc.first("select 1 from employee where employee_id = ?", rs -> 1,
                    p.employeeId()).isEmpty()) {
                errors.add(ApiError.of(at + "/employeeId", "clock.unknownEmployee", String.valueOf(p.employeeId())));
            }
            if (p.pin() == null || !p.pin().trim().matches("[A-Za-z0-9]{1,24}")) {
                errors.add(ApiError.of(at + "/pin", "clock.pin", String.valueOf(p.pin())));
            }
            if ((p.deviceSerial() == null) == (p.branch() == null)) {
                errors.add(ApiError.of(at, "clock.pinScope"));
            } else if (p.deviceSerial() != null && device(p.deviceSerial()).isEmpty()) {
                errors.add(ApiError.of(at + "/deviceSerial", "clock.unregistered", p.deviceSerial()));
            } else if (p.branch() != null && jdbc.first("select 1 from branch where branch_id = ?", rs -> 1,
                    p.branch()).isEmpty()) {
                errors.add(ApiError.of(at + "/branch", "clock.unknownBranch", p.branch()));
            }
        }
        if (pins.isEmpty()) {
            errors.add(ApiError.of("/", "input.noRecords"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(Text.of("clock.pinsInvalid", errors.size()), errors);
        }
        for (Pin p : pins) {
            if (p.deviceSerial() != null) {
                jdbc.update("insert into clock_pin (employee_id, pin, device_serial) values (?, ?, ?) "
                        + "on conflict (device_serial, pin) where device_serial is not null do update "
                        + "set employee_id = excluded.employee_id", p.employeeId(), p.pin().trim(), p.deviceSerial());
            } else {
                jdbc.update("insert into clock_pin (employee_id, pin, branch_id) values (?, ?, ?) "
                        + "on conflict (branch_id, pin) where branch_id is not null do update "
                        + "set employee_id = excluded.employee_id", p.employeeId(), p.pin().trim(), p.branch());
            }
        }
        return assignUnmatched(locale);
    }

    public List<Pin> pins(String branch) {
        return jdbc.list("select p.employee_id, p.pin, p.device_serial, p.branch_id from clock_pin p "
                + "left join clock_device d on d.serial = p.device_serial "
                + "where (?::text is null or coalesce(p.branch_id, d.branch_id) = ?) "
                + "order by coalesce(p.branch_id, d.branch_id), p.device_serial nulls first, p.pin",
                rs -> new Pin(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), branch, branch);
    }

    public List<Unmatched> unmatched(String branch) {
        return jdbc.list("select u.punch_id, u.device_serial, d.branch_id, u.pin, u.at, u.status, u.verify_mode, "
                + "u.received_at::text from unmatched_punch u join clock_device d on d.serial = u.device_serial "
                + "where (?::text is null or d.branch_id = ?) order by d.branch_id, u.device_serial, u.pin, u.at",
                rs -> new Unmatched(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toLocalDateTime().toString(), rs.getString(6), rs.getString(7),
                        rs.getString(8)), branch, branch);
    }

    /**
     * Stores a device's log: a punch whose PIN is mapped becomes a punch record of its employee (upsert by its
     * derived id, so a log sent again changes nothing), one whose PIN is not is kept unmatched. A line that cannot be
     * read refuses the whole log (400 by line), nothing being stored.
     */
    @Transactional
    public LogSummary store(Device device, byte[] log, Locale locale) {
        AttLog.Read read = AttLog.read(log);
        if (!read.errors().isEmpty()) {
            throw ProblemException.badRequest(Text.of("clock.logInvalid", read.errors().size()), read.errors());
        }
        Map<String, String> byPin = pinsOf(device);
        List<BulkReader.Row<PunchRecord>> rows = new ArrayList<>();
        int unmatched = 0;
        for (AttLog.Entry e : read.entries()) {
            String id = punchId(device.serial(), e.pin(), e.at());
            String employee = byPin.get(e.pin());
            if (employee == null) {
                unmatched += jdbc.update("insert into unmatched_punch (punch_id, device_serial, pin, at, status, verify_mode) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict (punch_id) do nothing", id, device.serial(), e.pin(),
                        Timestamp.valueOf(e.at()), e.status(), e.verifyMode());
            } else {
                rows.add(new BulkReader.Row<>(new PunchRecord(id, employee, e.at(), PunchRecord.Source.FINGERPRINT),
                        "line " + e.line(), null));
            }
        }
        ImportSummary s = save(rows, locale);
        return new LogSummary(device.serial(), read.entries().size(), s == null ? 0 : s.created() + s.updated(),
                s == null ? 0 : s.unchanged(), unmatched);
    }

    private ImportSummary save(List<BulkReader.Row<PunchRecord>> rows, Locale locale) {
        if (rows.isEmpty()) {
            return null;
        }
        Map<String, BulkReader.Row<PunchRecord>> byId = new java.util.LinkedHashMap<>();
        rows.forEach(r -> byId.putIfAbsent(r.value().id(), r)); // one punch twice in a log is one punch
        List<PunchRecord> valid = importer.validate(AttendanceRecordTypes.PUNCH,
                new BulkReader.Result<>(new ArrayList<>(byId.values()), List.of()), locale);
        return importer.store(AttendanceRecordTypes.PUNCH, valid);
    }

    /** Unmatched punches whose PIN is now mapped become punch records. */
    private LogSummary assignUnmatched(Locale locale) {
        List<Unmatched> all = unmatched(null);
        Map<String, Map<String, String>> pinsBySerial = new HashMap<>();
        List<BulkReader.Row<PunchRecord>> rows = new ArrayList<>();
        List<String> assigned = new ArrayList<>();
        for (Unmatched u : all) {
            Map<String, String> byPin = pinsBySerial.computeIfAbsent(u.deviceSerial(),
                    s -> pinsOf(device(s).orElseThrow()));
            String employee = byPin.get(u.pin());
            if (employee != null) {
                rows.add(new BulkReader.Row<>(new PunchRecord(u.punchId(), employee, LocalDateTime.parse(u.at()),
                        PunchRecord.Source.FINGERPRINT), "unmatched " + u.punchId(), null));
                assigned.add(u.punchId());
            }
        }
        ImportSummary s = save(rows, locale);
        for (String id : assigned) {
            jdbc.update("delete from unmatched_punch where punch_id = ?", id);
        }
        return new LogSummary(null, rows.size(), s == null ? 0 : s.created() + s.updated(),
                s == null ? 0 : s.unchanged(), all.size() - assigned.size());
    }

    /** PIN → employee on a device: the device's own mappings, else its branch's. */
    private Map<String, String> pinsOf(Device device) {
        Map<String, String> out = new HashMap<>();
        jdbc.list("select pin, employee_id from clock_pin where branch_id = ?", rs -> new String[] {rs.getString(1),
                rs.getString(2)}, device.branch()).forEach(p -> out.put(p[0], p[1]));
        jdbc.list("select pin, employee_id from clock_pin where device_serial = ?", rs -> new String[] {rs.getString(1),
                rs.getString(2)}, device.serial()).forEach(p -> out.put(p[0], p[1]));
        return out;
    }

    /** The id of a device's punch: device, PIN and time, so the same punch sent again is the same record. */
    static String punchId(String serial, String pin, LocalDateTime at) {
        String id = "clk:" + serial + ":" + pin + ":" + at.format(STAMP);
        return id.length() <= 64 ? id : "clk:" + DigestUtils.sha256Hex(id).substring(0, 40);
    }

    static Locale defaultLocale() {
        return Languages.defaultLocale();
    }
}
