-- Tables of the reconciliation job. Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.
-- Every table is keyed by run_id (= the Spring Batch job instance id), so each run keeps its own rows
-- (history month over month) and a restarted run rewrites nothing twice.

create table recon_run (
    run_id       bigint      not null primary key,
    job_name     varchar(100) not null,
    as_of_date   date        not null,
    period       varchar(7)  not null,
    attempt      bigint      not null,
    started_at   timestamp   not null,
    finished_at  timestamp,
    status       varchar(20) not null,
    constraint recon_run_date_attempt unique (job_name, as_of_date, attempt)
);

-- provenance: which inputs a run read (files are hashed) and how many records went where
create table recon_input (
    run_id        bigint        not null,
    input_name    varchar(200)  not null,
    description   varchar(1000),
    sha256        varchar(64),
    records_read  bigint,
    records_used  bigint,
    records_rejected bigint,
    primary key (run_id, input_name)
);

create table input_reject (
    run_id      bigint        not null,
    source      varchar(200)  not null,
    line_no     bigint        not null,
    column_name varchar(100)  not null,
    reason      varchar(2000) not null,
    raw_record  varchar(4000),
    primary key (run_id, source, line_no)
);

create table map_account (
    run_id              bigint       not null,
    vendor_account_code varchar(100) not null,
    psa_company_id      varchar(100),
    excluded            boolean      not null,
    note                varchar(1000),
    line_no             bigint       not null,
    primary key (run_id, vendor_account_code)
);

create table map_service (
    run_id                 bigint        not null,
    line_no                bigint        not null,
    vendor_package         varchar(300)  not null,
    psa_product_identifier varchar(200),
    ignored                boolean       not null,
    unit_price             numeric(19,4),
    note                   varchar(1000),
    primary key (run_id, line_no)
);

create table stg_vendor_account (
    run_id       bigint        not null,
    account_code varchar(100)  not null,
    account_name varchar(500)  not null,
    user_count   integer       not null,
    packages     varchar(4000) not null,
    domains      varchar(4000) not null,
    actual_users integer,
    source       varchar(200)  not null,
    line_no      bigint        not null,
    primary key (run_id, account_code)
);

create table stg_psa_company (
    run_id     bigint       not null,
    company_id varchar(100) not null,
    identifier varchar(200),
    name       varchar(500) not null,
    website    varchar(500),
    status     varchar(100),
    source     varchar(200) not null,
    line_no    bigint       not null,
    primary key (run_id, company_id)
);

create table stg_psa_agreement (
    run_id       bigint       not null,
    agreement_id varchar(100) not null,
    company_id   varchar(100) not null,
    name         varchar(500),
    status       varchar(50)  not null,
    source       varchar(200) not null,
    line_no      bigint       not null,
    primary key (run_id, agreement_id)
);

create table stg_psa_addition (
    run_id             bigint        not null,
    addition_id        varchar(100)  not null,
    agreement_id       varchar(100)  not null,
    product_identifier varchar(200)  not null,
    quantity           numeric(19,4) not null,
    less_included      numeric(19,4) not null,
    unit_price         numeric(19,4),
    unit_cost          numeric(19,4),
    bill_customer      varchar(50),
    effective_date     date,
    cancelled_date     date,
    source             varchar(200)  not null,
    line_no            bigint        not null,
    primary key (run_id, addition_id)
);

create index stg_psa_agreement_company on stg_psa_agreement (run_id, company_id);
create index stg_psa_addition_agreement on stg_psa_addition (run_id, agreement_id);

-- R2/R3: how each vendor account was resolved
create table account_resolution (
    run_id       bigint        not null,
    account_code varchar(100)  not null,
    account_name varchar(500)  not null,
    method       varchar(20)   not null,
    company_id   varchar(100),
    company_name varchar(500),
    score        numeric(6,4),
    reason       varchar(2000),
    candidates   varchar(4000),
    user_count   integer       not null,
    actual_users integer,
    seats        integer       not null,
    primary key (run_id, account_code)
);

-- R4: seats an account brings to a PSA product of its company
create table vendor_contribution (
    run_id             bigint       not null,
    account_code       varchar(100) not null,
    product_identifier varchar(200) not null,
    company_id         varchar(100) not null,
    seats              integer      not null,
    packages           varchar(2000) not null,
    primary key (run_id, account_code, product_identifier)
);

create index vendor_contribution_company on vendor_contribution (run_id, company_id);

-- R6: one line per (company, product), or per account (and package) for the per-account statuses
create table recon_line (
    run_id             bigint        not null,
    line_key           varchar(600)  not null,
    status             varchar(20)   not null,
    account_codes      varchar(4000) not null,
    company_id         varchar(100),
    company_name       varchar(500),
    product_identifier varchar(300),
    vendor_qty         numeric(19,4) not null,
    psa_qty            numeric(19,4),
    delta              numeric(19,4),
    monthly_impact     numeric(19,4),
    note               varchar(2000),
    primary key (run_id, line_key)
);

-- R7: PSA change orders
create table psa_change_order (
    run_id             bigint        not null,
    order_key          varchar(600)  not null,
    line_key           varchar(600)  not null,
    action             varchar(20)   not null,
    company_id         varchar(100)  not null,
    company_name       varchar(500)  not null,
    agreement_id       varchar(100),
    agreement_name     varchar(500),
    addition_id        varchar(100),
    product_identifier varchar(200)  not null,
    current_qty        numeric(19,4) not null,
    new_qty            numeric(19,4) not null,
    delta              numeric(19,4) not null,
    unit_price         numeric(19,4),
    monthly_impact     numeric(19,4),
    effective_date     date          not null,
    approval_required  boolean       not null,
    note               varchar(2000),
    primary key (run_id, order_key)
);

-- R8: Mimecast Sync-Up change order
create table vendor_sync_up (
    run_id       bigint       not null,
    account_code varchar(100) not null,
    account_name varchar(500) not null,
    company_id   varchar(100),
    company_name varchar(500),
    user_count   integer      not null,
    actual_users integer      not null,
    change_qty   integer      not null,
    primary key (run_id, account_code)
);
