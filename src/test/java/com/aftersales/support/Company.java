package com.aftersales.support;

import static com.aftersales.support.Api.put;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people of handbook/examples.md, put in place through the API: the five branches of the
 * handbook and the example profiles (WANG, CHEN, SUN, LI, ZHAO, ZHOU), with their wages for a period.
 */
public final class Company {

    private Company() {
    }

    public static void branches() {
        branch("MIANXIAN", "勉县分公司", "2008-01-01");
        branch("CHENGGU", "城固分公司", "2010-01-01");
        branch("XIXIANG", "西乡分公司", "2011-01-01");
        branch("HANZHONG", "汉中分公司", "2013-06-18");
        branch("YANGXIAN", "洋县分公司", "2012-01-01");
    }

    public static void branch(String id, String name, String founded) {
        put("/api/branches/" + id, Map.of("name", name, "foundingDate", founded, "shiftStart", "08:30",
                "shiftEnd", "17:30")).statusCode(200);
    }

    /** Branches, the example profiles and their daily wages for {@code periods}. */
    public static void examples(String... periods) {
        branches();
        employee("WANG", "王师傅", "MIANXIAN", "售后", true, false, true, "2022-11-16", "LI");
        employee("CHEN", "陈师傅", "CHENGGU", "售后", true, false, true, "2021-03-01", null);
        employee("SUN", "孙师傅", "XIXIANG", "格力专卖店", true, false, true, "2020-05-01", "LI");
        employee("ZHOU", "周师傅", "XIXIANG", "格力专卖店", true, false, true, "2019-04-01", "LI");
        employee("LI", "李主管", "HANZHONG", "售后", false, true, false, "2010-03-01", null);
        employee("ZHAO", "赵文员", "MIANXIAN", "售后", false, false, false, "2019-01-01", "LI");
        for (String period : periods) {
            wages(period, Map.of("WANG", "180", "CHEN", "150", "SUN", "170", "ZHOU", "160", "LI", "250", "ZHAO", "120"));
        }
    }

    public static void employee(String id, String name, String branch, String dept, boolean installer,
            boolean management, boolean commission, String hired, String supervisor) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", name);
        e.put("branch", branch);
        e.put("department", dept);
        e.put("installer", installer);
        e.put("managementPost", management);
        e.put("commissionPaid", commission);
        e.put("formalEmployee", true);
        e.put("hireDate", hired);
        if (supervisor != null) {
            e.put("supervisorId", supervisor);
        }
        put("/api/employees/" + id, e).statusCode(200);
    }

    public static void wages(String period, Map<String, String> daily) {
        List<Map<String, Object>> body = new ArrayList<>();
        daily.forEach((id, w) -> body.add(Map.of("employeeId", id, "dailyAvgWage", w)));
        put("/api/periods/" + period + "/wages", body).statusCode(200);
    }
}
