package com.aftersales.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.bench.GeneratedCompany.Branch;
import com.aftersales.support.Api;
import com.aftersales.support.TestDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated company written straight into the database is exactly what importing its files through the
 * API stores: the same staff, wages, record documents, hashes and parties, row for row.
 */
@QuarkusTest
class GeneratedCompanyImportTest {

    @Inject
    TestDatabase db;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Test
    void theDirectWriteStoresWhatAnImportOfTheFilesStores(@TempDir Path dir) throws Exception {
        GeneratedCompany company = new CompanyGenerator(11, YearMonth.of(2024, 11)).generate(60);
        List<String> files = new CompanyFiles(json).write(dir, company);

        db.reset();
        for (Branch b : company.branches()) {
            Api.put("/api/branches/" + b.branchId(), json.writeValueAsString(b.body())).statusCode(200);
        }
        Api.post("/api/employees", json.writeValueAsString(company.employees())).statusCode(200);
        for (var w : company.wages().entrySet()) {
            Api.put("/api/periods/" + w.getKey() + "/wages", json.writeValueAsString(w.getValue())).statusCode(200);
        }
        for (String name : files.subList(3, files.size())) {
            String path = name.replaceFirst("(-\\d{3})?\\.(csv|json)$", "");
            given().contentType(name.endsWith(".csv") ? "text/csv; charset=UTF-8" : "application/json")
                    .body(Files.readAllBytes(dir.resolve(name))).when().post("/api/" + path).then().statusCode(200);
        }
        List<List<String>> imported = TableDump.input(dataSource);

        db.reset();
        try (Connection c = dataSource.getConnection()) {
            new CompanyDatabase(json).write(c, company);
        }
        List<List<String>> written = TableDump.input(dataSource);

        assertThat(imported.get(3)).hasSize(company.recordCount());
        assertThat(imported.get(4).size()).isGreaterThan(company.recordCount() / 2);
        for (int i = 0; i < imported.size(); i++) {
            assertThat(written.get(i)).as("table " + i).containsExactlyElementsOf(imported.get(i));
        }
    }
}
