-- docs/rules.md R10-R12: the apply job's runs, the decisions each was given, and the ledger of every attempt.
-- apply_run_id is the apply job's instance id; recon_run_id the reconciliation run whose orders it applies.
create table psa_apply_run (
    apply_run_id     bigint        not null primary key,
    recon_run_id     bigint        not null,
    mode             varchar(10)   not null,
    approvals_file   varchar(1000) not null,
    approvals_sha256 varchar(64)   not null,
    started_at       timestamp     not null
);

create table psa_apply_decision (
    apply_run_id bigint        not null,
    order_key    varchar(1000) not null,
    decision     varchar(10)   not null,
    decided_by   varchar(255)  not null,
    note         varchar(2000),
    source       varchar(1000) not null,
    primary key (apply_run_id, order_key)
);

-- one row per order and apply run; IN_FLIGHT is committed before the PSA is called (R11)
create table psa_apply_ledger (
    apply_run_id    bigint        not null,
    recon_run_id    bigint        not null,
    order_key       varchar(1000) not null,
    mode            varchar(10)   not null,
    state           varchar(12)   not null,
    before_qty      numeric(19,4) not null,
    target_qty      numeric(19,4) not null,
    live_qty        numeric(19,4),
    created_line_id varchar(100),
    approved_by     varchar(255)  not null,
    message         varchar(2000),
    updated_at      timestamp     not null,
    primary key (apply_run_id, order_key)
);

create index psa_apply_ledger_order on psa_apply_ledger (recon_run_id, order_key);
