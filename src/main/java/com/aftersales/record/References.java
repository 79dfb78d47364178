package com.aftersales.record;

import java.util.Collection;
import java.util.Set;

/** Looks up which referenced ids exist, for {@link RecordType#checkReferences}. */
public interface References {

    /** The employees among {@code ids} that exist. */
    Set<String> existingEmployees(Collection<String> ids);

    /** The records of {@code kind} among {@code ids} that exist. */
    Set<String> existingRecords(String kind, Collection<String> ids);
}
