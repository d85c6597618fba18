select vendor_package, psa_product_identifier, ignored, unit_price, note, line_no as line from map_service where run_id = :runId order by line_no
