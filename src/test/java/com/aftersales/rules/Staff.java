package com.aftersales.rules;

import com.aftersales.facts.input.Profile;
import java.time.LocalDate;

/** The profiles of handbook/examples.md, as rule-test facts. */
public final class Staff {

    public static final Profile WANG = new Profile("WANG", "王", "MIANXIAN", "售后", true, false, false, true, true,
            LocalDate.of(2022, 11, 16), LocalDate.of(2008, 1, 1), null, "LI");
    public static final Profile CHEN = new Profile("CHEN", "陈", "CHENGGU", "售后", true, false, false, true, true,
            LocalDate.of(2021, 3, 1), LocalDate.of(2010, 1, 1), null, null);
    public static final Profile SUN = new Profile("SUN", "孙", "XIXIANG", "格力专卖店", true, false, false, true, true,
            LocalDate.of(2020, 5, 1), LocalDate.of(2011, 1, 1), null, "LI");
    public static final Profile LI = new Profile("LI", "李", "MIANXIAN", "售后", false, false, true, false, true,
            LocalDate.of(2010, 3, 1), LocalDate.of(2013, 6, 18), null, null);
    public static final Profile ZHAO = new Profile("ZHAO", "赵", "MIANXIAN", "售后", false, false, false, false, true,
            LocalDate.of(2019, 1, 1), LocalDate.of(2008, 1, 1), null, "LI");

    private Staff() {
    }
}
