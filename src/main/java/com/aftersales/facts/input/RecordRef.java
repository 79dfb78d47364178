package com.aftersales.facts.input;

import java.util.Comparator;
import java.util.Objects;

/** A pointer to one input record ({@code type} as in API.md paths, {@code id} the client's key). */
public final class RecordRef implements Comparable<RecordRef> {

    private static final Comparator<RecordRef> ORDER =
            Comparator.comparing(RecordRef::getType).thenComparing(RecordRef::getId);

    private final String type;
    private final String id;

    public RecordRef(String type, String id) {
        this.type = Objects.requireNonNull(type);
        this.id = Objects.requireNonNull(id);
    }

    public static RecordRef of(String type, String id) {
        return new RecordRef(type, id);
    }

    public String getType() {
        return type;
    }

    public String getId() {
        return id;
    }

    @Override
    public int compareTo(RecordRef other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordRef r && r.type.equals(type) && r.id.equals(id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, id);
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
