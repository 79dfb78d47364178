package com.aftersales.bench;

import com.aftersales.web.JsonSetup;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * The benchmarks of the running service (docs/benchmarks.md (b), (c), (d), (f), (g)): a generated company written
 * into a database, the packaged service ({@code target/quarkus-app/quarkus-run.jar}) started on it as a process of
 * its own, and driven over HTTP on loopback with {@code java.net.http}:
 * <ul>
 * <li>{@code run}: runs of the month end to end (records in PostgreSQL to lines and statements), each timed from
 * the POST to the run being DONE, with the service's peak RSS and peak heap (its GC log) — (b) and (f);</li>
 * <li>{@code two}: the same runs with a second instance on the same database, then with one, the statements and
 * lines compared — (g);</li>
 * <li>{@code import}: the punches and work orders of the company posted as the CSV files of the import endpoints,
 * into a database without those records — (c);</li>
 * <li>{@code reads}: after one run, statements and line explanations fetched by 50 concurrent clients — (d).</li>
 * </ul>
 * Options: {@code --employees N --seed S --period YYYY-MM --times T --db JDBC-URL --user U --password P
 * --port PORT --xmx HEAP --clients C --seconds S --generate false} (keep the company already in the database).
 * Every request is sent as the user {@value #BENCH_USER} (roles hr and integration), whom the service creates at
 * its start ({@code APP_BOOTSTRAP_USERS}) in the benchmark database, whose users are removed when the company is
 * written: with HTTP Basic, as integrations send bulk records and runs, except the reads of (d), which are sent as
 * people send them, with the session cookie of a form login ({@code --basic true} sends them with Basic too; then
 * every request verifies the bcrypt hash, about 90 ms of CPU at cost 10, which is what limits that figure).
 */
public final class ServiceBench {

    private static final String BENCH_USER = "bench";
    private static final String BENCH_PASSWORD = "bench-password-1";
    /** The form login's cookie the reads of (d) are sent with, null for HTTP Basic. */
    private volatile String session;

    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final Map<String, String> o;
    private final ObjectMapper json = JsonSetup.configure(new ObjectMapper());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final YearMonth period;
    private final int employees;
    private final List<Service> started = new ArrayList<>();

    private ServiceBench(Map<String, String> options) {
        this.o = options;
        this.period = YearMonth.parse(o.getOrDefault("period", "2024-11"));
        this.employees = Integer.parseInt(o.getOrDefault("employees", "1000"));
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("say which: run, two, import or reads, then the options");
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        ServiceBench bench = new ServiceBench(options);
        try {
            switch (args[0]) {
                case "run" -> bench.runs();
                case "two" -> bench.two();
                case "import" -> bench.imports();
                case "reads" -> bench.reads();
                default -> throw new IllegalArgumentException("unknown benchmark " + args[0]);
            }
        } finally {
            bench.started.forEach(Service::stop);
        }
    }

    // ---------------------------------------------------------------- (b), (f)

    private void runs() throws Exception {
        GeneratedCompany company = company(true);
        int port = port();
        Service s = start(port);
        System.out.printf("service ready in %d ms (rule books compiled at start)%n", s.readyMs);
        List<Long> times = new ArrayList<>();
        int n = times();
        for (int i = 0; i < n + 1; i++) {
            long ms = run(port);
            if (i == 0) {
                System.out.printf("run 1 (first after start, MVEL compiling constraints at first use): %d ms%n", ms);
            } else {
                times.add(ms);
                System.out.printf("run %d: %d ms%n", i + 1, ms);
            }
        }
        long median = median(times);
        System.out.printf("(b) %d employees, %d records: median of %d runs after the first %d ms (%s), %,.0f records/s, "
                + "%,.0f employees/s%n", employees, company.recordCount(), n, median, times,
                company.recordCount() * 1000.0 / median, employees * 1000.0 / median);
        System.out.printf("(f) peak RSS %d MiB, peak heap used %d MiB of -Xmx%s, %s%n", s.peakRssMib(), s.peakHeapMib(),
                o.getOrDefault("xmx", "1g"), load());
    }

    // ---------------------------------------------------------------- (g)

    private void two() throws Exception {
        company(true);
        int port = port();
        start(port);
        Service second = start(port + 1);
        List<Long> both = new ArrayList<>();
        for (int i = 0; i < times() + 1; i++) {
            long ms = run(port);
            if (i > 0) {
                both.add(ms);
            }
        }
        String withTwo = fingerprint();
        Map<String, Long> spread = partitionsBy();
        second.stop();
        List<Long> one = new ArrayList<>();
        for (int i = 0; i < times(); i++) {
            one.add(run(port));
        }
        String withOne = fingerprint();
        System.out.printf("(g) %d employees: two instances median %d ms %s (partitions executed by %s), one instance "
                + "median %d ms %s; statements and lines %s%n", employees, median(both), both, spread, median(one), one,
                withTwo.equals(withOne) ? "identical (" + withOne + ")" : "DIFFER: " + withTwo + " / " + withOne);
        System.out.println(load());
    }

    // ---------------------------------------------------------------- (c)

    private void imports() throws Exception {
        GeneratedCompany company = company(true);
        Path dir = Path.of(o.getOrDefault("out", "target/bench-import-" + employees));
        List<String> files = new CompanyFiles(json).write(dir, company);
        int port = port();
        start(port);
        for (String kind : List.of("punches", "work-orders")) {
            List<Path> csv = files.stream().filter(f -> f.equals(kind + ".csv") || f.matches(kind + "-\\d+\\.csv"))
                    .map(dir::resolve).toList();
            String recordKind = kind.equals("punches") ? "punch" : "workOrder";
            List<Double> rates = new ArrayList<>();
            long rows = 0;
            for (int i = 0; i < times(); i++) {
                sql("delete from record_party where kind = '" + recordKind + "'", "delete from record where kind = '"
                        + recordKind + "'");
                rows = 0;
                long t = System.nanoTime();
                for (Path f : csv) {
                    HttpResponse<String> r = send(HttpRequest.newBuilder(uri(port, "/api/" + kind))
                            .header("Content-Type", "text/csv; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofFile(f)));
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(f + ": " + r.statusCode() + " " + r.body());
                    }
                    rows += Files.lines(f).count() - 1;
                }
                double rate = rows / ((System.nanoTime() - t) / 1e9);
                rates.add(rate);
                System.out.printf("import %d of %s: %d rows in %d files, %,.0f rows/s%n", i + 1, kind, rows, csv.size(),
                        rate);
            }
            Collections.sort(rates);
            System.out.printf("(c) %s.csv, %d rows, new rows: median %,.0f rows/s %s%n", kind, rows,
                    rates.get(rates.size() / 2), rates);
        }
        System.out.println(load());
    }

    // ---------------------------------------------------------------- (d)

    private void reads() throws Exception {
        company(true);
        int port = port();
        start(port);
        run(port);
        List<String> people = query("select employee_id from statement where period = '" + period + "' order by 1");
        List<String> lines = query("select l.line_id from result_line l join statement s on s.period = l.period "
                + "and s.employee_id = l.employee_id and s.run_id = l.run_id where l.period = '" + period
                + "' order by 1");
        int clients = Integer.parseInt(o.getOrDefault("clients", "50"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
        if (!Boolean.parseBoolean(o.getOrDefault("basic", "false"))) {
            session = logIn(port);
        }
        for (String what : List.of("statement", "explanation")) {
            for (int i = 0; i < times(); i++) {
                boolean warmUp = i == 0;
                Latencies l = load(port, clients, warmUp ? 5 : seconds, what.equals("statement")
                        ? r -> "/api/periods/" + period + "/statements/" + people.get(r.nextInt(people.size()))
                        : r -> "/api/lines/" + lines.get(r.nextInt(lines.size())) + "/explanation");
                System.out.printf("(d) %s%s, %d clients, %d s: %d requests, %,.0f/s, p50 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms, %d errors%n", what, warmUp ? " (warm-up)" : "", clients, warmUp ? 5 : seconds,
                        l.count(), l.count() / (double) (warmUp ? 5 : seconds), l.percentile(50), l.percentile(99),
                        l.percentile(100), l.errors);
            }
        }
        System.out.println(load());
    }

    private interface PathFor {
        String path(Random r);
    }

    private static final class Latencies {
        final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong errorCount = new AtomicLong();
        long errors;

        int count() {
            return nanos.size();
        }

        double percentile(int p) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
            return sorted.get(Math.max(0, i)) / 1e6;
        }
    }

    private Latencies load(int port, int clients, int seconds, PathFor paths) throws Exception {
        Latencies out = new Latencies();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random r = new Random(c);
            done.add(pool.submit(() -> {
                while (System.nanoTime() < until) {
                    long t = System.nanoTime();
                    try {
                        HttpResponse<String> resp = send(HttpRequest.newBuilder(uri(port, paths.path(r))).GET());
                        if (resp.statusCode() == 200) {
                            out.nanos.add(System.nanoTime() - t);
                        } else {
                            out.errorCount.incrementAndGet();
                        }
                    } catch (IOException e) {
                        out.errorCount.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        out.errors = out.errorCount.get();
        return out;
    }

    // ---------------------------------------------------------------- the service

    private final class Service {
        final Process process;
        final Path gcLog;
        final long readyMs;
        long peakRssKib;

        Service(Process process, Path gcLog, long readyMs) {
            this.process = process;
            this.gcLog = gcLog;
            this.readyMs = readyMs;
        }

        long peakRssMib() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                    if (line.startsWith("VmHWM:")) {
                        peakRssKib = Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException e) {
                // the process has ended: the last figure read stands
            }
            return peakRssKib / 1024;
        }

        long peakHeapMib() throws IOException {
            long peak = 0;
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = GC.matcher(line);
                if (m.find()) {
                    peak = Math.max(peak, Long.parseLong(m.group(1)));
                }
            }
            return peak;
        }

        void stop() {
            if (process.isAlive()) {
                process.destroy();
                try {
                    process.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private Service start(int port) throws Exception {
        Path gcLog = Path.of("target/bench-gc-" + port + ".log");
        Files.deleteIfExists(gcLog);
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx" + o.getOrDefault("xmx", "1g"), "-Xlog:gc:file=" + gcLog,
                "-Dquarkus.http.port=" + port, "-jar", o.getOrDefault("jar", "target/quarkus-app/quarkus-run.jar"));
        pb.environment().put("DB_URL", db());
        pb.environment().put("DB_USER", o.getOrDefault("user", "postgres"));
        pb.environment().put("DB_PASSWORD", o.getOrDefault("password", ""));
        pb.environment().put("APP_BOOTSTRAP_USERS", BENCH_USER + ":" + BENCH_PASSWORD + ":hr+integration");
        pb.redirectErrorStream(true).redirectOutput(Path.of("target/bench-service-" + port + ".log").toFile());
        long t = System.nanoTime();
        Process p = pb.start();
        Service s;
        while (true) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the service on port " + port + " ended; see target/bench-service-"
                        + port + ".log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(uri(port, "/q/health/ready")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    s = new Service(p, gcLog, (System.nanoTime() - t) / 1_000_000);
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        started.add(s);
        return s;
    }

    /** One run of the period over HTTP: 202, polled until DONE; the time from the POST to DONE. */
    private long run(int port) throws Exception {
        long t = System.nanoTime();
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri(port, "/api/periods/" + period + "/runs"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (r.statusCode() != 202) {
            throw new IllegalStateException("run not started: " + r.statusCode() + " " + r.body());
        }
        String runId = json.readTree(r.body()).get("runId").asText();
        while (true) {
            JsonNode run = json.readTree(send(HttpRequest.newBuilder(uri(port, "/api/runs/" + runId)).GET()).body());
            String status = run.get("status").asText();
            if ("DONE".equals(status)) {
                return (System.nanoTime() - t) / 1_000_000;
            }
            if (!"RUNNING".equals(status)) {
                throw new IllegalStateException("run " + runId + " ended " + status + ": " + run);
            }
            Thread.sleep(100);
        }
    }

    /** The session cookie of a form login as {@value #BENCH_USER}. */
    private String logIn(int port) throws IOException {
        String form = "j_username=" + BENCH_USER + "&j_password=" + BENCH_PASSWORD;
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(port, "/j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            return r.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("quarkus-credential="))
                    .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the form login set no session cookie: "
                            + r.statusCode() + " " + r.headers().map()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        if (session != null) {
            request.header("Cookie", session);
        } else {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((BENCH_USER + ":"
                    + BENCH_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    // ---------------------------------------------------------------- the database

    private GeneratedCompany company(boolean write) throws SQLException {
        long t = System.nanoTime();
        GeneratedCompany company = new CompanyGenerator(Long.parseLong(o.getOrDefault("seed", "20241101")), period)
                .generate(employees);
        if (write && Boolean.parseBoolean(o.getOrDefault("generate", "true"))) {
            Flyway.configure().dataSource(db(), o.getOrDefault("user", "postgres"), o.getOrDefault("password", ""))
                    .locations("classpath:db/migration").load().migrate();
            try (Connection c = connect()) {
                new CompanyDatabase(json).write(c, company);
            }
            sql("delete from app_user", "vacuum analyze");
        }
        System.out.printf("company: %d employees, %d records %s (%d ms)%n", employees, company.recordCount(),
                company.counts(), (System.nanoTime() - t) / 1_000_000);
        return company;
    }

    /** What a period's current statements say, and their lines and flags, run ids left out. */
    private String fingerprint() throws SQLException {
        return query("select md5(string_agg(concat_ws('|', s.employee_id, s.name, s.branch_id, "
                + "s.deduct, s.pay, s.net, s.flags::text), ',' order by s.employee_id)) from statement s where s.period = '"
                + period + "'").get(0) + "/" + query("select count(*) || ':' || md5(string_agg(concat_ws('|', l.line_id, l.employee_id, "
                + "l.seq, l.rule_id, l.amount, l.date, l.summary, l.records::text, l.detail::text), ',' order by l.line_id, "
                + "l.employee_id)) from result_line l join statement s on s.period = l.period and s.employee_id = "
                + "l.employee_id and s.run_id = l.run_id where l.period = '" + period + "'").get(0);
    }

    private Map<String, Long> partitionsBy() throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select executed_by, count(*) from run_partition where run_id = (select run_id from run "
                        + "where status = 'DONE' order by finished_at desc limit 1) group by 1")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private List<String> query(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private void sql(String... statements) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(db(), o.getOrDefault("user", "postgres"), o.getOrDefault("password", ""));
    }

    private String db() {
        return o.getOrDefault("db", "jdbc:postgresql://127.0.0.1:5432/policy_engine_bench");
    }

    private int port() {
        return Integer.parseInt(o.getOrDefault("port", "18090"));
    }

    private int times() {
        return Integer.parseInt(o.getOrDefault("times", "3"));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String load() {
        try (Stream<String> s = Files.lines(Path.of("/proc/loadavg"))) {
            return "load average " + s.findFirst().orElse("?");
        } catch (IOException e) {
            return "load average unknown";
        }
    }
}
