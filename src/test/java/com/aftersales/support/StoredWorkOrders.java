package com.aftersales.support;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Stores work-order records (kind "workOrder") straight into the record table, with only the fields
 * the visit KPI reads (RULES.md §0.3 WorkOrder), for tests of visits independent of the work-order
 * endpoint's own required fields.
 */
public final class StoredWorkOrders {

    private final AgroalDataSource db;

    public StoredWorkOrders(AgroalDataSource db) {
        this.db = db;
    }

    /** Stores one completed order. */
    public void completed(String id, String branch, String serviceMode, String completedAt) {
        store(java.util.List.of(id), branch, serviceMode, completedAt);
    }

    /** Stores completed orders {@code prefix1..prefixN} of one branch and mode, all completed at {@code completedAt}. */
    public void completed(String prefix, int n, String branch, String serviceMode, String completedAt) {
        store(java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> prefix + i).toList(), branch, serviceMode,
                completedAt);
    }

    private void store(java.util.List<String> ids, String branch, String serviceMode, String completedAt) {
        String sql = "insert into record (kind, id, payload, sha256) values ('workOrder', ?, ?::jsonb, ?)";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (String id : ids) {
                ps.setString(1, id);
                ps.setString(2, "{\"id\":\"" + id + "\",\"branch\":\"" + branch + "\",\"serviceType\":\"INSTALL\","
                        + "\"serviceMode\":\"" + serviceMode + "\",\"completedAt\":\"" + completedAt + ":00\","
                        + "\"installerIds\":[\"WANG\"]}");
                ps.setString(3, "0".repeat(64));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
