package com.aftersales.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.attendance.PunchRecord;
import com.aftersales.leave.LeaveRecord;
import com.aftersales.leave.LeaveType;
import com.aftersales.staff.StaffDtos.EmployeeBody;
import com.aftersales.visit.Rating;
import com.aftersales.visit.VisitRecord;
import com.aftersales.web.JsonSetup;
import com.aftersales.workorder.WorkOrderRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The company generator: the same seed gives the same company and files; the month looks like a real one. */
class CompanyGeneratorTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2024, 11);
    private static final GeneratedCompany COMPANY = new CompanyGenerator(7, NOVEMBER).generate(200);

    @Test
    void theSameSeedGivesTheSameCompanyAndAnotherSeedAnother() {
        assertThat(new CompanyGenerator(7, NOVEMBER).generate(200)).isEqualTo(COMPANY);
        assertThat(new CompanyGenerator(8, NOVEMBER).generate(200).records()).isNotEqualTo(COMPANY.records());
    }

    @Test
    void theSameSeedWritesByteIdenticalFiles(@TempDir Path a, @TempDir Path b) throws IOException {
        ObjectMapper json = JsonSetup.configure(new ObjectMapper());
        List<String> names = new CompanyFiles(json).write(a, new CompanyGenerator(7, NOVEMBER).generate(50));
        new CompanyFiles(json).write(b, new CompanyGenerator(7, NOVEMBER).generate(50));
        assertThat(names).contains("branches.json", "employees.json", "wages.json", "punches.csv", "shifts.csv",
                "work-orders.csv", "leave.json", "visits.json", "deliveries.json", "commendations.json");
        for (String name : names) {
            assertThat(Files.readAllBytes(b.resolve(name))).as(name).isEqualTo(Files.readAllBytes(a.resolve(name)));
        }
        assertThat(Files.readString(a.resolve("work-orders.csv"))).startsWith("id,branch,installerIds,productCategory");
    }

    @Test
    void branchesOfFiftyHaveAManagerASupervisorAndMostlyInstallers() {
        assertThat(COMPANY.branches()).hasSize(4);
        List<EmployeeBody> staff = COMPANY.employees();
        assertThat(staff.stream().filter(e -> Boolean.TRUE.equals(e.managementPost()))).hasSize(8);
        long installers = staff.stream().filter(e -> Boolean.TRUE.equals(e.installer())).count();
        assertThat(installers).isBetween(90L, 130L);
        assertThat(staff).allMatch(e -> e.supervisorId() != null || Boolean.TRUE.equals(e.managementPost()));
        assertThat(staff.stream().map(EmployeeBody::department).collect(Collectors.toSet()))
                .contains("售后", "客服", "销售", "仓储", "管理");
    }

    @Test
    void punchesShowEveryLatenessTierSomeMissingAndSomeSignedIn() {
        List<PunchRecord> punches = COMPANY.rows(PunchRecord.class);
        assertThat(punches.size()).isBetween(200 * 2 * 24, 200 * 2 * 28);
        Set<Integer> tiers = punches.stream().filter(p -> p.id().endsWith("-IN"))
                .map(p -> minutesLate(p)).filter(m -> m > 0)
                .map(m -> m <= 5 ? 1 : m <= 15 ? 2 : m <= 30 ? 3 : m <= 60 ? 4 : 5).collect(Collectors.toSet());
        assertThat(tiers).contains(1, 2, 3, 4);
        assertThat(punches).anyMatch(p -> p.source() == PunchRecord.Source.SIGN_IN);
        long ins = punches.stream().filter(p -> p.id().endsWith("-IN")).count();
        long outs = punches.size() - ins;
        assertThat(ins).isNotEqualTo(outs);
    }

    @Test
    void leaveOfSeveralTypesIsMostlyApprovedAndRoutedByLength() {
        List<LeaveRecord> leave = COMPANY.rows(LeaveRecord.class);
        assertThat(leave.stream().map(LeaveRecord::type).collect(Collectors.toSet()))
                .contains(LeaveType.REST, LeaveType.PERSONAL, LeaveType.SICK, LeaveType.ANNUAL);
        assertThat(leave).anyMatch(l -> l.status() != LeaveRecord.Status.APPROVED);
        assertThat(leave.stream().filter(l -> l.status() == LeaveRecord.Status.APPROVED).count())
                .isGreaterThan(leave.size() * 9L / 10);
        assertThat(leave).filteredOn(l -> l.days() > 1 && l.days() <= 5)
                .allMatch(l -> l.approvalChain().contains("BRANCH_MANAGER"));
    }

    @Test
    void workOrdersHaveTimesAndDistancesAndRarelyAConductFlag() {
        List<WorkOrderRecord> orders = COMPANY.rows(WorkOrderRecord.class);
        assertThat(orders.size()).isBetween(2000, 4000);
        assertThat(orders).allMatch(o -> o.completedAt() != null && o.arrivedAt() != null);
        assertThat(orders).filteredOn(o -> o.serviceMode() == WorkOrderRecord.ServiceMode.ONSITE && !o.rework())
                .allMatch(o -> o.distanceKm() != null);
        assertThat(orders).anyMatch(o -> o.appointmentCallAt() != null
                && Duration.between(o.acceptedAt(), o.appointmentCallAt()).toMinutes() > 30);
        assertThat(orders).anyMatch(WorkOrderRecord::rework);
        long flagged = orders.stream().filter(o -> Boolean.TRUE.equals(o.cardFillingDefect())
                || Boolean.TRUE.equals(o.drinking()) || Boolean.TRUE.equals(o.damageCaused())).count();
        assertThat(flagged).isBetween(1L, orders.size() / 50L);
    }

    @Test
    void visitsAreMostlySatisfiedWithSomeDissatisfiedAndTheirSecondVisits() {
        List<VisitRecord> visits = COMPANY.rows(VisitRecord.class);
        List<VisitRecord> rated = visits.stream().filter(VisitRecord::completed).toList();
        long dissatisfied = rated.stream().filter(VisitRecord::dissatisfied).count();
        assertThat(dissatisfied).isBetween(rated.size() / 50L, rated.size() / 10L);
        assertThat(visits).anyMatch(v -> v.visitNo() == 2);
        assertThat(visits).anyMatch(v -> v.result() == Rating.VS);
        assertThat(visits.stream().map(VisitRecord::visitKind).collect(Collectors.toSet())).hasSize(4);
    }

    private static int minutesLate(PunchRecord p) {
        String branch = COMPANY.employees().stream().filter(e -> e.employeeId().equals(p.employeeId())).findFirst()
                .orElseThrow().branch();
        var start = COMPANY.branches().stream().filter(b -> b.branchId().equals(branch)).findFirst().orElseThrow()
                .body().shiftStart();
        return (int) Duration.between(p.at().toLocalDate().atTime(start), p.at()).toMinutes();
    }
}
