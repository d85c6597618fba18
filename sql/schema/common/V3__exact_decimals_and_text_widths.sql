-- Decimals are kept exactly as read. numeric(19,4) rounded a quantity of 1.00001 to 1 and a price of 1.23456 to
-- 1.2346 without a word, and a 20-digit quantity failed the whole chunk. An unconstrained numeric is exact on
-- PostgreSQL, and on H2 it is DECFLOAT, exact too.
alter table map_service alter column unit_price set data type numeric;

alter table stg_psa_addition alter column quantity set data type numeric;
alter table stg_psa_addition alter column less_included set data type numeric;
alter table stg_psa_addition alter column unit_price set data type numeric;
alter table stg_psa_addition alter column unit_cost set data type numeric;

alter table recon_line alter column vendor_qty set data type numeric;
alter table recon_line alter column psa_qty set data type numeric;
alter table recon_line alter column delta set data type numeric;
alter table recon_line alter column monthly_impact set data type numeric;

alter table psa_change_order alter column current_qty set data type numeric;
alter table psa_change_order alter column new_qty set data type numeric;
alter table psa_change_order alter column delta set data type numeric;
alter table psa_change_order alter column unit_price set data type numeric;
alter table psa_change_order alter column monthly_impact set data type numeric;

-- Every single text value the job takes is at most 255 characters (TextLimits.VALUE; longer is a reject that
-- names the column), so every column holding one is at least that wide.
alter table map_account alter column vendor_account_code set data type varchar(255);
alter table map_account alter column psa_company_id set data type varchar(255);
alter table map_service alter column psa_product_identifier set data type varchar(255);

alter table stg_vendor_account alter column account_code set data type varchar(255);
alter table stg_psa_company alter column company_id set data type varchar(255);
alter table stg_psa_company alter column identifier set data type varchar(255);
alter table stg_psa_company alter column status set data type varchar(255);
alter table stg_psa_agreement alter column agreement_id set data type varchar(255);
alter table stg_psa_agreement alter column company_id set data type varchar(255);
alter table stg_psa_agreement alter column status set data type varchar(255);
alter table stg_psa_addition alter column addition_id set data type varchar(255);
alter table stg_psa_addition alter column agreement_id set data type varchar(255);
alter table stg_psa_addition alter column product_identifier set data type varchar(255);
alter table stg_psa_addition alter column bill_customer set data type varchar(255);

alter table account_resolution alter column account_code set data type varchar(255);
alter table account_resolution alter column company_id set data type varchar(255);
alter table vendor_contribution alter column account_code set data type varchar(255);
alter table vendor_contribution alter column product_identifier set data type varchar(255);
alter table vendor_contribution alter column company_id set data type varchar(255);
alter table recon_line alter column company_id set data type varchar(255);
alter table psa_change_order alter column company_id set data type varchar(255);
alter table psa_change_order alter column agreement_id set data type varchar(255);
alter table psa_change_order alter column addition_id set data type varchar(255);
alter table psa_change_order alter column product_identifier set data type varchar(255);
alter table vendor_sync_up alter column account_code set data type varchar(255);
alter table vendor_sync_up alter column company_id set data type varchar(255);

-- Keys built from several values (company, product, package, addition) and text that joins many values (lists,
-- reasons, notes naming companies, a whole rejected record) have no fixed bound: no length limit.
alter table psa_change_order alter column order_key set data type varchar(1000);
alter table psa_change_order alter column line_key set data type varchar(1000);
alter table recon_line alter column line_key set data type varchar(1000);

alter table map_account alter column note set data type varchar;
alter table map_service alter column note set data type varchar;
alter table stg_vendor_account alter column packages set data type varchar;
alter table stg_vendor_account alter column domains set data type varchar;
alter table account_resolution alter column reason set data type varchar;
alter table account_resolution alter column candidates set data type varchar;
alter table vendor_contribution alter column packages set data type varchar;
alter table recon_line alter column account_codes set data type varchar;
alter table recon_line alter column note set data type varchar;
alter table psa_change_order alter column note set data type varchar;
alter table input_reject alter column reason set data type varchar;
alter table input_reject alter column raw_record set data type varchar;
