package com.aftersales.bench;

import com.aftersales.bench.GeneratedCompany.Branch;
import com.aftersales.staff.StaffDtos.BranchBody;
import com.aftersales.staff.StaffDtos.EmployeeBody;
import com.aftersales.staff.StaffDtos.WageBody;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The branches and staff of a generated company: about fifty people a branch, each branch with its
 * manager (分公司经理) and after-sales supervisor (网点主任) on management posts, then installers (some from
 * external teams), clerks, sales staff and store keepers, and at every third branch a 格力专卖店 team that
 * signs in on a sheet; wages for the month and the one before.
 */
final class StaffGenerator {

    static final int BRANCH_SIZE = 50;
    private static final List<String> COUNTIES = List.of("勉县", "城固", "西乡", "汉中", "洋县", "南郑", "宁强", "略阳", "镇巴",
            "留坝", "佛坪", "安康", "宝鸡", "咸阳", "渭南", "延安", "榆林", "商洛", "铜川", "西安");
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
            "胡", "朱", "高", "林", "何", "郭", "马", "罗");
    private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰",
            "涛", "明", "超", "秀英", "建国", "丽", "斌", "刚", "平", "辉", "鹏", "华");

    /** What an employee does, which decides their records. */
    enum Post { MANAGER, SUPERVISOR, INSTALLER, CLERK, SALES, STORE_KEEPER }

    /** An employee with what the generator needs beyond the API body. */
    record Person(int index, EmployeeBody body, Post post, Branch branch, BigDecimal dailyWage, boolean signsIn) {
        String id() {
            return body.employeeId();
        }

        boolean installer() {
            return post == Post.INSTALLER;
        }
    }

    private final long seed;
    private final YearMonth period;

    StaffGenerator(long seed, YearMonth period) {
        this.seed = seed;
        this.period = period;
    }

    List<Branch> branches(int employees) {
        int count = Math.max(1, (employees + BRANCH_SIZE - 1) / BRANCH_SIZE);
        List<Branch> out = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            Dice d = Dice.of(seed, "branch", b);
            String name = (b < COUNTIES.size() ? COUNTIES.get(b) : COUNTIES.get(b % COUNTIES.size()) + (b / COUNTIES.size() + 1))
                    + "分公司";
            LocalTime start = List.of(LocalTime.of(8, 30), LocalTime.of(8, 30), LocalTime.of(9, 0), LocalTime.of(8, 0))
                    .get(d.weighted(5, 2, 2, 1));
            out.add(new Branch(String.format("BR%03d", b + 1), new BranchBody(name,
                    LocalDate.of(d.between(2005, 2015), d.between(1, 12), 1), start, start.plusHours(9), false)));
        }
        return out;
    }

    List<Person> people(int employees, List<Branch> branches) {
        List<Person> out = new ArrayList<>();
        for (int i = 0; i < employees; i++) {
            Branch branch = branches.get(i / BRANCH_SIZE);
            int seat = i % BRANCH_SIZE;
            Dice d = Dice.of(seed, "employee", i);
            Post post = post(seat, d);
            String id = String.format("E%06d", i + 1);
            String manager = String.format("E%06d", i - seat + 1);
            String supervisor = seat == 0 ? null : seat == 1 ? manager : String.format("E%06d", i - seat + 2);
            boolean external = post == Post.INSTALLER && d.chance(0.03);
            boolean store = branch.branchId().hashCode() % 3 == 0 && seat >= BRANCH_SIZE - 6 && post != Post.MANAGER;
            LocalDate hired = hireDate(d, branch.body().foundingDate());
            LocalDate married = d.chance(0.03) ? period.atDay(d.between(1, 20)).minusMonths(d.between(1, 6)) : null;
            String department = switch (post) {
                case MANAGER -> "管理";
                case SALES -> "销售";
                case STORE_KEEPER -> "仓储";
                case CLERK -> "客服";
                default -> store ? "格力专卖店" : "售后";
            };
            EmployeeBody body = new EmployeeBody(id, d.pick(SURNAMES) + d.pick(GIVEN), branch.branchId(), department,
                    post == Post.INSTALLER, external, post == Post.MANAGER || post == Post.SUPERVISOR,
                    post == Post.INSTALLER, !external, hired, married, supervisor);
            BigDecimal wage = switch (post) {
                case MANAGER -> d.decimal(260, 380, 0);
                case SUPERVISOR -> d.decimal(220, 300, 0);
                case INSTALLER -> d.decimal(150, 230, 0);
                default -> d.decimal(105, 170, 0);
            };
            out.add(new Person(i, body, post, branch, wage.setScale(2), store));
        }
        return out;
    }

    /** Seat 0 manages the branch, seat 1 supervises it; of the others ~58% install, the rest work in the office. */
    private static Post post(int seat, Dice d) {
        if (seat == 0) {
            return Post.MANAGER;
        }
        if (seat == 1) {
            return Post.SUPERVISOR;
        }
        return List.of(Post.INSTALLER, Post.CLERK, Post.SALES, Post.STORE_KEEPER).get(d.weighted(58, 16, 16, 10));
    }

    private LocalDate hireDate(Dice d, LocalDate founded) {
        LocalDate latest = period.atDay(1).minusMonths(2);
        long days = latest.toEpochDay() - founded.toEpochDay();
        // more recent hires than old-timers: the square of a uniform draw leans towards the latest date
        double u = d.between(0, 10_000) / 10_000.0;
        return latest.minusDays((long) (days * u * u));
    }

    List<WageBody> wages(List<Person> people) {
        return people.stream().map(p -> new WageBody(p.id(), p.dailyWage(), null)).toList();
    }
}
