-- docs/rules.md R8 totals: vendor seats to add (upsells) and to remove (downsells)
select coalesce(sum(case when change_qty > 0 then change_qty else 0 end), 0) as seats_up,
       coalesce(sum(case when change_qty < 0 then -change_qty else 0 end), 0) as seats_down
from vendor_sync_up
where run_id = :runId
