package com.aftersales.record;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every record kind the features declare, by name and by Java type. */
public final class RecordKinds {

    private final Map<String, RecordType<?>> byName = new LinkedHashMap<>();
    private final Map<Class<?>, RecordType<?>> byType = new LinkedHashMap<>();

    public RecordKinds(Collection<? extends RecordType<?>> kinds) {
        kinds.stream().sorted(java.util.Comparator.comparing(RecordType::name)).forEach(k -> {
            byName.put(k.name(), k);
            byType.put(k.javaType(), k);
        });
    }

    public Optional<RecordType<?>> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The kind of a record object (one of the kinds' Java types). */
    public RecordType<?> of(Object record) {
        RecordType<?> t = byType.get(record.getClass());
        if (t == null) {
            throw new IllegalArgumentException("no record kind has the type " + record.getClass().getName());
        }
        return t;
    }

    /** The id of a record object. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public String idOf(Object record) {
        return ((RecordType) of(record)).id(record);
    }

    /** The parties of a record object. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<Party> partiesOf(Object record) {
        return ((RecordType) of(record)).parties(record);
    }

    /** The id a following record names (an after-sales visit's order), or null. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public String followedIdOf(Object record) {
        Optional<RecordType.Follows> f = (Optional) of(record).follows();
        return f.map(x -> (String) x.idOf().apply(record)).orElse(null);
    }

    public Collection<RecordType<?>> all() {
        return byName.values();
    }

    public Collection<String> names() {
        return byName.keySet();
    }
}
