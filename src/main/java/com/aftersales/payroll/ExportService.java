package com.aftersales.payroll;

import com.aftersales.facts.input.AttendanceDay;
import com.aftersales.facts.input.LeaveRequest;
import com.aftersales.payroll.StatementViews.LineView;
import com.aftersales.payroll.StatementViews.Statement;
import com.aftersales.payroll.StatementViews.Summary;
import com.aftersales.period.Periods;
import com.aftersales.policy.RuleBooks;
import com.aftersales.problem.ApiError;
import com.aftersales.problem.Languages;
import com.aftersales.problem.ProblemException;
import com.aftersales.problem.Text;
import com.aftersales.scoring.EmployeeMonth;
import com.aftersales.scoring.FactDeriver;
import com.aftersales.scoring.Person;
import com.aftersales.scoring.Scoring;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The payroll export of a period ({@code GET /api/periods/{period}/export}): one row per employee and statement line
 * (adjustment lines included), so the totals equal the statements'; CSV in UTF-8 with a BOM (Excel and WPS read the
 * Chinese headers), or XLSX with the same rows on the first sheet, the totals per employee on the second and the
 * attendance monthly report (考勤月报) on the third. A period that is not closed is a draft: every row says 草稿/draft.
 */
@ApplicationScoped
public class ExportService {

    public static final List<String> FORMATS = List.of("csv", "xlsx");
    public static final List<String> LANGS = List.of("zh", "en");

    private final StatementService statements;
    private final Periods periods;
    private final Scoring scoring;
    private final RuleBooks ruleBooks;
    private final List<FactDeriver> derivers;

    public ExportService(StatementService statements, Periods periods, Scoring scoring, RuleBooks ruleBooks,
            @All List<FactDeriver> derivers) {
        this.statements = statements;
        this.periods = periods;
        this.scoring = scoring;
        this.ruleBooks = ruleBooks;
        this.derivers = derivers;
    }

    /** A file to send: its bytes, media type and name. */
    public record File(byte[] bytes, String mediaType, String name) {
    }

    /** Checks the query: an unknown format or language is a 400 naming the parameter. */
    public static void check(String format, String lang) {
        List<ApiError> errors = new ArrayList<>();
        if (!FORMATS.contains(format)) {
            errors.add(ApiError.of("format", "refusal.exportFormat", format, FORMATS));
        }
        if (!LANGS.contains(lang)) {
            errors.add(ApiError.of("lang", "refusal.exportLang", lang, LANGS));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(Text.of("refusal.export"), errors);
        }
    }

