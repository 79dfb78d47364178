package com.aftersales.support;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.spi.JobFactory;
import org.quartz.utils.ConnectionProvider;

/**
 * A second instance of the service's scheduler in the test's JVM: a node of the same Quartz cluster (same
 * scheduler name, same tables of the test database, its own instance id), executing jobs with the beans of the
 * running service through the job factory the test gives. {@link #kill} stops it the way a dying process
 * stops: it checks in no more and finishes nothing it holds, so the cluster takes it for dead and recovers the
 * jobs it was executing.
 */
public final class SecondInstance implements AutoCloseable {

    private final Scheduler first;
    private final Scheduler scheduler;

    private SecondInstance(Scheduler first, Scheduler scheduler) {
        this.first = first;
        this.scheduler = scheduler;
    }

    /**
     * Starts a node of the cluster of {@code first} (the service's own scheduler) on {@code db}, with
     * {@code threads} worker threads, executing every job through {@code jobs}.
     */
    public static SecondInstance start(Scheduler first, AgroalDataSource db, String instanceId, int threads,
            JobFactory jobs) throws SchedulerException {
        Database.source = db;
        Properties p = new Properties();
        p.put("org.quartz.scheduler.instanceName", first.getSchedulerName());
        p.put("org.quartz.scheduler.instanceId", instanceId);
        p.put("org.quartz.scheduler.skipUpdateCheck", "true");
        p.put("org.quartz.scheduler.idleWaitTime", "1000");
        p.put("org.quartz.scheduler.threadsInheritContextClassLoaderOfInitializer", "true");
        p.put("org.quartz.scheduler.classLoadHelper.class", "org.quartz.simpl.InitThreadContextClassLoadHelper");
        p.put("org.quartz.threadPool.threadCount", Integer.toString(threads));
        p.put("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.put("org.quartz.jobStore.driverDelegateClass", "io.quarkus.quartz.runtime.jdbc.QuarkusPostgreSQLDelegate");
        p.put("org.quartz.jobStore.useProperties", "true");
        p.put("org.quartz.jobStore.isClustered", "true");
        p.put("org.quartz.jobStore.clusterCheckinInterval", "1000");
        p.put("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        p.put("org.quartz.jobStore.dataSource", "second");
        p.put("org.quartz.dataSource.second.connectionProvider.class", Database.class.getName());
        // Quartz keeps one scheduler per name in a JVM-wide repository, and the service's holds the cluster's name:
        // it steps aside while the second node is made, and is put back after
        SchedulerRepository repository = SchedulerRepository.getInstance();
        repository.remove(first.getSchedulerName());
        Scheduler second;
        try {
            second = new StdSchedulerFactory(p).getScheduler();
        } finally {
            repository.remove(first.getSchedulerName());
            repository.bind(first);
        }
        second.setJobFactory(jobs);
        second.start();
        return new SecondInstance(first, second);
    }

    /** A job factory that executes each job with {@code job}. */
    public static JobFactory executingWith(java.util.function.Supplier<? extends Job> job) {
        return (bundle, scheduler) -> job.get();
    }

    public String instanceId() throws SchedulerException {
        return scheduler.getSchedulerInstanceId();
    }

    /** Stops the node as a crash would: no more check-ins, nothing it is executing is finished or released. */
    public void kill() throws SchedulerException {
        scheduler.shutdown(false);
        rebindFirst();
    }

    @Override
    public void close() throws SchedulerException {
        if (!scheduler.isShutdown()) {
            scheduler.shutdown(true);
            rebindFirst();
        }
    }

    /** A scheduler that shuts down leaves Quartz's repository by its name, which is also the first one's. */
    private void rebindFirst() throws SchedulerException {
        SchedulerRepository repository = SchedulerRepository.getInstance();
        if (repository.lookup(first.getSchedulerName()) == null) {
            repository.bind(first);
        }
    }

    /** The test database, through the service's pool (which the node must not close). */
    public static final class Database implements ConnectionProvider {

        static volatile AgroalDataSource source;

        @Override
        public Connection getConnection() throws SQLException {
            return source.getConnection();
        }

        @Override
        public void shutdown() {
            // the pool is the service's
        }

        @Override
        public void initialize() {
        }
    }
}
