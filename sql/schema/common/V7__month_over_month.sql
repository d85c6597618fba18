-- docs/rules.md R9: each run of reconciliationJob compared with its previous run, computed from the stored results
-- of both and stored with the run. Every table is keyed by run_id, and the step that fills them deletes a run's rows
-- before it writes them again, in one transaction: a rerun never duplicates a row.

-- What the run was compared with. previous_run_id is null when no earlier period of the MSP has a completed run
-- (nothing to compare with). previous_adjacent: the previous period is the month just before, so months_open goes
-- on counting; after a gap it starts again at 1.
create table history_comparison (
    run_id            bigint     not null primary key,
    previous_run_id   bigint,
    previous_period   varchar(7),
    previous_adjacent boolean    not null
);

-- One row per discrepancy key of this run (NEW, PERSISTING, CHANGED) and per discrepancy key of the previous run
-- that is no discrepancy now (RESOLVED). A key is (company_id, product_identifier) for a company line
-- (key_kind COMPANY) and (account_code, package) for a per-account line (key_kind ACCOUNT; the package is '' for
-- UNMATCHED and EXCLUDED). The line keys lead to the lines of recon_line; months_open is null for RESOLVED.
create table history_line (
    run_id            bigint        not null,
    key_kind          varchar(10)   not null,
    key_id            varchar(255)  not null,
    key_item          varchar(1000) not null,
    change_class      varchar(12)   not null,
    months_open       integer,
    current_line_key  varchar(1000),
    current_status    varchar(20),
    current_delta     numeric,
    previous_line_key varchar(1000),
    previous_status   varchar(20),
    previous_delta    numeric,
    primary key (run_id, key_kind, key_id, key_item)
);

-- Account resolutions compared: NEW (not in the previous run), GONE (not in this run), REMATCHED (resolved to
-- another company, or to a company now and none before, or the reverse).
create table history_account (
    run_id              bigint       not null,
    account_code        varchar(255) not null,
    change_class        varchar(12)  not null,
    previous_method     varchar(20),
    previous_company_id varchar(255),
    current_method      varchar(20),
    current_company_id  varchar(255),
    primary key (run_id, account_code)
);

-- Recoverable revenue (monthly impact of UNDER_BILLED and NOT_BILLED lines) of this run and of the latest completed
-- run of each of the 11 periods before it, as the run saw them: a later attempt of an old month does not change it.
create table history_revenue (
    run_id        bigint     not null,
    period        varchar(7) not null,
    source_run_id bigint     not null,
    recoverable   numeric    not null,
    primary key (run_id, period)
);

-- finding the previous run, and the latest completed run of each period, of one MSP and job
create index recon_run_history on recon_run (job_name, msp, period);
