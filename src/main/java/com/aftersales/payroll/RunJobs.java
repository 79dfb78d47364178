package com.aftersales.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * The steps of runs as jobs of the clustered Quartz scheduler (JDBC job store on the service's database,
 * container-managed transactions): scheduling a step inside a transaction commits with it, so a run's
 * partitions exist exactly when the run does, and the finish exactly when the last partition is written.
 * Every job asks for recovery: if the instance executing it dies, another instance executes it again.
 */
@ApplicationScoped
public class RunJobs {

    private final Scheduler quartz;

    public RunJobs(Scheduler quartz) {
        this.quartz = quartz;
    }

    /** Schedules the run's partitions 0..count-1, to be executed at once by whichever instance is free. */
    void partitions(String runId, int count) {
        for (int part = 0; part < count; part++) {
            schedule(runId, RunJob.Step.PARTITION, part);
        }
    }

    /** Schedules the switch of the period's statements to the run. */
    void finish(String runId) {
        schedule(runId, RunJob.Step.FINISH, -1);
    }

    /** Removes the steps of a run not yet executed (a run that failed). */
    void cancel(String runId) {
        try {
            List<JobKey> keys = new ArrayList<>(quartz.getJobKeys(GroupMatcher.jobGroupEquals(group(runId))));
            quartz.deleteJobs(keys);
        } catch (SchedulerException e) {
            throw new IllegalStateException("the jobs of run " + runId + " cannot be removed", e);
        }
    }

    private void schedule(String runId, RunJob.Step step, int part) {
        String name = step == RunJob.Step.PARTITION ? "part-" + part : step.name().toLowerCase();
        JobDetail job = JobBuilder.newJob(RunJob.class).withIdentity(name, group(runId))
                .usingJobData(RunJob.RUN_ID, runId).usingJobData(RunJob.STEP, step.name())
                .usingJobData(RunJob.PART, Integer.toString(part)).requestRecovery(true).build();
        Trigger now = TriggerBuilder.newTrigger().withIdentity(name, group(runId)).startNow()
                .withSchedule(org.quartz.SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            quartz.scheduleJob(job, now);
        } catch (SchedulerException e) {
            throw new IllegalStateException("step " + name + " of run " + runId + " cannot be scheduled", e);
        }
    }

    private static String group(String runId) {
        return "run-" + runId;
    }
}
