package com.aftersales.scoring;

import com.aftersales.facts.input.PriorOccurrence;
import com.aftersales.facts.input.Wages;
import com.aftersales.record.Party;
import com.aftersales.record.RecordKinds;
import com.aftersales.record.RecordType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assembles employee-months from {@link MonthInputs}: each person's month holds the records of the
 * pool one of whose parties is the person on dates the {@link LoadPlan} holds, plus the records that
 * follow one of those (an order's after-sales visits), each kind in id order. Pure: the same inputs give
 * the same months, whether the pool came from the database or from a test scenario.
 */
public final class MonthAssembly {

    private final RecordKinds kinds;

    public MonthAssembly(RecordKinds kinds) {
        this.kinds = kinds;
    }

    public List<EmployeeMonth> assemble(MonthInputs in, LoadPlan plan) {
        Map<String, Set<Object>> byEmployee = new HashMap<>();
        Map<String, List<Object>> followers = new HashMap<>();
        for (Object r : in.records()) {
            RecordType<?> kind = kinds.of(r);
            kind.follows().ifPresent(f -> {
                String named = kinds.followedIdOf(r);
                if (named != null) {
                    followers.computeIfAbsent(f.kind() + "|" + named, k -> new ArrayList<>()).add(r);
                }
            });
            for (Party p : kinds.partiesOf(r)) {
                if (plan.holds(kind.name(), p.from(), p.to())) {
                    byEmployee.computeIfAbsent(p.employeeId(), e -> identitySet()).add(r);
                }
            }
        }
        List<EmployeeMonth> out = new ArrayList<>();
        for (Person p : in.people()) {
            Set<Object> mine = identitySet();
            mine.addAll(byEmployee.getOrDefault(p.employeeId(), Set.of()));
            for (Object r : List.copyOf(mine)) {
                mine.addAll(followers.getOrDefault(kinds.of(r).name() + "|" + kinds.idOf(r), List.of()));
            }
            List<PriorOccurrence> history = in.history().getOrDefault(p.employeeId(), List.of());
            out.add(new EmployeeMonth(p.profile(), in.period(), in.asOf(),
                    new Wages(in.wages().getOrDefault(p.employeeId(), Map.of())), p.shift(), in.calendar(),
                    byKind(mine), history, plan.margins(), plan.params(), in.payFloors().get(p.employeeId())));
        }
        return out;
    }

    /**
     * A set of records by identity: the pool holds one object per kind and id, so identity is equality here, and
     * hashing a record by value (every field, lists included) was a tenth of a run's CPU (issue 14's profile).
     * Order does not matter: {@link #byKind} sorts.
     */
    private static Set<Object> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** The records by Java type, kinds in name order, each kind's records in id order. */
    private Map<Class<?>, List<?>> byKind(Set<Object> records) {
        Map<Class<?>, List<Object>> grouped = new LinkedHashMap<>();
        records.stream().sorted(Comparator.comparing((Object r) -> kinds.of(r).name()).thenComparing(kinds::idOf))
                .forEach(r -> grouped.computeIfAbsent(r.getClass(), c -> new ArrayList<>()).add(r));
        return new LinkedHashMap<>(grouped);
    }
}
