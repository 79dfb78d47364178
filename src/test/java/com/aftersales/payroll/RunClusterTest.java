package com.aftersales.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.bench.CompanyDatabase;
import com.aftersales.bench.CompanyGenerator;
import com.aftersales.support.RunResults;
import com.aftersales.support.Runs;
import com.aftersales.support.SecondInstance;
import com.aftersales.support.TestDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;

/**
 * Several instances share a run through the clustered scheduler: the service's own scheduler and a second node
 * of its cluster in this JVM ({@link SecondInstance}) execute the partitions of one run between them, and the
 * statements are those of a run on one instance, line for line; a node killed while it holds a partition leaves
 * it to the other, which completes the run with the same statements.
 */
@QuarkusTest
class RunClusterTest {

    static final YearMonth NOVEMBER = YearMonth.of(2024, 11);
    /** Six partitions of 25 (the test profile's partition size). */
    static final int EMPLOYEES = 150;

    @Inject
    TestDatabase db;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    Scheduler quartz;

    @BeforeEach
    void aGeneratedCompany() throws Exception {
        db.reset();
        try (Connection c = dataSource.getConnection()) {
            new CompanyDatabase(json).write(c, new CompanyGenerator(20241115, NOVEMBER).generate(EMPLOYEES));
        }
    }

    @AfterEach
    void firstInstanceRuns() throws Exception {
        if (quartz.isInStandbyMode()) {
            quartz.start();
        }
    }

    @Test
    void twoInstancesGiveTheStatementsOfOneLineForLine() throws Exception {
        Map<String, List<String>> alone = RunResults.of(dataSource, Runs.awaitDone(Runs.start(NOVEMBER.toString()))
                .jsonPath().getString("runId"));
        assertThat(alone.get("statements")).hasSize(EMPLOYEES);

        quartz.standby();
        try (SecondInstance second = SecondInstance.start(quartz, dataSource, "second-node", 1,
                SecondInstance.executingWith(() -> Arc.container().instance(RunJob.class).get()))) {
            String runId = Runs.start(NOVEMBER.toString());
            awaitPartitionsExecutedBy(runId, second.instanceId(), 2);
            quartz.start();
            Runs.awaitDone(runId);

            assertThat(executors(runId)).containsOnlyKeys(second.instanceId(), quartz.getSchedulerInstanceId());
            assertThat(RunResults.of(dataSource, runId)).containsExactlyEntriesOf(alone);
        }
    }

    @Test
    void aRunCompletesOnTheOtherInstanceWhenOneDiesHoldingAPartition() throws Exception {
        Map<String, List<String>> alone = RunResults.of(dataSource, Runs.awaitDone(Runs.start(NOVEMBER.toString()))
                .jsonPath().getString("runId"));

        quartz.standby();
        Dying dying = new Dying(2);
        try (SecondInstance second = SecondInstance.start(quartz, dataSource, "dying-node", 1,
                SecondInstance.executingWith(() -> dying))) {
            String runId = Runs.start(NOVEMBER.toString());
            assertThat(dying.holding.await(5, TimeUnit.MINUTES)).as("the second node took a third partition").isTrue();
            second.kill();
            assertThat(executors(runId)).containsExactly(Map.entry(second.instanceId(), 2));
            quartz.start();

            Runs.awaitDone(runId);
            assertThat(executors(runId)).containsOnly(Map.entry(second.instanceId(), 2),
                    Map.entry(quartz.getSchedulerInstanceId(), 4));
            assertThat(RunResults.of(dataSource, runId)).containsExactlyEntriesOf(alone);

            // the dead node's thread wakes up and goes on with its partition: it finds it written and writes nothing
            dying.wakeUp.countDown();
            assertThat(dying.woken.await(1, TimeUnit.MINUTES)).isTrue();
            assertThat(RunResults.of(dataSource, runId)).containsExactlyEntriesOf(alone);
            assertThat(Runs.await(runId).jsonPath().getInt("lines")).isEqualTo(alone.get("lines").size());
        }
    }

    /** Who executed the run's partitions: how many each instance did. */
    private Map<String, Integer> executors(String runId) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        RunResults.rows(dataSource, "select executed_by, count(*) from run_partition where run_id = ? and status = 'DONE' "
                + "group by executed_by", runId).forEach(r -> out.put(r.split("\t")[0], Integer.parseInt(r.split("\t")[1])));
        return out;
    }

    private void awaitPartitionsExecutedBy(String runId, String instance, int count) throws InterruptedException {
        long until = System.nanoTime() + Runs.PATIENCE.toNanos();
        while (executors(runId).getOrDefault(instance, 0) < count) {
            assertThat(System.nanoTime()).as("%s executed %d partitions of %s", instance, count, runId).isLessThan(until);
            Thread.sleep(100);
        }
    }

    /**
     * The jobs of a node that dies: it executes its first partitions as the service does, then holds the next one
     * without finishing it until it is woken up, long after its node was killed.
     */
    static final class Dying implements Job {

        final CountDownLatch holding = new CountDownLatch(1);
        final CountDownLatch wakeUp = new CountDownLatch(1);
        final CountDownLatch woken = new CountDownLatch(1);
        private final int before;
        private final AtomicInteger partitions = new AtomicInteger();

        Dying(int before) {
            this.before = before;
        }

        @Override
        public void execute(JobExecutionContext context) {
            RunJob job = Arc.container().instance(RunJob.class).get();
            boolean partition = "PARTITION".equals(context.getMergedJobDataMap().getString("step"));
            if (partition && partitions.incrementAndGet() > before) {
                holding.countDown();
                try {
                    wakeUp.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                job.execute(context);
                woken.countDown();
                return;
            }
            job.execute(context);
        }
    }
}
