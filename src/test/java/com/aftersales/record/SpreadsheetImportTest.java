package com.aftersales.record;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.aftersales.support.Api;
import com.aftersales.support.Company;
import com.aftersales.support.TestDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Punches, leave and work orders as branch offices produce them: a CSV saved by Excel or WPS in GB18030 and an
 * XLSX workbook, with Chinese headers, Chinese enum labels and the date-time forms clocks and Excel write, store
 * the same records as the same data sent as JSON with field names and codes.
 */
@QuarkusTest
class SpreadsheetImportTest {

    static final Charset GB18030 = Charset.forName("GB18030");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    TestDatabase db;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
    }

    static final List<Map<String, Object>> PUNCHES = List.of(
            Map.of("id", "P1", "employeeId", "WANG", "at", "2024-11-04T08:31", "source", "FINGERPRINT"),
            Map.of("id", "P2", "employeeId", "WANG", "at", "2024-11-04T17:35:02", "source", "SIGN_IN"));

    static final List<Map<String, Object>> LEAVE = List.of(Map.of("id", "L1", "employeeId", "WANG",
            "type", "PERSONAL", "start", "2024-11-05", "end", "2024-11-05", "startTime", "13:30", "endTime", "17:30",
            "hours", 4, "status", "APPROVED", "approvalChain", List.of("DIRECT_SUPERIOR", "BRANCH_MANAGER")));

    static final List<Map<String, Object>> WORK_ORDERS = List.of(Map.ofEntries(Map.entry("id", "O1"),
            Map.entry("installerIds", List.of("WANG", "CHEN")), Map.entry("productCategory", "AC_WALL"),
            Map.entry("serviceType", "INSTALL"), Map.entry("serviceMode", "ONSITE"), Map.entry("distanceKm", 1.8),
            Map.entry("dispatchedAt", "2024-11-05T09:00"), Map.entry("acceptedAt", "2024-11-05T09:00"),
            Map.entry("appointmentCallAt", "2024-11-05T09:10"), Map.entry("agreedVisitTime", "2024-11-05T14:00"),
            Map.entry("arrivedAt", "2024-11-05T14:00"), Map.entry("completedAt", "2024-11-05T15:00"),
            Map.entry("drinking", false)));

    static final String PUNCH_CSV = "编号,工号,姓名,打卡时间,打卡方式\n"
            + "P1,WANG,王师傅,2024/11/4 8:31,指纹\n"
            + "P2,WANG,王师傅,2024-11-04 17:35:02,签到\n";

    static final String LEAVE_CSV = "请假单号,工号,姓名,假别,开始,结束,请假小时数,审批状态,审批人\n"
            + "L1,WANG,王师傅,事假,2024-11-05 13:30,2024/11/5 17:30,4,已批准,直接上级|分公司经理\n";

    static final String WORK_ORDER_CSV = "派工单号,安装人员工号,品类,服务类型,服务方式,距离(公里),派工时间,接单时间,"
            + "电话预约时间,约定上门时间,上门时间,完成时间,酒后作业\n"
            + "O1,WANG|CHEN,壁挂空调,安装,上门,1.8,2024-11-05 09:00,2024-11-05 09:00,2024-11-05 09:10,"
            + "2024/11/5 14:00,2024/11/5 14:00,2024-11-05 15:00:00,否\n";

    @Test
    void punchesFromAGb18030CsvWithChineseHeadersAreTheRecordsOfTheSameJson() {
        assertSameAsJson("punch", "/api/punches", PUNCHES, () -> postCsv("/api/punches", PUNCH_CSV));
    }

    @Test
    void leaveFromAGb18030CsvWithChineseHeadersAndLabelsIsTheRecordOfTheSameJson() {
        assertSameAsJson("leave", "/api/leave", LEAVE, () -> postCsv("/api/leave", LEAVE_CSV));
    }

    @Test
    void workOrdersFromAGb18030CsvWithChineseHeadersAndLabelsAreTheRecordsOfTheSameJson() {
        assertSameAsJson("workOrder", "/api/work-orders", WORK_ORDERS, () -> postCsv("/api/work-orders", WORK_ORDER_CSV));
    }

    @Test
    void punchesFromAnXlsxWithExcelDateCellsAreTheRecordsOfTheSameJson() {
        byte[] xlsx = workbook(List.of(List.of("编号", "工号", "姓名", "打卡时间", "打卡方式"),
                List.of("P1", "WANG", "王师傅", LocalDateTime.parse("2024-11-04T08:31"), "指纹"),
                List.of("P2", "WANG", "王师傅", LocalDateTime.parse("2024-11-04T17:35:02"), "签到")));
        assertSameAsJson("punch", "/api/punches", PUNCHES, () -> postXlsx("/api/punches", xlsx));
    }

    @Test
    void leaveAndWorkOrdersFromAnXlsxAreTheRecordsOfTheSameJson() {
        byte[] leave = workbook(List.of(List.of("请假单号", "工号", "假别", "开始", "结束", "请假小时数", "审批状态", "审批人"),
                List.of("L1", "WANG", "事假", LocalDateTime.parse("2024-11-05T13:30"),
                        LocalDateTime.parse("2024-11-05T17:30"), 4, "已批准", "直接上级|分公司经理")));
        assertSameAsJson("leave", "/api/leave", LEAVE, () -> postXlsx("/api/leave", leave));
        byte[] orders = workbook(List.of(List.of("派工单号", "安装人员工号", "品类", "服务类型", "服务方式", "距离(公里)",
                "派工时间", "接单时间", "电话预约时间", "约定上门时间", "上门时间", "完成时间", "酒后作业"),
                List.of("O1", "WANG|CHEN", "壁挂空调", "安装", "上门", 1.8, LocalDateTime.parse("2024-11-05T09:00"),
                        LocalDateTime.parse("2024-11-05T09:00"), LocalDateTime.parse("2024-11-05T09:10"),
                        LocalDateTime.parse("2024-11-05T14:00"), LocalDateTime.parse("2024-11-05T14:00"),
                        LocalDateTime.parse("2024-11-05T15:00"), "否")));
        assertSameAsJson("workOrder", "/api/work-orders", WORK_ORDERS, () -> postXlsx("/api/work-orders", orders));
    }

    @Test
    void aCsvWithoutCharsetThatIsNotUtf8IsReadAsGb18030AsExcelSavesIt() {
        given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                .encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("text/csv").body(PUNCH_CSV.getBytes(GB18030)).post("/api/punches").then()
                .statusCode(200).body("created", is(2));
    }

    @Test
    void theTemplateOfAKindHasItsChineseColumnsAndCanBeFilledInAndPostedBack() throws IOException {
        byte[] template = given().when().get("/api/templates/punches.xlsx").then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(template))) {
            Row header = wb.getSheetAt(0).getRow(0);
            List<String> names = new ArrayList<>();
            header.forEach(c -> names.add(c.getStringCellValue()));
            assertThat(names).containsExactly("编号", "工号", "打卡时间", "打卡方式");
            assertThat(wb.getSheet("字段说明").getRow(2).getCell(1).getStringCellValue()).isEqualTo("employeeId");
            Row row = wb.getSheetAt(0).createRow(1);
            row.createCell(0).setCellValue("P1");
            row.createCell(1).setCellValue("WANG");
            row.createCell(2).setCellValue("2024-11-04 08:31");
            row.createCell(3).setCellValue("指纹");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            postXlsx("/api/punches", out.toByteArray()).statusCode(200).body("created", is(1));
        }
        given().when().get("/api/templates/nothing.xlsx").then().statusCode(404);
    }

    @Test
    void enumLabelsAndClockDateTimesAreAcceptedInJsonToo() {
        Api.post("/api/punches", List.of(Map.of("id", "P1", "employeeId", "WANG", "at", "2024/11/4 8:31",
                "source", "指纹"))).statusCode(200);
        Api.post("/api/leave", List.of(Map.of("id", "L1", "employeeId", "WANG", "type", "事假", "start", "2024-11-05",
                "end", "2024-11-05", "hours", 8, "status", "已批准", "approvalChain", List.of("直接上级", "总公司人资部"))))
                .statusCode(200);
        assertThat(payload("punch", "P1")).contains("\"at\":\"2024-11-04T08:31:00\"").contains("\"FINGERPRINT\"");
        assertThat(payload("leave", "L1")).contains("\"PERSONAL\"").contains("[\"DIRECT_SUPERIOR\",\"HQ_HR\"]");
    }

    private void assertSameAsJson(String kind, String path, List<Map<String, Object>> json,
            java.util.function.Supplier<ValidatableResponse> table) {
        Api.post(path, json).statusCode(200);
        Map<String, String> fromJson = payloads(kind);
        assertThat(fromJson).hasSize(json.size());
        db.reset();
        Company.examples("2024-11");
        table.get().statusCode(200).body("created", is(json.size()));
        assertThat(payloads(kind)).isEqualTo(fromJson);
    }

    static ValidatableResponse postCsv(String path, String csv) {
        return given().contentType("text/csv; charset=GB18030").body(csv.getBytes(GB18030)).when().post(path).then();
    }

    static ValidatableResponse postXlsx(String path, byte[] xlsx) {
        return given().contentType(XLSX).body(xlsx).when().post(path).then();
    }

    /** A workbook of one sheet: strings, numbers and date-time cells formatted as Excel formats them. */
    static byte[] workbook(List<List<Object>> rows) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("记录");
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    var cell = row.createCell(c);
                    if (v instanceof LocalDateTime t) {
                        cell.setCellValue(t);
                        cell.setCellStyle(dateTime);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(String.valueOf(v));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> payloads(String kind) {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id, payload::text from record where kind = '" + kind + "'")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private String payload(String kind, String id) {
        return payloads(kind).get(id).replace(" ", "");
    }
}
