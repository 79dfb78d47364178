package com.aftersales.payroll;

import jakarta.enterprise.context.Dependent;
import org.jboss.logging.Logger;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;

/**
 * One step of a run, as Quartz executes it on whichever instance of the service acquired it: score and write
 * a partition, switch the statements once every partition is written, or remove the lines the switch
 * replaced. A step that fails fails its run (the previous statements stay); nothing is retried but what an
 * instance that died left unfinished, which Quartz's recovery hands to another instance.
 */
@Dependent
public class RunJob implements Job {

    /** What a run is made of, in the order it is executed. */
    public enum Step { PARTITION, FINISH }

    static final String RUN_ID = "runId";
    static final String STEP = "step";
    static final String PART = "part";
    private static final Logger LOG = Logger.getLogger(RunJob.class);

    private final RunService runs;

    public RunJob(RunService runs) {
        this.runs = runs;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        String runId = data.getString(RUN_ID);
        Step step = Step.valueOf(data.getString(STEP));
        int part = Integer.parseInt(data.getString(PART));
        try {
            switch (step) {
                case PARTITION -> runs.scorePartition(runId, part, instance(context));
                case FINISH -> runs.finish(runId);
            }
        } catch (RuntimeException e) {
            runs.fail(runId, step + (step == Step.PARTITION ? " " + part : ""), e);
        }
    }

    private static String instance(JobExecutionContext context) {
        try {
            return context.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return "unknown";
        }
    }
}
