package com.aftersales.sample;

import com.aftersales.jdbc.Jdbc;
import com.aftersales.payroll.RunService;
import com.aftersales.payroll.RunView;
import com.aftersales.record.RecordImporter;
import com.aftersales.record.RecordType;
import com.aftersales.staff.StaffDtos.BranchBody;
import com.aftersales.staff.StaffDtos.EmployeeBody;
import com.aftersales.staff.StaffDtos.WageBody;
import com.aftersales.staff.StaffService;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.All;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the sample company of {@code src/main/resources/sample/} into a database without employees
 * and runs its months, so that {@code ./mvnw quarkus:dev} shows statements at once
 * ({@code app.sample-data.enabled}, on in dev mode). Reference data: {@code branches.json},
 * {@code employees.json}, {@code wages.json} (period → wages); records: every kind's
 * {@code sample/<path>.json|csv} ({@link SampleRecords}); then every period of {@code wages.json} is run.
 */
@ApplicationScoped
public class SampleData {

    private static final Logger LOG = Logger.getLogger(SampleData.class);

    /** What was loaded: counts per file, the runs, and the files that could not be loaded. */
    public record Loaded(int branches, int employees, Map<String, Integer> records, List<RunView> runs,
            List<String> problems) {
    }

    private final boolean enabled;
    private final StaffService staff;
    private final RecordImporter importer;
    private final RunService runs;
    private final List<RecordType<?>> types;
    private final ObjectMapper json;
    private final Jdbc jdbc;

    public SampleData(@ConfigProperty(name = "app.sample-data.enabled", defaultValue = "false") boolean enabled,
            StaffService staff, RecordImporter importer, RunService runs, @All List<RecordType<?>> types,
            ObjectMapper json, Jdbc jdbc) {
        this.enabled = enabled;
        this.staff = staff;
        this.importer = importer;
        this.runs = runs;
        this.types = List.copyOf(types);
        this.json = json;
        this.jdbc = jdbc;
    }

    /** After the policy revisions are imported (priority 10). */
    void onStart(@Observes @Priority(100) StartupEvent event) {
        if (enabled) {
            loadIfEmpty().ifPresentOrElse(SampleData::log,
                    () -> LOG.info("sample data: the database already has employees; nothing loaded"));
        }
    }

    /** Loads the sample company unless the database has employees already. */
    public Optional<Loaded> loadIfEmpty() {
        return hasEmployees() ? Optional.empty() : Optional.of(load());
    }

    private static void log(Loaded l) {
        LOG.infof("sample data: %d branches, %d employees, records %s; runs %s", l.branches(), l.employees(),
                l.records(), l.runs().stream().map(r -> r.period() + " (" + r.lines() + " lines)").toList());
        l.problems().forEach(p -> LOG.errorf("sample data not loaded: %s", p));
    }

    /** Loads every sample file and runs the periods that have wages. */
    public Loaded load() {
        List<Map<String, Object>> branches = read("branches.json", new TypeReference<>() { }, List.of());
        for (Map<String, Object> b : branches) {
            Map<String, Object> body = new LinkedHashMap<>(b);
            String id = (String) body.remove("branchId");
            staff.putBranch(id, json.convertValue(body, BranchBody.class));
        }
        List<EmployeeBody> employees = read("employees.json", new TypeReference<>() { }, List.of());
        if (!employees.isEmpty()) {
            staff.putEmployees(employees);
        }
        Map<String, List<WageBody>> wages = read("wages.json", new TypeReference<LinkedHashMap<String, List<WageBody>>>() {
        }, new LinkedHashMap<>());
        wages.forEach((period, list) -> staff.putWages(YearMonth.parse(period), list));
        SampleRecords records = new SampleRecords(importer).load(types);
        List<String> problems = new ArrayList<>(records.problems());
        List<RunView> done = new ArrayList<>();
        for (String period : wages.keySet()) {
            try {
                // one month after the other: a month counts the occurrences of the months before it
                RunView run = runs.await(runs.start(YearMonth.parse(period), null).runId(), Duration.ofMinutes(10));
                if (!RunView.DONE.equals(run.status())) {
                    problems.add("run of " + period + " " + run.status() + ": " + run.error());
                }
                done.add(run);
            } catch (RuntimeException e) {
                problems.add("run of " + period + ": " + e.getMessage());
            }
        }
        return new Loaded(branches.size(), employees.size(), records.loaded(), done, problems);
    }

    private <T> T read(String name, TypeReference<T> type, T none) {
        return SampleFiles.read(name).map(bytes -> {
            try {
                return json.readValue(bytes, type);
            } catch (IOException e) {
                throw new IllegalStateException(SampleFiles.FOLDER + name + " cannot be read: " + e.getMessage(), e);
            }
        }).orElse(none);
    }

    private boolean hasEmployees() {
        return jdbc.first("select 1 from employee limit 1", rs -> true).isPresent();
    }
}
