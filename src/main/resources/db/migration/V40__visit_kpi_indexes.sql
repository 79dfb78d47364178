-- The visit KPI reads a branch-month of visits, deliveries, completed work orders and sales volumes
-- straight from the stored documents; these partial expression indexes serve its lookups by branch
-- and time (ISO date-times compared as text in the "C" collation) and by the order or delivery a
-- visit is about.
create index record_visit_branch_attempt on record ((payload->>'branch'), ((payload->>'attemptAt') collate "C"))
    where kind = 'visit';
create index record_visit_order on record ((payload->>'orderId')) where kind = 'visit';
create index record_visit_delivery on record ((payload->>'deliveryId')) where kind = 'visit';
create index record_delivery_branch_delivered on record ((payload->>'branch'), ((payload->>'deliveredAt') collate "C"))
    where kind = 'delivery';
create index record_order_completed on record (((payload->>'completedAt') collate "C")) where kind = 'workOrder';
create index record_sales_branch_period on record ((payload->>'branch'), (payload->>'period'))
    where kind = 'salesVolume';