    public File export(YearMonth period, String format, String lang) {
        check(format, lang);
        boolean en = "en".equals(lang);
        Data d = data(period, en);
        String base = "payroll-" + period + (d.draft ? "-draft" : "");
        if ("csv".equals(format)) {
            return new File(csv(d.header, d.rows), "text/csv; charset=UTF-8", base + ".csv");
        }
        return new File(xlsx(d, en), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", base + ".xlsx");
    }

    /** The 考勤月报 of a period as a page shows it: whether it is a draft, the header and a row per employee. */
    public record AttendanceReport(boolean draft, List<String> header, List<List<Object>> rows) {
    }

    /**
     * The 考勤月报 of the employees with a statement of the month whom {@code shown} admits (a supervisor's branches),
     * the same rows as the export's third sheet.
     */
    public AttendanceReport attendanceReport(YearMonth period, boolean en, java.util.function.Predicate<Summary> shown) {
        boolean draft = !periods.isClosed(period);
        String status = status(draft, en);
        List<Summary> list = statements.list(period, null).stream().filter(shown).toList();
        Map<String, List<LineView>> linesOf = new LinkedHashMap<>();
        for (Summary s : list) {
            linesOf.put(s.employeeId(), statements.get(period, s.employeeId(), en).lines());
        }
        List<String> header = new ArrayList<>();
        List<List<Object>> rows = attendance(period, list, linesOf, en, header, status);
        return new AttendanceReport(draft, header, rows);
    }

    private record Data(boolean draft, List<String> header, List<List<Object>> rows, List<String> totalsHeader,
            List<List<Object>> totals, List<String> reportHeader, List<List<Object>> report) {
    }

    private Data data(YearMonth period, boolean en) {
        boolean draft = !periods.isClosed(period);
        String status = status(draft, en);
        List<String> header = en
                ? List.of("status", "period", "employeeId", "name", "branch", "lineId", "ruleId", "direction",
                        "component", "amount", "signedAmount", "date", "policy", "revision", "adjustment", "summary")
                : List.of("状态", "月份", "工号", "姓名", "网点", "明细编号", "规则", "方向", "类别", "金额", "计入金额", "日期",
                        "制度", "修订版", "调整", "说明");
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> totals = new ArrayList<>();
        List<Summary> list = statements.list(period, null);
        Map<String, List<LineView>> linesOf = new LinkedHashMap<>();
        for (Summary s : list) {
            Statement st = statements.get(period, s.employeeId(), en);
            linesOf.put(s.employeeId(), st.lines());
            for (LineView l : st.lines()) {
                BigDecimal amount = new BigDecimal(l.amount());
                BigDecimal signed = "DEDUCT".equals(l.direction()) ? amount.negate() : amount;
                rows.add(List.of(status, period.toString(), s.employeeId(), s.name(), s.branch(), l.lineId(),
                        l.ruleId(), direction(l.direction(), en), component(l.component(), en), amount, signed,
                        l.date(), l.policy(), l.revision(), l.adjustment() == null ? (en ? "no" : "否")
                                : (en ? "yes" : "是"), l.summary()));
            }
            totals.add(List.of(status, period.toString(), s.employeeId(), s.name(), s.branch(),
                    new BigDecimal(st.deduct()), new BigDecimal(st.pay()), new BigDecimal(st.net()), st.lines().size()));
        }
        List<String> totalsHeader = en ? List.of("status", "period", "employeeId", "name", "branch", "deduct", "pay", "net",
                "lines") : List.of("状态", "月份", "工号", "姓名", "网点", "扣款合计", "发放合计", "净额", "明细条数");
        List<String> reportHeader = new ArrayList<>();
        List<List<Object>> report = attendance(period, list, linesOf, en, reportHeader, status);
        return new Data(draft, header, rows, totalsHeader, totals, reportHeader, report);
    }

    /**
     * 考勤月报: per employee the scheduled and worked days (from the attendance days Java derives from roster and
     * punches), lateness and early-leave counts by tier and absence days (from the statement's lines, whose rule ids
     * are the tiers), leave hours by type (approved leave of the month) and overtime days (ATT-OVERTIME).
     */
    private List<List<Object>> attendance(YearMonth period, List<Summary> list, Map<String, List<LineView>> linesOf,
            boolean en, List<String> header, String status) {
        TreeSet<String> tiers = new TreeSet<>();
        linesOf.values().forEach(ls -> ls.stream().map(LineView::ruleId)
                .filter(r -> r.startsWith("ATT-LATE-") || r.startsWith("ATT-EARLY-")).forEach(tiers::add));
        Map<String, int[]> days = new TreeMap<>();
        Map<String, Map<String, BigDecimal>> leave = new TreeMap<>();
        TreeSet<String> leaveTypes = new TreeSet<>();
        if (!list.isEmpty()) {
            List<Person> people = scoring.peopleAmong(period, list.stream().map(Summary::employeeId).toList());
            List<EmployeeMonth> months = scoring.load(period, people, LocalDate.now(),
                    ruleBooks.windows(ruleBooks.plan(period)));
            for (EmployeeMonth m : months) {
                int[] c = new int[2];
                Map<String, BigDecimal> hours = new TreeMap<>();
                List<Object> facts = new ArrayList<>();
                derivers.forEach(dv -> dv.derive(m, facts::add));
                for (Object f : facts) {
                    if (f instanceof AttendanceDay a && a.isInPeriod()) {
                        if (a.getOff() == AttendanceDay.Off.NONE || a.getOff() == AttendanceDay.Off.PAID_LEAVE) {
                            c[0]++;
                        }
                        if (a.getOff() == AttendanceDay.Off.NONE && a.getClockIn() != null) {
                            c[1]++;
                        }
                    } else if (f instanceof LeaveRequest l && "APPROVED".equals(l.getStatus()) && l.isInPeriod()) {
                        hours.merge(String.valueOf(l.getType()), l.getHoursInPeriod(), BigDecimal::add);
                        leaveTypes.add(String.valueOf(l.getType()));
                    }
                }
                days.put(m.employeeId(), c);
                leave.put(m.employeeId(), hours);
            }
        }
        header.addAll(en ? List.of("status", "period", "employeeId", "name", "branch", "scheduledDays", "daysWorked")
                : List.of("状态", "月份", "工号", "姓名", "网点", "应出勤天数", "实际出勤天数"));
        tiers.forEach(t -> header.add((en ? "count " : "次数 ") + t));
        header.add(en ? "absenceDays" : "旷工天数");
        leaveTypes.forEach(t -> header.add((en ? "leave hours " : "请假小时 ")
                + com.aftersales.problem.Labels.value(t, en ? Languages.ENGLISH : Languages.CHINESE)));
        header.add(en ? "overtimeDays" : "加班天数");
        List<List<Object>> out = new ArrayList<>();
        for (Summary s : list) {
            List<LineView> ls = linesOf.get(s.employeeId()).stream().filter(l -> l.adjustment() == null).toList();
            int[] c = days.getOrDefault(s.employeeId(), new int[2]);
            List<Object> row = new ArrayList<>(List.of(status, period.toString(), s.employeeId(), s.name(), s.branch(),
                    c[0], c[1]));
            for (String t : tiers) {
                row.add(ls.stream().filter(l -> l.ruleId().equals(t)).count());
            }
            row.add(ls.stream().filter(l -> l.ruleId().startsWith("ATT-ABSENT") && !l.ruleId().equals("ATT-ABSENT-REPEAT"))
                    .map(LineView::date).distinct().count());
            Map<String, BigDecimal> hours = leave.getOrDefault(s.employeeId(), Map.of());
            leaveTypes.forEach(t -> row.add(hours.getOrDefault(t, BigDecimal.ZERO)));
            row.add(ls.stream().filter(l -> l.ruleId().equals("ATT-OVERTIME")).map(LineView::date).distinct().count());
            out.add(row);
        }
        return out;
    }

    /** What every row says of the period: 草稿 (draft) while it is open, 定稿 (final) once closed. */
    private static String status(boolean draft, boolean en) {
        return draft ? (en ? "draft" : "草稿") : (en ? "final" : "定稿");
    }

    static String direction(String d, boolean en) {
        return en ? d : switch (d) {
            case "DEDUCT" -> "扣款";
            case "PAY" -> "发放";
            default -> d;
        };
    }

    static String component(String c, boolean en) {
        return en ? c : switch (c) {
            case "FINE" -> "罚款";
            case "REFUND" -> "退款";
            case "CONFISCATE" -> "没收";
            case "COMMISSION" -> "提成";
            case "ALLOWANCE" -> "津贴";
            case "SUBSIDY" -> "补贴";
            case "REWARD" -> "奖励";
            default -> c;
        };
    }

    /** CSV in UTF-8 with a BOM, RFC 4180 (CRLF), amounts as plain decimals. */
    static byte[] csv(List<String> header, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
            for (List<Object> r : rows) {
                p.printRecord(r.stream().map(ExportService::text).toList());
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String text(Object o) {
        return o instanceof BigDecimal b ? b.toPlainString() : String.valueOf(o);
    }

    private static byte[] xlsx(Data d, boolean en) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            sheet(wb, en ? "Lines" : "明细", d.header, d.rows, money, bold);
            sheet(wb, en ? "Totals" : "合计", d.totalsHeader, d.totals, money, bold);
            sheet(wb, "考勤月报", d.reportHeader, d.report, money, bold);
            if (d.draft) {
                wb.getProperties().getCoreProperties().setTitle(en ? "draft: the period is not closed" : "草稿:本月尚未结账");
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook wb, String name, List<String> header, List<List<Object>> rows,
            CellStyle money, CellStyle bold) {
        Sheet sh = wb.createSheet(name);
        Row h = sh.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellValue(header.get(i));
            c.setCellStyle(bold);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sh.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int i = 0; i < values.size(); i++) {
                Cell c = row.createCell(i);
                Object v = values.get(i);
                if (v instanceof BigDecimal b) {
                    c.setCellValue(b.doubleValue());
                    c.setCellStyle(money);
                } else if (v instanceof Number n) {
                    c.setCellValue(n.doubleValue());
                } else {
                    c.setCellValue(String.valueOf(v));
                }
            }
        }
        sh.createFreezePane(0, 1);
    }
}
