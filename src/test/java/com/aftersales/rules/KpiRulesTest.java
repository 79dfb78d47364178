package com.aftersales.rules;

import static com.aftersales.rules.VisitRecords.order;
import static com.aftersales.rules.VisitRecords.visit;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.facts.result.VisitFinding;
import com.aftersales.visit.Rating;
import com.aftersales.visit.VisitKind;
import com.aftersales.visit.VisitRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The visit KPI rules (VISIT-SAT-*, VISIT-FIRST-DEADLINE, VISIT-LIAISON, VISIT-SECOND-*) at their boundaries. */
class KpiRulesTest {

    private static final KpiHarness KPI = new KpiHarness(RuleHarness.of("attendance", "visits", "conduct"));

    /** {@code n} completed first on-site visits in November, {@code dissatisfied} of them rated D. */
    private static List<VisitRecord> firstVisits(int n, int dissatisfied) {
        List<VisitRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(visit(VisitKind.AS_ONSITE, "2024-11-05T10:00").order("O" + i)
                    .result(i < dissatisfied ? Rating.D : Rating.S).liaison(null, null, null).build());
        }
        return out;
    }

    /** The shipped visits revision with one parameter of its Parameters sheet changed, compiled. */
    static com.aftersales.policy.CompiledRuleBook visitsRevisionWith(String parameter, String value) throws Exception {
        var folder = com.aftersales.policy.RevisionFolders.latest(RuleHarness.RULES, "visits");
        var files = new java.util.TreeMap<>(folder.files().files());
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                new java.io.ByteArrayInputStream(files.get("visits.drl.xlsx")));
                var out = new java.io.ByteArrayOutputStream()) {
            for (var row : wb.getSheet("Parameters")) {
                if (row.getCell(0) != null && parameter.equals(row.getCell(0).getStringCellValue())) {
                    row.getCell(1).setCellValue(value);
                }
            }
            wb.write(out);
            files.put("visits.drl.xlsx", out.toByteArray());
        }
        var changed = new com.aftersales.policy.RevisionFolders.Folder(folder.path(), folder.manifest(),
                new com.aftersales.policy.RevisionFiles("visits", files));
        return new com.aftersales.policy.RuleBookCompiler().compile(
                List.of(com.aftersales.policy.RevisionFolders.loaded(changed)));
    }

    @Nested
    class SatisfactionTarget {

        @Test
        void exactly95PercentNeedsNoPlan() {
            var r = KPI.month("2024-11").visits(firstVisits(200, 10)).score();
            assertThat(r.satisfaction().getPercent()).isEqualTo("95.00");
            assertThat(r.flags("IMPROVEMENT_PLAN_REQUIRED")).isEmpty();
        }

        @Test
        void ninetyFourPoint97PercentNeedsAPlan() {
            var r = KPI.month("2024-11").visits(firstVisits(199, 10)).score();
            assertThat(r.satisfaction().getPercent()).isEqualTo("94.97");
            assertThat(r.flags("IMPROVEMENT_PLAN_REQUIRED")).singleElement()
                    .satisfies(f -> assertThat(f.getRuleId()).isEqualTo("VISIT-SAT-TARGET"));
        }

        @Test
        void refusedAttemptsAndSecondVisitsDoNotCount() {
            List<VisitRecord> visits = new ArrayList<>(firstVisits(20, 1));
            visits.add(visit(VisitKind.AS_ONSITE, "2024-11-06T10:00").order("R1").refused().build());
            visits.add(visit(VisitKind.AS_ONSITE, "2024-11-20T10:00").order("O0").second().result(Rating.VS).build());
            var r = KPI.month("2024-11").visits(visits).score();
            assertThat(r.satisfaction().getVisits()).isEqualTo(20);
            assertThat(r.satisfaction().getDissatisfied()).isEqualTo(1);
            assertThat(r.satisfaction().getPercent()).isEqualTo("95.00");
        }

        @Test
        void theTargetIsAParameterOfTheRevisionNotOfTheCode() throws Exception {
            var lowered = new KpiHarness(visitsRevisionWith("P_SAT_TARGET", "0.94"));
            var r = lowered.month("2024-11").visits(firstVisits(199, 10)).score();
            assertThat(r.satisfaction().getPercent()).isEqualTo("94.97");
            assertThat(r.flags("IMPROVEMENT_PLAN_REQUIRED")).isEmpty();
        }

        @Test
        void neutralCountsAsSatisfied() {
            List<VisitRecord> visits = List.of(visit(VisitKind.AS_ONSITE, "2024-11-05T10:00").order("N1")
                    .result(Rating.N).build());
            var r = KPI.month("2024-11").visits(visits).score();
            assertThat(r.satisfaction().getPercent()).isEqualTo("100.00");
        }

        @Test
        void noVisitsLeavesTheRateUndefinedAndTheTargetUntested() {
            var r = KPI.month("2024-11").score();
            assertThat(r.satisfaction().getVisits()).isZero();
            assertThat(r.satisfaction().getPercent()).isNull();
            assertThat(r.flags("IMPROVEMENT_PLAN_REQUIRED")).isEmpty();
        }
    }

    @Nested
    class FirstVisitDeadline {

        private VisitFinding firstVisitOn(String day) {
            var r = KPI.month("2024-11").orders(order("O1", "ONSITE", "2024-11-08T15:00"))
                    .visits(visit(VisitKind.AS_ONSITE, day + "T10:00").order("O1").build()).score();
            return r.findings("VISIT-FIRST-DEADLINE").get(0);
        }

        @Test
        void aVisitOnTheSeventhWorkingDayIsOnTime() {
            VisitFinding f = firstVisitOn("2024-11-19");
            assertThat(f.getDeadline()).hasToString("2024-11-19");
            assertThat(f.getStatus()).isEqualTo("ON_TIME");
        }

        @Test
        void aVisitOnTheEighthWorkingDayIsLate() {
            var r = KPI.month("2024-11").orders(order("O1", "ONSITE", "2024-11-08T15:00"))
                    .visits(visit(VisitKind.AS_ONSITE, "2024-11-20T10:00").order("O1").build()).score();
            assertThat(r.findings("VISIT-FIRST-DEADLINE").get(0).getStatus()).isEqualTo("LATE");
            assertThat(r.deadlineBreaches()).singleElement()
                    .satisfies(f -> assertThat(f.getRuleId()).isEqualTo("VISIT-FIRST-DEADLINE"));
        }

        @Test
        void aRefusedFirstAttemptStillMeetsTheDeadline() {
            var r = KPI.month("2024-11").orders(order("O1", "ONSITE", "2024-11-08T15:00"))
                    .visits(visit(VisitKind.AS_ONSITE, "2024-11-12T10:00").order("O1").refused().build()).score();
            assertThat(r.findings("VISIT-FIRST-DEADLINE").get(0).getStatus()).isEqualTo("ON_TIME");
            assertThat(r.findings("VISIT-REFUSED-RETRY")).singleElement()
                    .satisfies(f -> assertThat(f.getStatus()).isEqualTo("RETRY_NEEDED"));
        }

        @Test
        void noVisitIsPendingBeforeTheDeadlineAndMissingAfterIt() {
            var pending = KPI.month("2024-11").orders(order("O1", "ONSITE", "2024-11-08T15:00")).asOf("2024-11-19")
                    .score();
            var missing = KPI.month("2024-11").orders(order("O1", "ONSITE", "2024-11-08T15:00")).asOf("2024-11-20")
                    .score();
            assertThat(pending.findings("VISIT-FIRST-DEADLINE").get(0).getStatus()).isEqualTo("PENDING");
            assertThat(pending.deadlineBreaches()).isEmpty();
            assertThat(missing.findings("VISIT-FIRST-DEADLINE").get(0).getStatus()).isEqualTo("MISSING");
            assertThat(missing.deadlineBreaches()).hasSize(1);
        }
    }

    @Nested
    class LiaisonAndSecondVisit {

        private KpiHarness.Result dissatisfied(String reply, String secondVisit) {
            var first = visit(VisitKind.AS_ONSITE, "2024-11-12T10:00").order("O1").result(Rating.D)
                    .liaison("2024-11-12T11:00", reply + "T16:00", "2024-11-15T12:00").build();
            var second = visit(VisitKind.AS_ONSITE, secondVisit + "T10:00").order("O1").second().build();
            return KPI.month("2024-11").orders(order("O1", "ONSITE", "2024-11-08T15:00")).visits(first, second)
                    .score();
        }

        @Test
        void aReplyOnTheSecondWorkingDayIsOnTime() {
            VisitFinding f = dissatisfied("2024-11-14", "2024-11-18").findings("VISIT-LIAISON").get(0);
            assertThat(f.getDeadline()).hasToString("2024-11-14");
            assertThat(f.getStatus()).isEqualTo("ON_TIME");
        }

        @Test
        void aReplyOnTheThirdWorkingDayIsLate() {
            var r = dissatisfied("2024-11-15", "2024-11-18");
            assertThat(r.findings("VISIT-LIAISON").get(0).getStatus()).isEqualTo("LATE");
            assertThat(r.deadlineBreaches()).extracting(f -> f.getRuleId()).containsExactly("VISIT-LIAISON");
        }

        @Test
        void aSecondVisitOnTheThirdDayAfterTheHandlingIsOnTime() {
            var r = dissatisfied("2024-11-14", "2024-11-18");
            VisitFinding f = r.findings("VISIT-SECOND-DEADLINE").get(0);
            assertThat(f.getDeadline()).hasToString("2024-11-18");
            assertThat(f.getStatus()).isEqualTo("ON_TIME");
            assertThat(r.deadlineBreaches()).isEmpty();
            assertThat(r.findings("VISIT-SECOND-REQUIRED")).singleElement()
                    .satisfies(s -> assertThat(s.getStatus()).isEqualTo("DONE"));
        }

        @Test
        void aSecondVisitOnTheFourthDayIsLate() {
            var r = dissatisfied("2024-11-14", "2024-11-19");
            assertThat(r.findings("VISIT-SECOND-DEADLINE").get(0).getStatus()).isEqualTo("LATE");
            assertThat(r.deadlineBreaches()).extracting(f -> f.getRuleId()).containsExactly("VISIT-SECOND-DEADLINE");
        }

        @Test
        void workingDaysCarryTheSecondVisitDeadlineOverTheWeekend() throws Exception {
            // Handled on Friday 15 November: 3 calendar days end on Monday 18, 3 working days on Wednesday 20.
            var working = new KpiHarness(visitsRevisionWith("P_SECOND_VISIT_DAY_UNIT", "WORKING"));
            var first = visit(VisitKind.AS_ONSITE, "2024-11-12T10:00").order("O1").result(Rating.D)
                    .liaison("2024-11-12T11:00", "2024-11-14T16:00", "2024-11-15T12:00").build();
            var second = visit(VisitKind.AS_ONSITE, "2024-11-19T10:00").order("O1").second().build();
            VisitFinding f = working.month("2024-11").orders(order("O1", "ONSITE", "2024-11-08T15:00"))
                    .visits(first, second).score().findings("VISIT-SECOND-DEADLINE").get(0);
            assertThat(f.getDeadline()).hasToString("2024-11-20");
            assertThat(f.getStatus()).isEqualTo("ON_TIME");
            assertThat(dissatisfied("2024-11-14", "2024-11-19").findings("VISIT-SECOND-DEADLINE").get(0).getStatus())
                    .isEqualTo("LATE");
        }
    }

    @Nested
    class Sampling {

        private KpiHarness.Result branchWith(int salesVisits) {
            KpiHarness.Branch b = KPI.month("2024-11").sales(VisitRecords.sales("2024-11", 137));
            for (int i = 0; i < salesVisits; i++) {
                b.visits(visit(VisitKind.SALES, "2024-11-10T10:00").by("QIAN").build());
            }
            for (int i = 0; i < 85; i++) {
                b.deliveries(VisitRecords.delivery("D" + i, com.aftersales.visit.DeliveryRecord.Zone.LOCAL,
                        "2024-11-03T10:00", "2024-11-03T15:00", "MA"));
            }
            for (int i = 0; i < 64; i++) {
                b.orders(order("ON" + i, "ONSITE", "2024-11-04T10:00"));
            }
            for (int i = 0; i < 15; i++) {
                b.orders(order("CI" + i, "CARRY_IN", "2024-11-04T10:00"));
            }
            return b.score();
        }

        @Test
        void minimumsAreThePercentOfTheEligibleRoundedUp() {
            var r = branchWith(42);
            assertThat(List.of(r.scope("SALES").getMinimum(), r.scope("LOGISTICS").getMinimum(),
                    r.scope("AS_ONSITE").getMinimum(), r.scope("AS_CARRYIN").getMinimum(),
                    r.scope("INTERNAL").getMinimum())).containsExactly(42, 43, 64, 8, 1);
            assertThat(r.scope("SALES").isMet()).isTrue();
        }

        @Test
        void fortyOneSalesVisitsOf137AreABreach() {
            var r = branchWith(41);
            assertThat(r.scope("SALES").isMet()).isFalse();
            assertThat(r.flags("KPI_BREACH")).extracting(f -> f.getRuleId()).contains("VISIT-SCOPE-SALES");
        }

        @Test
        void onlyCompletedVisitsOfTheEligibleCount() {
            var r = KPI.month("2024-11").orders(order("O1", "ONSITE", "2024-11-04T10:00"),
                    order("O2", "ONSITE", "2024-11-04T10:00"))
                    .visits(visit(VisitKind.AS_ONSITE, "2024-11-05T10:00").order("O1").build(),
                            visit(VisitKind.AS_ONSITE, "2024-11-05T10:00").order("O2").refused().build(),
                            visit(VisitKind.INTERNAL, "2024-11-20T10:00").build())
                    .score();
            assertThat(r.scope("AS_ONSITE").getVisited()).isEqualTo(1);
            assertThat(r.scope("AS_ONSITE").isMet()).isFalse();
            assertThat(r.scope("INTERNAL").isMet()).isTrue();
        }
    }

    @Nested
    class Status {

        @Test
        void aDissatisfiedCaseEndsCompletedAfterASatisfiedSecondVisit() {
            var first = visit(VisitKind.AS_ONSITE, "2024-11-12T10:00").order("O1").result(Rating.D)
                    .liaison("2024-11-12T11:00", "2024-11-14T16:00", "2024-11-15T12:00").build();
            var second = visit(VisitKind.AS_ONSITE, "2024-11-18T10:00").order("O1").second().build();
            var r = KPI.month("2024-11").visits(first, second).score();
            var statuses = r.scored().results(com.aftersales.facts.result.VisitStatusFinding.class);
            assertThat(statuses).extracting(s -> s.getVisit().getId(), s -> s.getExpected()).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(first.id(), List.of("VISITED", "AFTER_SALES_NOTIFIED")),
                    org.assertj.core.groups.Tuple.tuple(second.id(), List.of("VISITED", "AFTER_SALES_NOTIFIED",
                            "COMPLETED")));
        }

        @Test
        void aRecordedStatusLackingWhatTheResultRequiresIsShownNotFlagged() {
            var v = visit(VisitKind.AS_ONSITE, "2024-11-12T10:00").order("O1").result(Rating.VD)
                    .status(com.aftersales.visit.VisitState.VISITED, com.aftersales.visit.VisitState.COMPLETED)
                    .liaison("2024-11-12T11:00", null, null).build();
            var r = KPI.month("2024-11").visits(v).score();
            assertThat(r.scored().results(com.aftersales.facts.result.VisitStatusFinding.class))
                    .extracting(com.aftersales.facts.result.VisitStatusFinding::isConsistent).containsExactly(false);
            assertThat(r.flags("REVIEW")).isEmpty();
        }
    }
}
