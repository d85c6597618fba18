-- docs/rules.md §4.3: actual users from a usage source (a CSV or Microsoft Graph), staged per tenant or row,
-- then linked to the run's vendor accounts; both kept with the run as its provenance.

-- what the usage source said: one row per tenant (Graph) or per account code (file)
create table stg_usage (
    run_id         bigint        not null,
    usage_key      varchar(200)  not null,
    account_code   varchar(100),
    tenant_id      varchar(200),
    tenant_name    varchar(500),
    domains        varchar(4000) not null,
    actual_users   integer,
    skus           varchar(2000),
    consumed_units integer,
    problem        varchar(2000),
    source         varchar(200)  not null,
    line_no        bigint        not null,
    primary key (run_id, usage_key)
);

-- how each vendor account got its actual users, and usage that no account took
create table usage_account (
    run_id         bigint        not null,
    row_key        varchar(300)  not null,
    account_code   varchar(100),
    tenant_id      varchar(200),
    status         varchar(30)   not null,
    link           varchar(30),
    origin         varchar(30),
    actual_users   integer,
    skus           varchar(2000),
    consumed_units integer,
    note           varchar(2000),
    primary key (run_id, row_key)
);
