package com.aftersales.scoring;

import com.aftersales.facts.result.RecordDecision;
import com.aftersales.facts.input.RecordRef;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The decisions the rules made about an employee-month's records in the first stage of scoring. */
public final class Decisions {

    public static final Decisions NONE = new Decisions(List.of());

    private final Set<String> keys = new TreeSet<>();

    public Decisions(List<RecordDecision> decisions) {
        decisions.forEach(d -> keys.add(key(d.getRecord(), d.getCode())));
    }

    public boolean has(RecordRef record, String code) {
        return keys.contains(key(record, code));
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    private static String key(RecordRef record, String code) {
        return record + "|" + code;
    }
}
