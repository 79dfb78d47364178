package com.aftersales.web.ui;

import com.aftersales.explain.Explanation;
import com.aftersales.payroll.RunView;
import com.aftersales.payroll.StatementViews;
import com.aftersales.policy.PolicyQueries;
import com.aftersales.policy.admin.PreviewViews;
import com.aftersales.policy.admin.RevisionDiff;
import com.aftersales.policy.scenario.ScenarioResult;
import com.aftersales.policy.scenario.Scenarios;
import com.aftersales.problem.ApiError;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The pages' templates ({@code templates/Pages/<name>.html}), checked against these parameters at build time. */
@CheckedTemplate(basePath = "Pages")
@TemplateData(target = StatementViews.Summary.class)
@TemplateData(target = StatementViews.Statement.class)
@TemplateData(target = StatementViews.LineView.class)
@TemplateData(target = StatementViews.FlagView.class)
@TemplateData(target = StatementViews.Ref.class)
@TemplateData(target = RunView.class)
@TemplateData(target = Explanation.class)
@TemplateData(target = Explanation.Text.class)
@TemplateData(target = Explanation.UsedValue.class)
@TemplateData(target = PolicyQueries.PolicyView.class)
@TemplateData(target = PolicyQueries.RevisionView.class)
@TemplateData(target = PreviewViews.Result.class)
@TemplateData(target = PreviewViews.Employee.class)
@TemplateData(target = PreviewViews.Totals.class)
@TemplateData(target = PreviewViews.LineChange.class)
@TemplateData(target = PreviewViews.Rule.class)
@TemplateData(target = RevisionDiff.Result.class)
@TemplateData(target = RevisionDiff.FileChange.class)
@TemplateData(target = RevisionDiff.CellChange.class)
@TemplateData(target = RevisionDiff.LineChange.class)
@TemplateData(target = Scenarios.TestRun.class)
@TemplateData(target = ScenarioResult.class)
@TemplateData(target = ApiError.class)
@TemplateData(target = com.aftersales.payroll.PeriodService.PeriodView.class)
@TemplateData(target = com.aftersales.payroll.PeriodService.Event.class)
@TemplateData(target = com.aftersales.record.ImportSummary.class)
@TemplateData(target = com.aftersales.attendance.clock.ClockDevices.Device.class)
@TemplateData(target = com.aftersales.attendance.clock.ClockDevices.LogSummary.class)
public final class Pages {

    private Pages() {
    }

    public static native TemplateInstance error(int status, String title, String detail, List<ApiError> errors);

    public static native TemplateInstance login(boolean failed);

    public static native TemplateInstance home();

    public static native TemplateInstance periods(List<UiQueries.Month> months);

    public static native TemplateInstance period(String period, String branch, List<UiQueries.Branch> branches,
            List<StatementViews.Summary> employees, UiQueries.BranchTotals total, RunView run, List<RunView> runs,
            boolean mayRun, com.aftersales.payroll.PeriodService.PeriodView state, boolean mayExport, String problem);

    public static native TemplateInstance attendance(String period, com.aftersales.payroll.ExportService.AttendanceReport report);

    public static native TemplateInstance statement(StatementViews.Statement statement, List<Views.PolicyGroup> groups,
            boolean print, List<Explanation> explanations);

    public static native TemplateInstance explanation(Explanation e, List<Views.RecordRow> records, String employeeName);

    public static native TemplateInstance satisfaction(String branch, String branchName, String to,
            List<UiQueries.Branch> branches, String chartJson, List<Views.KpiMonth> months);

    public static native TemplateInstance recordImport(List<String> kinds, String kind,
            com.aftersales.record.ImportSummary done, String detail, List<ApiError> errors);

    public static native TemplateInstance unmatched(String branch, List<UiQueries.Branch> branches,
            List<Views.PinGroup> groups, List<UiQueries.Person> people,
            List<com.aftersales.attendance.clock.ClockDevices.Device> devices, String assigned, String detail,
            List<ApiError> errors, com.aftersales.attendance.clock.ClockDevices.LogSummary log);

    public static native TemplateInstance policies(List<PolicyQueries.PolicyView> policies);

    public static native TemplateInstance policy(PolicyQueries.PolicyView policy, List<PolicyQueries.RevisionView> revisions,
            String today);

    public static native TemplateInstance uploaded(PolicyQueries.PolicyView policy, PolicyQueries.RevisionView stored,
            String detail, List<ApiError> errors, List<ApiError> warnings, List<Views.Grid> grids,
            List<ApiError> testFailures);

    public static native TemplateInstance revision(PolicyQueries.PolicyView policy, PolicyQueries.RevisionView revision,
            List<ApiError> errors, List<ApiError> warnings, Scenarios.TestRun tests, List<PolicyQueries.RevisionView> others,
            String notice, String problem, List<ApiError> problemErrors, String period);

    public static native TemplateInstance preview(PolicyQueries.PolicyView policy, PreviewViews.Result preview);

    public static native TemplateInstance diff(PolicyQueries.PolicyView policy, RevisionDiff.Result diff);
}
