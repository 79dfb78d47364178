package com.aftersales.attendance.clock;

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
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clock machines: a ZKTeco attlog.dat uploaded for a registered device puts its punches on the employees whose
 * PINs they carry; a device playing the iClock push protocol (handshake, ATTLOG posts, one repeated) stores each
 * punch once; a punch of an unmapped PIN is kept, listed, and lands on its employee once the PIN is mapped; an
 * unregistered serial number is refused.
 */
@QuarkusTest
class ClockDevicesTest {

    /** attlog.dat as a ZKTeco clock's USB export writes it: PIN right-aligned, tabs, CRLF. */
    static final String ATTLOG = "        1\t2024-11-04 08:29:12\t0\t1\t0\t0\r\n"
            + "        2\t2024-11-04 08:31:00\t0\t1\t0\t0\r\n"
            + "        1\t2024-11-04 17:35:02\t1\t1\t0\t0\r\n";

    @Inject
    TestDatabase db;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void company() {
        db.reset();
        Company.examples("2024-11");
        Api.put("/api/clock-devices/ZK1", Map.of("branch", "MIANXIAN", "name", "勉县前台")).statusCode(200);
        Api.put("/api/clock-devices/ZK2", Map.of("branch", "MIANXIAN")).statusCode(200);
        Api.post("/api/clock-pins", List.of(Map.of("employeeId", "WANG", "pin", "1", "deviceSerial", "ZK1"),
                Map.of("employeeId", "ZHAO", "pin", "2", "branch", "MIANXIAN"))).statusCode(200);
    }

    @Test
    void anAttlogUploadedForItsDevicePutsThePunchesOnTheEmployeesOfTheirPins() {
        given().contentType("application/octet-stream").body(ATTLOG.getBytes(StandardCharsets.US_ASCII))
                .when().post("/api/clock-devices/ZK1/attlog").then().statusCode(200)
                .body("punches", is(3)).body("stored", is(3)).body("unmatched", is(0));
        assertThat(punches()).containsExactly("WANG 2024-11-04T08:29:12 FINGERPRINT",
                "WANG 2024-11-04T17:35:02 FINGERPRINT", "ZHAO 2024-11-04T08:31:00 FINGERPRINT");
        Api.get("/api/clock-devices?branch=MIANXIAN").statusCode(200).body("serial", hasItem("ZK1"));
        Api.get("/api/clock-pins?branch=MIANXIAN").statusCode(200).body("employeeId", hasItem("ZHAO"));
    }

    @Test
    void aDevicePushingItsLogStoresEachPunchOnceThoughItRepeatsAPost() {
        given().queryParam("SN", "ZK2").queryParam("options", "all").queryParam("pushver", "2.4.1")
                .when().get("/iclock/cdata").then().statusCode(200)
                .body(containsString("GET OPTION FROM: ZK2")).body(containsString("Realtime=1"))
                .body(containsString("TransFlag=TransData AttLog"));
        String first = "2\t2024-11-05 08:20:00\t0\t1\t0\t0\t0\n2\t2024-11-05 17:31:10\t1\t1\t0\t0\t0\n";
        String second = "2\t2024-11-06 08:25:30\t0\t1\t0\t0\t0\n";
        push(first).body(is("OK: 2"));
        push(second).body(is("OK: 1"));
        push(first).body(is("OK: 2"));
        given().queryParam("SN", "ZK2").when().get("/iclock/getrequest").then().statusCode(200).body(is("OK"));
        given().queryParam("SN", "ZK2").queryParam("table", "OPERLOG").body("OPLOG 4\t0\t2024-11-05 08:00:00\n")
                .when().post("/iclock/cdata").then().statusCode(200).body(is("OK"));
        assertThat(punches()).containsExactly("ZHAO 2024-11-05T08:20:00 FINGERPRINT",
                "ZHAO 2024-11-05T17:31:10 FINGERPRINT", "ZHAO 2024-11-06T08:25:30 FINGERPRINT");
        Api.get("/api/clock-devices?branch=MIANXIAN").statusCode(200);
    }

