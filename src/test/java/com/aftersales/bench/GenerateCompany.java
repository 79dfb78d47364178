package com.aftersales.bench;

import com.aftersales.web.JsonSetup;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * The generator as a command (docs/benchmarks.md): {@code --employees N --seed S --period YYYY-MM}, then
 * {@code --db JDBC-URL [--user U] [--password P]} to write the company straight into that database (migrated
 * first; its records, staff and results replaced) and/or {@code --out DIR} to write the import files.
 */
public final class GenerateCompany {

    private GenerateCompany() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = options(args);
        int employees = Integer.parseInt(a.getOrDefault("employees", "1000"));
        long seed = Long.parseLong(a.getOrDefault("seed", "20241101"));
        YearMonth period = YearMonth.parse(a.getOrDefault("period", "2024-11"));
        if (!a.containsKey("db") && !a.containsKey("out")) {
            throw new IllegalArgumentException("say where to: --db JDBC-URL and/or --out DIR");
        }
        long t = System.nanoTime();
        GeneratedCompany company = new CompanyGenerator(seed, period).generate(employees);
        System.out.printf("generated %d employees, %d branches, %d records of %s in %d ms: %s%n", employees,
                company.branches().size(), company.recordCount(), period, (System.nanoTime() - t) / 1_000_000,
                company.counts());
        ObjectMapper json = JsonSetup.configure(new ObjectMapper());
        if (a.containsKey("out")) {
            t = System.nanoTime();
            List<String> files = new CompanyFiles(json).write(Path.of(a.get("out")), company);
            System.out.printf("wrote %d files into %s in %d ms%n", files.size(), a.get("out"),
                    (System.nanoTime() - t) / 1_000_000);
        }
        if (a.containsKey("db")) {
            String user = a.getOrDefault("user", "postgres");
            String password = a.getOrDefault("password", "");
            Flyway.configure().dataSource(a.get("db"), user, password).locations("classpath:db/migration").load()
                    .migrate();
            t = System.nanoTime();
            try (Connection c = DriverManager.getConnection(a.get("db"), user, password)) {
                new CompanyDatabase(json).write(c, company);
            }
            System.out.printf("wrote the company into %s in %d ms%n", a.get("db"), (System.nanoTime() - t) / 1_000_000);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("options are --name value pairs: " + String.join(" ", args));
            }
            out.put(args[i].substring(2), args[++i]);
        }
        return out;
    }
}
