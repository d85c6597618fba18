insert into map_service (run_id, line_no, vendor_package, psa_product_identifier, ignored, unit_price, note)
values (:runId, :line, :vendorPackage, :psaProductIdentifier, :ignored, :unitPrice, :note)