    @Test
    void aPunchOfAnUnmappedPinIsKeptListedAndLandsOnItsEmployeeOnceMapped() {
        String log = "        9\t2024-11-04 08:40:00\t0\t1\t0\t0\r\n        1\t2024-11-04 08:29:12\t0\t1\t0\t0\r\n";
        given().body(log.getBytes(StandardCharsets.US_ASCII)).contentType("text/plain")
                .when().post("/api/clock-devices/ZK1/attlog").then().statusCode(200)
                .body("stored", is(1)).body("unmatched", is(1));
        Api.get("/api/punches/unmatched?branch=MIANXIAN").statusCode(200)
                .body("size()", is(1)).body("[0].pin", is("9")).body("[0].deviceSerial", is("ZK1"))
                .body("[0].at", is("2024-11-04T08:40"));
        assertThat(punches()).containsExactly("WANG 2024-11-04T08:29:12 FINGERPRINT");

        Api.post("/api/clock-pins", List.of(Map.of("employeeId", "CHEN", "pin", "9", "deviceSerial", "ZK1")))
                .statusCode(200).body("stored", is(1)).body("unmatched", is(0));
        Api.get("/api/punches/unmatched").statusCode(200).body("size()", is(0));
        assertThat(punches()).containsExactly("CHEN 2024-11-04T08:40:00 FINGERPRINT",
                "WANG 2024-11-04T08:29:12 FINGERPRINT");

        given().body(log.getBytes(StandardCharsets.US_ASCII)).contentType("text/plain")
                .when().post("/api/clock-devices/ZK1/attlog").then().statusCode(200).body("stored", is(0));
        assertThat(punches()).hasSize(2);
    }

    @Test
    void anUnregisteredSerialNumberIsRefusedAndStoresNothing() {
        given().queryParam("SN", "ROGUE").when().get("/iclock/cdata").then().statusCode(403);
        given().queryParam("SN", "ROGUE").queryParam("table", "ATTLOG").body("2\t2024-11-05 08:20:00\t0\t1\n")
                .when().post("/iclock/cdata").then().statusCode(403);
        given().when().post("/iclock/cdata?table=ATTLOG").then().statusCode(403);
        given().queryParam("SN", "ROGUE").when().get("/iclock/getrequest").then().statusCode(403);
        given().header("Accept-Language", "zh-CN").body(ATTLOG).contentType("text/plain")
                .when().post("/api/clock-devices/ROGUE/attlog").then().statusCode(403)
                .body("detail", is("没有登记序列号为 ROGUE 的考勤机"));
        assertThat(punches()).isEmpty();
    }

    @Test
    void aDeviceWithoutAUserReachesOnlyTheIclockAddresses() {
        given().auth().none().queryParam("SN", "ZK2").when().get("/iclock/getrequest").then().statusCode(200)
                .body(is("OK"));
        given().auth().none().queryParam("SN", "ZK2").when().get("/api/punches/unmatched").then().statusCode(401);
        given().auth().none().queryParam("SN", "ZK2").contentType("text/plain").body(ATTLOG)
                .when().post("/api/clock-devices/ZK2/attlog").then().statusCode(401);
        given().auth().none().queryParam("SN", "ZK2").when().get("/api/clock-devices").then().statusCode(401);
    }

    @Test
    void aLineThatIsNotAPunchRefusesTheLogByItsLineInChinese() {
        given().header("Accept-Language", "zh-CN").contentType("text/plain")
                .body("        1\t2024-11-04 08:29:12\t0\t1\t0\t0\r\n        1\t04.11.2024 8h\t0\t1\r\n")
                .when().post("/api/clock-devices/ZK1/attlog").then().statusCode(400)
                .body("errors[0].location", is("line 2")).body("errors[0].message", containsString("不是有效的日期时间"))
                .body("detail", is("考勤记录中有 1 行无法读取；未保存任何记录"));
        assertThat(punches()).isEmpty();
    }

    private static io.restassured.response.ValidatableResponse push(String lines) {
        return given().queryParam("SN", "ZK2").queryParam("table", "ATTLOG").queryParam("Stamp", "9999")
                .contentType("text/plain").body(lines.getBytes(StandardCharsets.US_ASCII))
                .when().post("/iclock/cdata").then().statusCode(200);
    }

    /** "EMPLOYEE at source" of every stored punch, sorted. */
    private List<String> punches() {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select payload->>'employeeId', payload->>'at', payload->>'source' "
                        + "from record where kind = 'punch' order by 1, 2")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
