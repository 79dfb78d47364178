package com.aftersales.visit;

import com.aftersales.record.ReferenceChecks;
import com.aftersales.staff.Branch;
import com.aftersales.problem.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Which branches exist, for records that name one (visits, deliveries, sales volumes) and the KPI. */
@ApplicationScoped
public class BranchDirectory {

    /** Every branch id, in order. */
    public List<String> ids() {
        return Branch.<Branch>listAll().stream().map(b -> b.branchId).sorted().toList();
    }

    public boolean exists(String branchId) {
        return Branch.findById(branchId) != null;
    }

    /** Reports each row whose branch is unknown, at its {@code branch} field. */
    public <T> void check(List<T> rows, List<String> at, Function<T, String> branch, Consumer<ApiError> problems) {
        Set<String> wanted = rows.stream().map(branch).collect(Collectors.toCollection(TreeSet::new));
        Set<String> known = Branch.<Branch>list("branchId in ?1", wanted).stream().map(b -> b.branchId)
                .collect(Collectors.toSet());
        for (int i = 0; i < rows.size(); i++) {
            String b = branch.apply(rows.get(i));
            if (!known.contains(b)) {
                problems.accept(ApiError.of(ReferenceChecks.field(at.get(i), "branch"), "clock.unknownBranch", b));
            }
        }
    }
}
