package com.aftersales.web.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word of the pages, Chinese by default; {@code messages/msg_en.properties} holds the English. A
 * template says {@code {msg:title}}; the page's locale (the {@code lang} cookie or query) picks the file.
 */
@MessageBundle(value = "msg", locale = "zh")
public interface Msg {

    @Message("售后政策引擎")
    String app();

    @Message("English")
    String otherLanguage();

    @Message("跳到正文")
    String skip();

    @Message("月份")
    String periods();

    @Message("政策")
    String policies();

    @Message("首页")
    String home();

    @Message("{year}年{month}月")
    String month(int year, int month);

    @Message("状态")
    String status();

    @Message("最近一次计算")
    String lastRun();

    @Message("分公司")
    String branch();

    @Message("员工")
    String employees();

    @Message("员工")
    String employee();

    @Message("扣款")
    String deduct();

    @Message("发放")
    String pay();

    @Message("净额")
    String net();

    @Message("标记")
    String flags();

    @Message("尚未计算")
    String notRun();

    @Message("计算本月")
    String runMonth();

    @Message("正在计算")
    String running();

    @Message("计算完成")
    String runDone();

    @Message("计算失败")
    String runFailed();

    @Message("名员工")
    String employeesUnit();

    @Message("条明细")
    String linesUnit();

    @Message("计算中")
    String statusRunning();

    @Message("已完成")
    String statusDone();

    @Message("失败")
    String statusFailed();

    @Message("合计")
    String total();

    @Message("本月对账单")
    String statement();

    @Message("政策条款")
    String policy();

    @Message("规则")
    String rule();

    @Message("日期")
    String date();

    @Message("方向")
    String direction();

    @Message("金额")
    String amount();

    @Message("说明")
    String summary();

    @Message("查看解释")
    String explain();

    @Message("打印版")
    String printable();

    @Message("打印")
    String print();

    @Message("明细解释")
    String explanation();

    @Message("手册条款")
    String clause();

    @Message("手册原文")
    String quote();

    @Message("依据的记录")
    String records();

    @Message("使用的数值")
    String values();

    @Message("计算过程")
    String arithmetic();

    @Message("修订版")
    String revision();

    @Message("生效日期")
    String effectiveFrom();

    @Message("返回对账单")
    String backToStatement();

    @Message("本月没有明细")
    String noLines();

    @Message("满意度（近12个月）")
    String satisfaction();

    @Message("满意度 %")
    String satisfactionRate();

    @Message("目标 95%")
    String target();

    @Message("回访数")
    String visits();

    @Message("不满意")
    String dissatisfied();

    @Message("无数据")
    String noData();

    @Message("政策与修订版")
    String policiesTitle();

    @Message("现行修订版")
    String activeRevision();

    @Message("修订版")
    String revisions();

    @Message("文件")
    String files();

    @Message("上传人")
    String createdBy();

    @Message("备注")
    String note();

    @Message("下载")
    String download();

    @Message("上传新修订版")
    String upload();

    @Message("文件（.drl.xlsx、.drl、policy.yaml）")
    String uploadFiles();

    @Message("上传并校验")
    String uploadSubmit();

    @Message("校验未通过：修订版未保存")
    String refused();

    @Message("已保存为候选修订版 {revision}")
    String stored(String revision);

    @Message("错误")
    String errors();

    @Message("警告")
    String warnings();

    @Message("位置")
    String location();

    @Message("信息")
    String messageCol();

    @Message("测试场景")
    String tests();

    @Message("通过 {passed} / {total}")
    String testsPassed(int passed, int total);

    @Message("场景")
    String scenario();

    @Message("结果")
    String result();

    @Message("通过")
    String passed();

    @Message("未通过")
    String failed();

    @Message("预览")
    String preview();

    @Message("预览月份")
    String previewPeriod();

    @Message("受影响员工：{changed} / {scored}")
    String previewCounts(int changed, int scored);

    @Message("之前")
    String before();

    @Message("之后")
    String after();

    @Message("差额")
    String difference();

    @Message("对比")
    String diff();

    @Message("对比修订版")
    String against();

    @Message("单元格")
    String cell();

    @Message("工作表")
    String sheet();

    @Message("变化")
    String change();

    @Message("没有差异")
    String noDifferences();

    @Message("启用")
    String activate();

    @Message("已启用修订版 {revision}")
    String activated(String revision);

    @Message("启用被拒绝")
    String activationRefused();

    @Message("点击表头可排序")
    String sortable();

    @Message("候选")
    String statusCandidate();

    @Message("现行")
    String statusActive();

    @Message("已停用")
    String statusRetired();

    @Message("已拒绝")
    String statusRejected();

    @Message("扣")
    String dirDeduct();

    @Message("发")
    String dirPay();

    @Message("查看")
    String open();

    @Message("页面未找到")
    String notFound();

    @Message("没有权限")
    String forbidden();

    @Message("请求有误")
    String badRequest();

    @Message("表格（可滚动）")
    String scrollTable();

    @Message("数值")
    String value();

    @Message("导入记录")
    String importTitle();

    @Message("已导入：收到 {received} 条，新增 {created}，更新 {updated}，未变 {unchanged}")
    String imported(int received, int created, int updated, int unchanged);

    @Message("记录类型")
    String recordKind();

    @Message("文件（CSV、XLSX、JSON）")
    String importFile();

    @Message("CSV 编码")
    String charset();

    @Message("导入")
    String importSubmit();

    @Message("模板")
    String templates();

    @Message("还没有任何月份：请先录入员工工资和记录")
    String noMonths();

    @Message("未匹配的打卡")
    String unmatchedTitle();

    @Message("已将 {count} 条打卡记入员工名下")
    String assignedPunches(String count);

    @Message("考勤机 {device}：读取 {punches} 条，新存 {stored} 条，已存在 {already} 条，未匹配 {unmatched} 条")
    String attlogDone(String device, int punches, int stored, int already, int unmatched);

    @Message("考勤机")
    String device();

    @Message("打卡数")
    String punches();

    @Message("最早")
    String firstPunch();

    @Message("最晚")
    String lastPunch();

    @Message("记到员工")
    String assignTo();

    @Message("确定")
    String assign();

    @Message("没有未匹配的打卡")
    String noUnmatched();

    @Message("上传考勤机数据（attlog.dat）")
    String attlogTitle();

    @Message("原因")
    String reason();

    @Message("结账")
    String close();

    @Message("重新打开")
    String reopen();

    @Message("导出给工资")
    String export();

    @Message("明细、合计、考勤月报")
    String exportXlsx();

    @Message("本月未结账：导出文件标为草稿")
    String draftExport();

    @Message("考勤月报")
    String attendanceReport();

    @Message("每人一行：应出勤与实际出勤天数、按档次的迟到早退次数、旷工天数、按假别的请假小时、加班天数；与导出文件的考勤月报一致。")
    String attendanceReportIntro();

    @Message("本月未结账：这是草稿")
    String draftReport();

    @Message("本月没有对账单：先运行本月")
    String noStatements();

    @Message("记录")
    String history();

    @Message("操作")
    String action();

    @Message("登录")
    String login();

    @Message("用户名")
    String username();

    @Message("密码")
    String password();

    @Message("用户名或密码错误")
    String loginFailed();

    @Message("退出")
    String logout();

    @Message("当前用户：{user}")
    String signedInAs(String user);
}
